#pragma once

#include <QElapsedTimer>

class PodManager;
class Router;

/** /healthz, /regions, /districts. */
class FleetController
{
public:
    explicit FleetController(PodManager &pods);
    void registerRoutes(Router &router);

private:
    PodManager &m_pods;
    QElapsedTimer m_uptime;
};
