#pragma once

class CapacityMonitor;
class Router;
class TrafficGenerator;

/** GET /capacity/metrics: each pod's and region's capacity and traffic, measured by scraping
 *  its replicas (CapacityMonitor); `?range=1h&step=60s` adds each pod's series. In demo mode
 *  `districts` carries each district's synthetic traffic (TrafficGenerator), an auditor's own
 *  districts only. */
class CapacityController
{
public:
    CapacityController(CapacityMonitor &monitor, const TrafficGenerator &traffic);
    void registerRoutes(Router &router);

private:
    CapacityMonitor &m_monitor;
    const TrafficGenerator &m_traffic;
};
