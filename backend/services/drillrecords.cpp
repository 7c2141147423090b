// DrillRunner: a drill's record (GET /drills/{id}) and what a viewer may see of it.
#include "backend/services/drillrunner.h"

#include "backend/services/authservice.h"
#include "backend/services/drillactive.h"
#include "backend/store/drillstore.h"

#include <algorithm>

namespace {

QJsonArray toJsonArray(const auto &list)
{
    QJsonArray out;
    for (const auto &item : list)
        out.append(item.toJson());
    return out;
}

} // namespace

QJsonObject DrillRunner::record(const Active &a) const
{
    QJsonArray timeline = a.priorTimeline;
    for (const DrillStep &s : a.timeline)
        timeline.append(s.toJson());
    QJsonObject json{{QStringLiteral("id"), a.id},
        {QStringLiteral("state"), drillStateName(a.state)},
        {QStringLiteral("scenario"), drillScenarioName(a.request.scenario)},
        {QStringLiteral("request"), a.request.toJson()}, {QStringLiteral("actor"), a.actor},
        {QStringLiteral("created"), a.created.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("pods"), QJsonArray::fromStringList(a.pods)},
        {QStringLiteral("preflight"), a.preflight.toJson()}, {QStringLiteral("timeline"), timeline},
        {QStringLiteral("ledger"), toJsonArray(a.ledger)}};
    if (a.faultAt.isValid())
        json.insert(QStringLiteral("fault_at"), a.faultAt.toUTC().toString(Qt::ISODateWithMs));
    if (a.finished.isValid())
        json.insert(QStringLiteral("finished"), a.finished.toUTC().toString(Qt::ISODateWithMs));
    if (!a.stopKind.isEmpty())
        json.insert(QStringLiteral("stop"),
            QJsonObject{
                {QStringLiteral("kind"), a.stopKind}, {QStringLiteral("detail"), a.stopDetail}});
    if (a.meter) {
        const auto results = a.meter->results();
        json.insert(QStringLiteral("districts"), toJsonArray(results));
        qint64 worstRto = 0;
        int failedClosed = 0;
        for (const auto &r : results) {
            worstRto = std::max(worstRto, r.rtoMs);
            failedClosed += r.failedClosed ? 1 : 0;
        }
        json.insert(QStringLiteral("measurements"),
            QJsonObject{{QStringLiteral("probes"), a.meter->probes()},
                {QStringLiteral("failed_probes"), a.meter->failedProbes()},
                {QStringLiteral("out_of_zone"), a.meter->outOfZone()},
                {QStringLiteral("worst_rto_ms"), double(worstRto)},
                {QStringLiteral("failed_closed"), failedClosed},
                {QStringLiteral("restore_ms"),
                    a.restoredMs >= 0 ? QJsonValue(double(a.restoredMs - a.restoreMs))
                                      : QJsonValue()},
                {QStringLiteral("targets"), a.request.targets.toJson()}});
        json.insert(QStringLiteral("verdicts"),
            QJsonObject{{QStringLiteral("residency"),
                            a.meter->outOfZone() == 0 ? QStringLiteral("held")
                                                      : QStringLiteral("violated")},
                {QStringLiteral("restore"),
                    std::all_of(a.ledger.cbegin(), a.ledger.cend(),
                        [](const DrillFault &f) { return f.state == DrillFault::State::Verified; })
                        ? QStringLiteral("verified")
                        : QStringLiteral("unverified")},
                {QStringLiteral("failback"),
                    a.failbackDone ? QStringLiteral("done") : QStringLiteral("pending")}});
    }
    return json;
}

namespace {

/** @p record as an auditor of @p viewer's districts may see it: only their districts' rows and
 *  steps; nothing when the drill touched none of them. */
std::optional<QJsonObject> visibleTo(const QJsonObject &record, const Principal &viewer)
{
    if (!viewer.isAuditor())
        return record;
    const auto mine = [&](const QJsonValue &v) {
        return viewer.maySeeDistrict(v.toObject().value(QStringLiteral("district")).toString());
    };
    QJsonObject pre = record.value(QStringLiteral("preflight")).toObject();
    QJsonArray districts;
    for (const auto &v : pre.value(QStringLiteral("districts")).toArray())
        if (mine(v))
            districts.append(v);
    if (districts.isEmpty())
        return std::nullopt;
    pre.insert(QStringLiteral("districts"), districts);
    QJsonObject out = record;
    out.insert(QStringLiteral("preflight"), pre);
    QJsonArray results;
    for (const auto &v : record.value(QStringLiteral("districts")).toArray())
        if (mine(v))
            results.append(v);
    out.insert(QStringLiteral("districts"), results);
    QJsonArray timeline;
    for (const auto &v : record.value(QStringLiteral("timeline")).toArray()) {
        const QString d = v.toObject().value(QStringLiteral("district")).toString();
        if (d.isEmpty() || viewer.maySeeDistrict(d))
            timeline.append(v);
    }
    out.insert(QStringLiteral("timeline"), timeline);
    return out;
}

} // namespace

std::optional<QJsonObject> DrillRunner::find(const QString &id, const Principal &viewer) const
{
    if (m_active && m_active->id == id)
        return visibleTo(record(*m_active), viewer);
    const auto stored = m_store.find(id);
    return stored ? visibleTo(*stored, viewer) : std::nullopt;
}

QList<QJsonObject> DrillRunner::list(
    int offset, int limit, const Principal &viewer, int *total) const
{
    QList<QJsonObject> out;
    for (const QJsonObject &stored : m_store.list(offset, limit)) {
        const QString id = stored.value(QStringLiteral("id")).toString();
        const QJsonObject current = m_active && m_active->id == id ? record(*m_active) : stored;
        if (const auto visible = visibleTo(current, viewer))
            out.append(*visible);
    }
    if (total)
        *total = m_store.count();
    return out;
}
