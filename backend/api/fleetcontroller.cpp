#include "backend/api/fleetcontroller.h"

#include "backend/api/router.h"
#include "backend/core/daemonhealth.h"
#include "backend/services/podmanager.h"

#include <QCoreApplication>
#include <QJsonArray>

FleetController::FleetController(PodManager &pods)
    : m_pods(pods)
    , m_version(QCoreApplication::applicationVersion())
{
    m_uptime.start();
    m_podCount = int(m_pods.pods().size());
    m_podsChanged = QObject::connect(&m_pods, &PodManager::podChanged, &m_pods,
        [this] { m_podCount = int(m_pods.pods().size()); });
}

FleetController::~FleetController()
{
    QObject::disconnect(m_podsChanged);
}

void FleetController::registerRoutes(Router &router)
{
    router.add(
        "GET", QStringLiteral("/healthz"), Access::Public,
        [this](const ApiRequest &) {
            const auto uptimeS = m_uptime.elapsed() / 1000;
            const int pods = m_podCount.load();
            auto cached = m_healthBody.load();
            if (!cached || cached->uptimeS != uptimeS || cached->pods != pods) {
                const DaemonHealth health{QStringLiteral("ok"), m_version, pods, uptimeS};
                cached = std::make_shared<const HealthBody>(
                    HealthBody{uptimeS, pods, ApiResponse::json(health.toJson()).body});
                m_healthBody.store(cached);
            }
            return ApiResponse::text(cached->body, QByteArrayLiteral("application/json"));
        },
        Runs::IoThread);
    router.add("GET", QStringLiteral("/regions"), Access::Read, [this](const ApiRequest &) {
        QJsonArray array;
        for (const auto &region : m_pods.regions())
            array.append(region.toJson());
        return ApiResponse::json(QJsonObject{{QStringLiteral("regions"), array}});
    });
    router.add("GET", QStringLiteral("/districts"), Access::Read, [this](const ApiRequest &req) {
        QJsonArray array;
        for (const auto &district : m_pods.districts()) {
            if (req.principal().maySeeDistrict(district.id))
                array.append(district.toJson());
        }
        return ApiResponse::json(QJsonObject{{QStringLiteral("districts"), array}});
    });
}
