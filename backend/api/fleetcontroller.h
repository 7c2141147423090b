#pragma once

#include <QElapsedTimer>
#include <QMetaObject>
#include <QString>

#include <atomic>

class PodManager;
class Router;

/** /healthz, /regions, /districts. */
class FleetController
{
public:
    explicit FleetController(PodManager &pods);
    ~FleetController();
    FleetController(const FleetController &) = delete;
    FleetController &operator=(const FleetController &) = delete;
    void registerRoutes(Router &router);

private:
    PodManager &m_pods;
    // /healthz answers on the I/O threads: the pod count is a snapshot kept by the main thread.
    std::atomic<int> m_podCount{0};
    const QString m_version;
    QMetaObject::Connection m_podsChanged;
    QElapsedTimer m_uptime;
};
