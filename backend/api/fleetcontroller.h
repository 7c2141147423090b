#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QMetaObject>
#include <QString>

#include <atomic>
#include <memory>

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
    // The /healthz body changes once a second at most (uptime_s) or with the pod count: built
    // then, shared by every request in between.
    struct HealthBody
    {
        qint64 uptimeS = -1;
        int pods = -1;
        QByteArray body;
    };
    std::atomic<std::shared_ptr<const HealthBody>> m_healthBody;
};
