#include "backend/api/routingcontroller.h"

#include "backend/api/apierror.h"
#include "backend/api/router.h"
#include "backend/core/jsonreader.h"
#include "backend/core/problemdetails.h"
#include "backend/core/validationerror.h"
#include "backend/services/podmanager.h"
#include "backend/services/routingtable.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

// "{…}" → "…}": the caller writes "{\"table_version\":N," in front.
QByteArray tailOf(const QJsonObject &object)
{
    QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Compact);
    bytes.remove(0, 1);
    return bytes;
}

QByteArray withVersion(const QByteArray &tail, qint64 version)
{
    QByteArray out;
    out.reserve(tail.size() + 40);
    out += "{\"table_version\":";
    out += QByteArray::number(version);
    out += tail.startsWith('}') ? "" : ",";
    out += tail;
    return out;
}

} // namespace

RoutingController::RoutingController(RoutingTable &table, PodManager &pods)
    : m_table(table)
    , m_pods(pods)
{
    m_snapshot.store(std::make_shared<Snapshot>());
    const QStringList all = m_table.districtIds(); // one list: begin and end of the same one
    update(m_table.version(), QSet<QString>(all.cbegin(), all.cend()));
    m_changed = QObject::connect(&m_table, &RoutingTable::changed, &m_table,
        [this](qint64 version, const QSet<QString> &districts) { update(version, districts); });
}

RoutingController::~RoutingController()
{
    QObject::disconnect(m_changed);
}

void RoutingController::update(qint64 version, const QSet<QString> &districts)
{
    const auto previous = m_snapshot.load();
    auto next = std::make_shared<Snapshot>();
    next->version = version;
    next->order = m_table.districtIds();
    const auto withBodies = [version](Snapshot::Entry entry) {
        entry.decisionBody = withVersion(entry.decisionTail, version);
        entry.problemBody
            = entry.problemTail.isEmpty() ? QByteArray() : withVersion(entry.problemTail, version);
        return entry;
    };
    for (const auto &id : std::as_const(next->order)) {
        if (!districts.contains(id)) {
            if (const auto old = previous->byDistrict.constFind(id);
                old != previous->byDistrict.cend()) {
                next->byDistrict.insert(id, withBodies(*old));
                continue;
            }
        }
        RouteDecision decision = m_table.decision(id);
        QJsonObject json = decision.toJson();
        json.remove(QStringLiteral("table_version"));
        Snapshot::Entry entry;
        entry.decisionTail = tailOf(json);
        if (decision.failClosed) {
            QJsonObject problem = ProblemDetails::of(HttpStatus::ServiceUnavailable,
                QStringLiteral("district '%1' fails closed: no healthy pod its residency policy "
                               "allows. %2")
                    .arg(id, decision.fixes.join(QStringLiteral("; "))),
                QStringLiteral("district"))
                                      .toJson();
            problem.insert(QStringLiteral("routing"), json);
            entry.problemTail = tailOf(problem);
        }
        next->byDistrict.insert(id, withBodies(std::move(entry)));
    }
    m_snapshot.store(std::move(next));
}

void RoutingController::registerRoutes(Router &router)
{
    // Before /routing/{district}: the first matching pattern wins.
    router.add(
        "GET", QStringLiteral("/routing/overrides"), Access::Read, [this](const ApiRequest &req) {
            QJsonArray list;
            for (const auto &o : m_table.overrides()) {
                // An auditor sees an override only for its districts, and only its districts.
                QStringList visible;
                for (const auto &d : o.districts) {
                    if (req.principal().maySeeDistrict(d))
                        visible.append(d);
                }
                if (visible.isEmpty())
                    continue;
                QJsonObject json = o.toJson();
                if (visible.size() != o.districts.size()) {
                    json.insert(QStringLiteral("districts"), QJsonArray::fromStringList(visible));
                    json.remove(QStringLiteral("region"));
                    json.remove(QStringLiteral("actor"));
                }
                list.append(json);
            }
            return ApiResponse::json(QJsonObject{{QStringLiteral("overrides"), list}});
        });

    router.add("POST", QStringLiteral("/routing/override"), Access::Operate,
        [this](const ApiRequest &req) {
            auto request
                = RoutingOverride::fromRequest(req.json(), QDateTime::currentDateTimeUtc());
            return ApiResponse::json(
                m_table.addOverride(std::move(request), req.actor()).toJson(), HttpStatus::Created);
        });

    router.add("DELETE", QStringLiteral("/routing/overrides/{id}"), Access::Operate,
        [this](const ApiRequest &req) {
            m_table.removeOverride(req.param(QStringLiteral("id")), req.actor());
            return ApiResponse::json(QJsonObject{{QStringLiteral("removed"), true}});
        });

    router.add(
        "GET", QStringLiteral("/routing"), Access::Read,
        [this](const ApiRequest &req) {
            const auto snapshot = m_snapshot.load();
            QByteArray body
                = "{\"table_version\":" + QByteArray::number(snapshot->version) + ",\"routes\":[";
            bool first = true;
            for (const auto &id : snapshot->order) {
                if (!req.principal().maySeeDistrict(id))
                    continue;
                if (!first)
                    body += ',';
                first = false;
                body += snapshot->byDistrict.value(id).decisionBody;
            }
            body += "]}";
            return ApiResponse::text(body, QByteArrayLiteral("application/json"));
        },
        Runs::IoThread);

    router.add(
        "GET", QStringLiteral("/routing/{district}"), Access::Read,
        [this](const ApiRequest &req) {
            const auto snapshot = m_snapshot.load();
            const auto id = req.param(QStringLiteral("district"));
            const auto entry = snapshot->byDistrict.constFind(id);
            // An auditor learns nothing about other districts, not even that they exist.
            if (entry == snapshot->byDistrict.cend() || !req.principal().maySeeDistrict(id))
                throw ApiError(HttpStatus::NotFound, QStringLiteral("no district '%1'").arg(id),
                    QStringLiteral("district"));
            if (!entry->problemBody.isEmpty())
                return ApiResponse::text(entry->problemBody,
                    QByteArrayLiteral("application/problem+json"), HttpStatus::ServiceUnavailable);
            return ApiResponse::text(entry->decisionBody, QByteArrayLiteral("application/json"));
        },
        Runs::IoThread);

    router.add("PUT", QStringLiteral("/pods/{region}/{pod}/drain"), Access::Operate,
        [this](const ApiRequest &req) {
            const auto body = req.json();
            JsonReader reader(body);
            reader.rejectUnknown({QStringLiteral("draining")});
            const auto draining = reader.optionalBool(QStringLiteral("draining"));
            if (!draining)
                throw ValidationError(
                    QStringLiteral("draining"), QStringLiteral("is required (true or false)"));
            const auto region = req.param(QStringLiteral("region"));
            const auto podId = req.param(QStringLiteral("pod"));
            const auto pod = m_pods.pod(podId);
            if (!pod || pod->region != region)
                throw ApiError(HttpStatus::NotFound,
                    QStringLiteral("no pod '%1' in region '%2'").arg(podId, region),
                    QStringLiteral("pod"));
            return ApiResponse::json(m_pods.setDraining(podId, *draining, req.actor()).toJson());
        });
}
