// DrillRunner: a drill's record (GET /drills/{id}) and what a viewer may see of it.
#include "backend/services/drillrunner.h"

#include "backend/services/authservice.h"
#include "backend/services/drillactive.h"
#include "backend/store/drillstore.h"

#include <algorithm>

DrillRecord DrillRunner::record(const Active &a) const
{
    DrillRecord r;
    r.id = a.id;
    r.state = a.state;
    r.request = a.request;
    r.actor = a.actor;
    r.created = a.created;
    r.faultAt = a.faultAt;
    r.finished = a.finished;
    r.pods = a.pods;
    r.preflight = a.preflight;
    r.stopKind = a.stopKind;
    r.stopDetail = a.stopDetail;
    r.timeline = a.priorTimeline + a.timeline;
    r.ledger = a.ledger;
    if (a.meter) {
        r.districts = a.meter->results();
        DrillMeasurements m;
        m.probes = a.meter->probes();
        m.failedProbes = a.meter->failedProbes();
        m.outOfZone = a.meter->outOfZone();
        for (const auto &d : std::as_const(r.districts)) {
            m.worstRtoMs = std::max(m.worstRtoMs, d.rtoMs);
            m.failedClosed += d.failedClosed ? 1 : 0;
        }
        m.restoreMs = a.restoredMs >= 0 ? a.restoredMs - a.restoreMs : -1;
        m.targets = a.request.targets;
        r.measurements = m;
    } else {
        r.districts = a.priorDistricts; // recovered after a crash: the figures stored before it
        r.measurements = a.priorMeasurements;
    }
    DrillVerdicts v;
    v.residencyHeld = std::all_of(r.districts.cbegin(), r.districts.cend(),
        [](const DrillDistrictResult &d) { return d.outOfZone == 0; });
    v.restoreVerified = std::all_of(a.ledger.cbegin(), a.ledger.cend(),
        [](const DrillFault &f) { return f.state == DrillFault::State::Verified; });
    v.failbackDone = a.failbackDone;
    r.verdicts = v;
    return r;
}

namespace {

/** @p record as an auditor of @p viewer's districts may see it: only their districts' rows and
 *  steps; nothing when the drill touched none of them. */
std::optional<DrillRecord> visibleTo(DrillRecord record, const Principal &viewer)
{
    if (!viewer.isAuditor())
        return record;
    auto &rows = record.preflight.districts;
    rows.erase(std::remove_if(rows.begin(), rows.end(),
                   [&](const auto &d) { return !viewer.maySeeDistrict(d.district); }),
        rows.end());
    if (rows.isEmpty())
        return std::nullopt;
    record.districts.erase(std::remove_if(record.districts.begin(), record.districts.end(),
                               [&](const auto &d) { return !viewer.maySeeDistrict(d.district); }),
        record.districts.end());
    record.timeline.erase(std::remove_if(record.timeline.begin(), record.timeline.end(),
                              [&](const DrillStep &s) {
                                  return !s.district.isEmpty()
                                      && !viewer.maySeeDistrict(s.district);
                              }),
        record.timeline.end());
    return record;
}

} // namespace

std::optional<DrillRecord> DrillRunner::find(const QString &id, const Principal &viewer) const
{
    if (m_active && m_active->id == id)
        return visibleTo(record(*m_active), viewer);
    const auto stored = m_store.find(id);
    if (!stored)
        return std::nullopt;
    return visibleTo(DrillRecord::fromJson(*stored), viewer);
}

QList<DrillRecord> DrillRunner::list(
    int offset, int limit, const Principal &viewer, int *total) const
{
    QList<DrillRecord> out;
    for (const QJsonObject &stored : m_store.list(offset, limit)) {
        const QString id = stored.value(QStringLiteral("id")).toString();
        const DrillRecord current
            = m_active && m_active->id == id ? record(*m_active) : DrillRecord::fromJson(stored);
        if (const auto visible = visibleTo(current, viewer))
            out.append(*visible);
    }
    if (total)
        *total = m_store.count();
    return out;
}
