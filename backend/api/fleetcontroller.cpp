#include "backend/api/fleetcontroller.h"

#include "backend/api/router.h"
#include "backend/core/daemonhealth.h"
#include "backend/services/podmanager.h"

#include <QCoreApplication>
#include <QJsonArray>

FleetController::FleetController(PodManager &pods)
    : m_pods(pods)
{
    m_uptime.start();
}

void FleetController::registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/healthz"), Access::Public, [this](const ApiRequest &) {
        const DaemonHealth health{QStringLiteral("ok"), QCoreApplication::applicationVersion(),
            int(m_pods.pods().size()), m_uptime.elapsed() / 1000};
        return ApiResponse::json(health.toJson());
    });
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
