#pragma once

class Replicator;
class Router;

/** GET /replication: each district's DR copy per data class and source region (an auditor's
 *  own districts only); GET /replication/metrics: backlog and lag in Prometheus text. */
class ReplicationController
{
public:
    explicit ReplicationController(Replicator &replicator);
    void registerRoutes(Router &router);

private:
    Replicator &m_replicator;
};
