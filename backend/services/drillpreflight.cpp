// DrillRunner: the preflight (dry run) and how a drill's record is shown.
#include "backend/services/drillrunner.h"

#include "backend/core/validationerror.h"
#include "backend/services/podmanager.h"
#include "backend/services/routingtable.h"

#include <QTimeZone>

QStringList DrillRunner::resolveBlast(const DrillRequest &request) const
{
    QStringList pods;
    for (qsizetype i = 0; i < request.pods.size(); ++i) {
        if (!m_pods.pod(request.pods.at(i)))
            throw ValidationError(QStringLiteral("pods[%1]").arg(i),
                QStringLiteral("no pod '%1'").arg(request.pods.at(i)));
        pods.append(request.pods.at(i));
    }
    for (qsizetype i = 0; i < request.regions.size(); ++i) {
        if (!m_pods.region(request.regions.at(i)))
            throw ValidationError(QStringLiteral("regions[%1]").arg(i),
                QStringLiteral("no region '%1'").arg(request.regions.at(i)));
        const auto inRegion = m_pods.podsInRegion(request.regions.at(i));
        if (inRegion.isEmpty())
            throw ValidationError(QStringLiteral("regions[%1]").arg(i),
                QStringLiteral("region '%1' runs no pod").arg(request.regions.at(i)));
        for (const Pod &pod : inRegion)
            if (!pods.contains(pod.id))
                pods.append(pod.id);
    }
    for (const QString &id : std::as_const(pods)) {
        const auto pod = m_pods.pod(id);
        if (pod->deleting)
            throw ValidationError(
                QStringLiteral("pods"), QStringLiteral("pod '%1' is being deleted").arg(id));
    }
    return pods;
}

