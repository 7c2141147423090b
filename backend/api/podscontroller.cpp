#include "backend/api/podscontroller.h"

#include "backend/api/apierror.h"
#include "backend/api/router.h"
#include "backend/core/jsonreader.h"
#include "backend/core/validationerror.h"
#include "backend/services/healthmonitor.h"
#include "backend/services/podmanager.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

QJsonObject podList(const QList<Pod> &pods)
{
    QJsonArray array;
    for (const auto &pod : pods)
        array.append(pod.toJson());
    return {{QStringLiteral("pods"), array}};
}

} // namespace

PodsController::PodsController(PodManager &pods, const HealthMonitor *health)
    : m_pods(pods)
    , m_health(health)
{
    rebuildSnapshot();
    m_podsChanged = QObject::connect(
        &m_pods, &PodManager::podChanged, &m_pods, [this] { rebuildSnapshot(); });
}

PodsController::~PodsController()
{
    QObject::disconnect(m_podsChanged);
}

void PodsController::rebuildSnapshot()
{
    auto snapshot = std::make_shared<Snapshot>();
    for (const auto &region : m_pods.regions())
        snapshot->podJsonByRegion.insert(region.id, {});
    for (const auto &pod : m_pods.pods())
        snapshot->podJsonByRegion[pod.region].insert(
            pod.id, QJsonDocument(pod.toJson()).toJson(QJsonDocument::Compact));
    m_snapshot.store(std::move(snapshot));
}

Pod PodsController::resolve(const QString &region, const QString &podId, const QString &type) const
{
    if (!m_pods.region(region))
        throw ApiError(HttpStatus::NotFound, QStringLiteral("no region '%1'").arg(region),
            QStringLiteral("region"));
    const auto inRegion = m_pods.podsInRegion(region);
    if (!podId.isEmpty()) {
        for (const auto &pod : inRegion) {
            if (pod.id == podId)
                return pod;
        }
        throw ApiError(HttpStatus::NotFound,
            QStringLiteral("no pod '%1' in region '%2'").arg(podId, region), QStringLiteral("pod"));
    }
    QList<Pod> candidates;
    for (const auto &pod : inRegion) {
        if (type.isEmpty() || podTypeName(pod.type) == type)
            candidates.append(pod);
    }
    if (!type.isEmpty() && !podTypeFromName(type))
        throw ValidationError(QStringLiteral("type"),
            QStringLiteral("'%1' is not one of %2")
                .arg(type, podTypeNames().join(QStringLiteral(", "))));
    if (candidates.isEmpty())
        throw ApiError(HttpStatus::NotFound,
            QStringLiteral("region '%1' has no %2pod")
                .arg(region, type.isEmpty() ? QString() : type + QLatin1Char(' ')),
            type.isEmpty() ? QStringLiteral("region") : QStringLiteral("type"));
    if (candidates.size() > 1)
        throw ApiError(HttpStatus::BadRequest,
            QStringLiteral("region '%1' has %2 %3pods; name one with \"pod\"")
                .arg(region)
                .arg(candidates.size())
                .arg(type.isEmpty() ? QString() : type + QLatin1Char(' ')),
            QStringLiteral("pod"));
    return candidates.constFirst();
}

