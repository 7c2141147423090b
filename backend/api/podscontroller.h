#pragma once

#include <QByteArray>
#include <QHash>
#include <QMetaObject>
#include <QString>

#include <atomic>
#include <memory>

class HealthMonitor;
class PodManager;
class Router;
class ApiRequest;
struct Pod;

/** /pods: list, create, scale, delete; each pod's recent health probes (with a monitor). */
class PodsController
{
public:
    /** Uses (does not own) @p pods and @p health; without @p health there is no
     *  GET /pods/{region}/{pod}/probes. */
    explicit PodsController(PodManager &pods, const HealthMonitor *health = nullptr);
    ~PodsController();
    PodsController(const PodsController &) = delete;
    PodsController &operator=(const PodsController &) = delete;
    void registerRoutes(Router &router);

private:
    /** The pod a region-scoped request means: by `pod` (id), `type`, or the region's only pod. */
    Pod resolve(const QString &region, const QString &podId, const QString &type) const;

    /** Every pod's JSON by region and id, rebuilt on the main thread after each change, so
     *  GET /pods/{region}/{pod} answers on the I/O threads. */
    struct Snapshot
    {
        QHash<QString, QHash<QString, QByteArray>> podJsonByRegion;
    };
    void rebuildSnapshot();

    PodManager &m_pods;
    const HealthMonitor *m_health;
    std::atomic<std::shared_ptr<const Snapshot>> m_snapshot;
    QMetaObject::Connection m_podsChanged;
};