DrillPreflight DrillRunner::preflight(const DrillRequest &request) const
{
    DrillPreflight p;
    p.blastPods = resolveBlast(request);
    const QSet<QString> blast(p.blastPods.cbegin(), p.blastPods.cend());
    // Latency and errors leave the pods up (that is what they rehearse): the routing table
    // decides whether anything moves. The others take the pods out.
    const bool takesPodsDown = request.scenario == DrillScenario::PodCrash
        || request.scenario == DrillScenario::PodHang
        || request.scenario == DrillScenario::RegionOutage;
    const bool partialCrash = request.scenario == DrillScenario::PodCrash && request.replicas
        && std::all_of(p.blastPods.cbegin(), p.blastPods.cend(),
            [&](const QString &id) { return *request.replicas < m_pods.pod(id)->replicas; });
    const QList<RouteWhatIf> moves
        = takesPodsDown && !partialCrash ? m_routing.whatIf(blast) : m_routing.whatIf({});
    QHash<QString, RouteWhatIf> byDistrict;
    for (const auto &m : moves)
        byDistrict.insert(m.district, m);

    // Every district with traffic on the blast radius, moved or not.
    const QDateTime now = m_now();
    const QDateTime end = now.addSecs(request.durationS + 120); // plus the restore
    QHash<QString, double> rpsBefore; // by pod
    QHash<QString, double> rpsAfter;
    QHash<QString, double> weightOnPod; // Σ of district weights (of 100) per pod
    const QList<RouteDecision> decisions = m_routing.decisions();
    for (const RouteDecision &d : decisions)
        for (const auto &w : d.weights)
            weightOnPod[w.pod] += w.weight;
    for (const RouteDecision &d : decisions) {
        const bool touched = std::any_of(d.weights.cbegin(), d.weights.cend(),
            [&](const RouteDecision::Weight &w) { return blast.contains(w.pod); });
        if (!touched)
            continue;
        DrillPreflight::District row;
        row.district = d.district;
        row.fromPod = d.pod;
        if (const auto it = byDistrict.constFind(d.district); it != byDistrict.cend()) {
            row.failsClosed = it->failsClosed();
            row.toPod = row.failsClosed ? QString() : it->after.constFirst().pod;
            row.toRegion = it->toRegion;
            if (row.failsClosed) {
                row.why = it->allowedPods.isEmpty()
                    ? QStringLiteral("its residency policy allows no pod at all")
                    : QStringLiteral("every pod its residency policy allows (%1) is in the "
                                     "blast radius or unavailable; it fails closed rather than "
                                     "leave its zone")
                          .arg(it->allowedPods.join(QStringLiteral(", ")));
            }
            // Its traffic on each pod moves by the new split.
            double districtRps = 0;
            for (const auto &w : it->before) {
                const double total = weightOnPod.value(w.pod);
                districtRps += total > 0 ? m_routing.measuredRps(w.pod) * w.weight / total : 0;
            }
            for (const auto &w : it->before)
                rpsAfter[w.pod] -= weightOnPod.value(w.pod) > 0
                    ? m_routing.measuredRps(w.pod) * w.weight / weightOnPod.value(w.pod)
                    : 0;
            for (const auto &w : it->after)
                rpsAfter[w.pod] += districtRps * w.weight / 100.0;
        } else {
            row.toPod = row.fromPod;
        }
        const auto district = m_pods.district(d.district);
        if (district && !district->calendar.isEmpty()) {
            if (const auto busy
                = district->calendar.firstBusy(now, end, QTimeZone(district->timeZone.toUtf8()))) {
                row.inSession = true;
                row.session = busy->why;
            }
        }
        p.districts.append(row);
    }
    QSet<QString> shownPods;
    for (const auto &row : std::as_const(p.districts)) {
        shownPods.insert(row.fromPod);
        if (!row.toPod.isEmpty())
            shownPods.insert(row.toPod);
    }
    for (const Pod &pod : m_pods.pods()) {
        if (!shownPods.contains(pod.id))
            continue;
        const double capacity = double(pod.replicas) * pod.capacityRps;
        const double before = m_routing.measuredRps(pod.id);
        const bool down = takesPodsDown && blast.contains(pod.id) && !partialCrash;
        const double after = down ? 0 : std::max(0.0, before + rpsAfter.value(pod.id));
        DrillPreflight::PodLoad load{pod.id, capacity > 0 ? before / capacity : 0,
            capacity > 0 ? after / capacity : 0, capacity > 0 && after > capacity};
        p.pods.append(load);
        if (load.overCapacity)
            p.warnings.append(QStringLiteral("%1 would run at %2 % of its capacity")
                                  .arg(pod.id)
                                  .arg(qRound(load.utilizationAfter * 100)));
    }
    QStringList affected;
    for (const auto &row : std::as_const(p.districts))
        affected.append(row.district);
    if (m_drCheck) {
        p.noDrCopy = m_drCheck(affected, &p.drStatus);
    } else {
        p.drStatus = QStringLiteral("DR replication is not configured on this daemon: no "
                                    "district's data has a DR copy, so none has an RPO to measure");
        p.noDrCopy = affected;
    }

    // Refusals.
    if (const int closed = p.failClosedCount(); closed > request.maxUnservedDistricts)
        p.refusals.append(QStringLiteral("%1 district(s) would fail closed (no compliant "
                                         "fallback), more than the %2 this drill allows "
                                         "(max_unserved_districts)")
                              .arg(closed)
                              .arg(request.maxUnservedDistricts));
    QStringList inSession;
    for (const auto &row : std::as_const(p.districts))
        if (row.inSession)
            inSession.append(QStringLiteral("%1: %2").arg(row.district, row.session));
    if (!inSession.isEmpty()) {
        const QString text = QStringLiteral("the drill's window touches school time of %1 "
                                            "district(s) (%2)")
                                 .arg(inSession.size())
                                 .arg(inSession.mid(0, 5).join(QStringLiteral("; ")));
        if (request.force)
            p.warnings.append(text + QStringLiteral("; forced: ") + request.forceReason);
        else
            p.refusals.append(text
                + QStringLiteral("; run it outside school hours, or force it "
                                 "with a reason"));
    }
    for (const Pod &pod : m_pods.pods())
        if (!blast.contains(pod.id) && pod.health == HealthState::Unhealthy && !pod.deleting)
            p.refusals.append(QStringLiteral("stop condition already holds: %1 is down outside "
                                             "the blast radius (a real outage)")
                                  .arg(pod.id));
    if (const QString id = activeId(); !id.isEmpty())
        p.refusals.append(QStringLiteral("drill %1 is still running or restoring").arg(id));
    return p;
}