void PodsController::registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/pods"), Access::Read, [this](const ApiRequest &req) {
        QList<Pod> out;
        const auto region = req.query(QStringLiteral("region"));
        const auto type = req.query(QStringLiteral("type"));
        const auto health = req.query(QStringLiteral("health"));
        for (const auto &pod : m_pods.pods()) {
            if ((region.isEmpty() || pod.region == region)
                && (type.isEmpty() || podTypeName(pod.type) == type)
                && (health.isEmpty() || healthStateName(pod.health) == health))
                out.append(pod);
        }
        return ApiResponse::json(podList(out));
    });

    router.add("POST", QStringLiteral("/pods"), Access::Operate, [this](const ApiRequest &req) {
        const auto spec = PodSpec::fromJson(req.json());
        return ApiResponse::json(m_pods.create(spec, req.actor()).toJson(), HttpStatus::Created);
    });

    router.add(
        "GET", QStringLiteral("/pods/{region}"), Access::Read, [this](const ApiRequest &req) {
            const auto region = req.param(QStringLiteral("region"));
            if (!m_pods.region(region))
                throw ApiError(HttpStatus::NotFound, QStringLiteral("no region '%1'").arg(region),
                    QStringLiteral("region"));
            return ApiResponse::json(podList(m_pods.podsInRegion(region)));
        });

    router.add(
        "GET", QStringLiteral("/pods/{region}/{pod}"), Access::Read,
        [this](const ApiRequest &req) {
            const auto snapshot = m_snapshot.load();
            const auto region = req.param(QStringLiteral("region"));
            const auto pods = snapshot->podJsonByRegion.constFind(region);
            if (pods == snapshot->podJsonByRegion.cend())
                throw ApiError(HttpStatus::NotFound, QStringLiteral("no region '%1'").arg(region),
                    QStringLiteral("region"));
            const auto podId = req.param(QStringLiteral("pod"));
            const auto pod = pods->constFind(podId);
            if (pod == pods->cend())
                throw ApiError(HttpStatus::NotFound,
                    QStringLiteral("no pod '%1' in region '%2'").arg(podId, region),
                    QStringLiteral("pod"));
            return ApiResponse::text(*pod, QByteArrayLiteral("application/json"));
        },
        Runs::IoThread);

    if (m_health) {
        router.add("GET", QStringLiteral("/pods/{region}/{pod}/probes"), Access::Read,
            [this](const ApiRequest &req) {
                const auto pod = resolve(
                    req.param(QStringLiteral("region")), req.param(QStringLiteral("pod")), {});
                return ApiResponse::json(m_health->probes(pod).toJson());
            });
    }

    const auto scale = [this](const ApiRequest &req) {
        const auto body = req.json();
        JsonReader reader(body);
        QString podId = req.param(QStringLiteral("pod"));
        if (podId.isEmpty()) {
            reader.rejectUnknown(
                {QStringLiteral("replicas"), QStringLiteral("pod"), QStringLiteral("type")});
            podId = reader.optionalString(QStringLiteral("pod")).value_or(QString());
        } else {
            reader.rejectUnknown({QStringLiteral("replicas")});
        }
        const auto replicas = reader.requiredInt(QStringLiteral("replicas"));
        const auto type = reader.optionalString(QStringLiteral("type")).value_or(QString());
        const auto pod = resolve(req.param(QStringLiteral("region")), podId, type);
        if (replicas < 0 || replicas > 1000)
            throw ValidationError(QStringLiteral("replicas"),
                QStringLiteral("%1 is outside the pod's range %2..%3")
                    .arg(replicas)
                    .arg(pod.minReplicas)
                    .arg(pod.maxReplicas));
        return ApiResponse::json(m_pods.scale(pod.id, int(replicas), req.actor()).toJson());
    };
    router.add("PUT", QStringLiteral("/pods/{region}/scale"), Access::Operate, scale);
    router.add("PUT", QStringLiteral("/pods/{region}/{pod}/scale"), Access::Operate, scale);

    const auto remove = [this](const ApiRequest &req) {
        const auto podId = req.param(QStringLiteral("pod")).isEmpty()
            ? req.query(QStringLiteral("pod"))
            : req.param(QStringLiteral("pod"));
        const auto pod = resolve(
            req.param(QStringLiteral("region")), podId, req.query(QStringLiteral("type")));
        const auto removed = m_pods.remove(pod.id, req.actor());
        return ApiResponse::json(QJsonObject{{QStringLiteral("deleted"), removed.id},
                                     {QStringLiteral("draining"), true}},
            HttpStatus::Accepted);
    };
    router.add("DELETE", QStringLiteral("/pods/{region}"), Access::Operate, remove);
    router.add("DELETE", QStringLiteral("/pods/{region}/{pod}"), Access::Operate, remove);
}
