#pragma once

class CapacityMonitor;
class Router;

/** GET /capacity/metrics: each pod's and region's capacity and traffic, measured by scraping
 *  its replicas (CapacityMonitor); `?range=1h&step=60s` adds each pod's series. */
class CapacityController
{
public:
    explicit CapacityController(CapacityMonitor &monitor);
    void registerRoutes(Router &router);

private:
    CapacityMonitor &m_monitor;
};
