#include "backend/services/routingtable.h"

#include "backend/core/audit/auditrecord.h"
#include "backend/core/routing/routeexplainer.h"
#include "backend/services/auditlog.h"
#include "backend/services/eventbus.h"
#include "backend/services/logging.h"
#include "backend/services/overrideservice.h"
#include "backend/services/podmanager.h"
#include "backend/services/policyservice.h"
#include "backend/services/residencyservice.h"
#include "backend/services/serviceerror.h"

#include <QJsonArray>
#include <QUuid>

#include <algorithm>
#include <variant>

namespace {

const QString kActor = QStringLiteral("system:routing");

QJsonArray weightsJson(const RouteDecision &decision)
{
    QJsonArray array;
    for (const auto &w : decision.weights)
        array.append(
            QJsonObject{{QStringLiteral("pod"), w.pod}, {QStringLiteral("weight"), w.weight}});
    return array;
}

bool sameStructure(const RoutingPod &a, const RoutingPod &b)
{
    return a.id == b.id && a.region == b.region && a.type == b.type
        && a.jurisdiction == b.jurisdiction && a.certifications == b.certifications
        && a.latitude == b.latitude && a.longitude == b.longitude;
}

bool sameState(const RoutingPod &a, const RoutingPod &b)
{
    return a.health == b.health && a.draining == b.draining && a.nominalRps == b.nominalRps
        && a.capacityRps == b.capacityRps && a.loadRps == b.loadRps && a.ramp == b.ramp
        && a.endpoint == b.endpoint && a.outlier == b.outlier;
}

} // namespace

RoutingTable::RoutingTable(PodManager &pods, PolicyService &policy, ResidencyService &residency,
    EventBus &events, AuditLog &audit, OverrideService &overrides, RoutingTableSettings settings,
    const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_pods(pods)
    , m_policy(policy)
    , m_residency(residency)
    , m_events(events)
    , m_audit(audit)
    , m_overrides(overrides)
    , m_settings(settings)
    , m_planner(settings.planner)
    , m_ramp(
          FailbackRamp::Settings{settings.holdDownMs, settings.failbackMs, settings.failbackShares})
    , m_clock(clock ? *clock : m_ownClock)
{
    m_rampTimer.setSingleShot(true);
    connect(&m_rampTimer, &QTimer::timeout, this, [this] {
        const auto recovering = m_ramp.recoveringPods();
        refreshPods(QSet<QString>(recovering.cbegin(), recovering.cend()));
    });
    m_expiryTimer.setSingleShot(true);
    connect(
        &m_expiryTimer, &QTimer::timeout, this, [this] { rejudge(RouteReason::ConsentExpired); });
    m_latencyTimer.setInterval(std::max(1000, settings.latencyMaxAgeMs / 6));
    connect(&m_latencyTimer, &QTimer::timeout, this, &RoutingTable::lapseLatencies);
}

void RoutingTable::start()
{
    connect(&m_pods, &PodManager::podChanged, this, &RoutingTable::podChanged);
    connect(
        &m_policy, &PolicyService::policyChanged, this, [this] { rejudge(RouteReason::Policy); });
    connect(&m_residency, &ResidencyService::consentsChanged, this, &RoutingTable::consentsChanged);
    // Overrides that lapse are planned away; those in force (less those that lapsed while the
    // daemon was down) are loaded before the first plan, which honours them.
    connect(&m_overrides, &OverrideService::lapsed, this, [this](const QStringList &districts) {
        replan(entriesOf(districts), RouteReason::OverrideExpired);
    });
    m_overrides.start();
    rejudge(RouteReason::Start);
    m_latencyTimer.start();
    m_started = true;
}

void RoutingTable::stop()
{
    disconnect(&m_pods, nullptr, this, nullptr);
    disconnect(&m_policy, nullptr, this, nullptr);
    disconnect(&m_residency, nullptr, this, nullptr);
    m_rampTimer.stop();
    m_expiryTimer.stop();
    disconnect(&m_overrides, nullptr, this, nullptr);
    m_overrides.stop();
    m_latencyTimer.stop();
}

RoutingPod RoutingTable::routingPod(const Pod &pod, qint64 now)
{
    const auto region = m_pods.region(pod.region);
    RoutingPod p;
    p.id = pod.id;
    p.region = pod.region;
    p.type = pod.type;
    if (region) {
        p.latitude = region->latitude;
        p.longitude = region->longitude;
        p.certifications = region->certifications;
    }
    p.jurisdiction = pod.jurisdiction.isEmpty() && region ? region->jurisdiction : pod.jurisdiction;
    p.certifications += pod.certifications;
    QList<HealthState> states;
    int healthy = 0;
    for (const auto &replica : pod.replicaStatus) {
        states.append(replica.health);
        if (replica.health != HealthState::Healthy)
            continue;
        if (healthy++ == 0)
            p.endpoint = m_pods.replicaEndpoint(replica).toString(QUrl::StripTrailingSlash);
    }
    p.health = derivePodHealth(states);
    p.draining = pod.draining;
    p.nominalRps = double(pod.replicas) * pod.capacityRps;
    p.capacityRps = double(healthy) * pod.capacityRps;

    // Failback: a pod that was down and serves again is held down, then ramps up.
    const bool wasRecovering = m_ramp.recovering(p.id);
    m_ramp.observe(p.id, p.health == HealthState::Unhealthy, healthy > 0, now);
    if (!wasRecovering && m_ramp.recovering(p.id))
        qCInfo(lcRouting) << p.id << "recovered: held down for" << m_settings.holdDownMs
                          << "ms, then failing back over" << m_settings.failbackMs << "ms";
    p.ramp = m_ramp.share(p.id, now);
    // Load counts only once a pod is overloaded, so the split never chases its own traffic.
    if (const auto guard = m_loadGuards.constFind(p.id); guard != m_loadGuards.cend()) {
        if (guard->overloaded())
            p.loadRps = std::max(m_measuredRps.value(p.id), p.capacityRps);
        p.outlier = guard->ejected();
    }
    return p;
}

QList<RoutingPod> RoutingTable::currentPods()
{
    const qint64 now = m_clock.nowMs();
    QList<RoutingPod> out;
    for (const Pod &pod : m_pods.pods())
        out.append(routingPod(pod, now));
    return out;
}

void RoutingTable::scheduleRampStep()
{
    const qint64 now = m_clock.nowMs();
    const auto next = m_ramp.nextStepAtMs(now);
    if (!next) {
        m_rampTimer.stop();
        return;
    }
    m_rampTimer.start(int(std::clamp<qint64>(*next - now + 1, 1, 24 * 3600 * 1000)));
}

void RoutingTable::scheduleConsentExpiry()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime next;
    for (const auto &entry : std::as_const(m_entries)) {
        for (const auto &consent : entry.district.consents) {
            if (!consent.revoked && consent.expires > now
                && (!next.isValid() || consent.expires < next))
                next = consent.expires;
        }
    }
    if (!next.isValid()) {
        m_expiryTimer.stop();
        return;
    }
    // At most a day ahead (timers are ints); a later expiry re-arms the timer then.
    m_expiryTimer.start(int(std::clamp<qint64>(now.msecsTo(next) + 1, 1, 24 * 3600 * 1000)));
}

RoutingDistrict RoutingTable::routingDistrict(const District &district) const
{
    RoutingDistrict d;
    d.id = district.id;
    d.jurisdiction = district.jurisdiction;
    d.latitude = district.latitude;
    d.longitude = district.longitude;
    d.requestClasses = district.requestClasses();
    d.consents = m_residency.consents(district.id);
    return d;
}

void RoutingTable::rejudge(RouteReason reason)
{
    m_routingPods = currentPods();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Entry> entries;
    QHash<QString, int> byDistrict;
    QSet<int> all;
    const double serveMs = typicalServeMs();
    for (const auto &district : m_pods.districts()) {
        Entry entry;
        if (const auto old = m_entryByDistrict.constFind(district.id);
            old != m_entryByDistrict.cend())
            entry = m_entries.at(*old);
        entry.district = routingDistrict(district);
        entry.candidacies = RoutePlanner::judge(entry.district, m_routingPods, m_policy.evaluator(),
            now, measuredFor(district.id), serveMs);
        byDistrict.insert(district.id, int(entries.size()));
        all.insert(int(entries.size()));
        entries.append(std::move(entry));
    }
    m_entries = std::move(entries);
    m_entryByDistrict = std::move(byDistrict);
    m_districtsByPod = QList<QList<int>>(m_routingPods.size());
    for (int i = 0; i < m_entries.size(); ++i) {
        for (const auto &c : std::as_const(m_entries.at(i).candidacies)) {
            if (c.allowed)
                m_districtsByPod[c.pod].append(i);
        }
    }
    replan(all, reason);
    scheduleConsentExpiry();
}

void RoutingTable::consentsChanged(const QString &districtId)
{
    const auto it = m_entryByDistrict.constFind(districtId);
    if (it == m_entryByDistrict.cend()) {
        rejudge(RouteReason::Consent);
        return;
    }
    m_entries[*it].district.consents = m_residency.consents(districtId);
    rejudgeEntry(*it, RouteReason::Consent);
    scheduleConsentExpiry();
}

void RoutingTable::rejudgeEntry(int index, RouteReason reason)
{
    // Only this district's candidacies change; its reverse-index rows are rebuilt in full
    // because the set of pods it is allowed on may grow or shrink.
    Entry &entry = m_entries[index];
    entry.candidacies = RoutePlanner::judge(entry.district, m_routingPods, m_policy.evaluator(),
        QDateTime::currentDateTimeUtc(), measuredFor(entry.district.id), typicalServeMs());
    for (auto &row : m_districtsByPod)
        row.removeAll(index);
    for (const auto &c : std::as_const(entry.candidacies)) {
        if (c.allowed)
            m_districtsByPod[c.pod].append(index);
    }
    replan({index}, reason);
}

void RoutingTable::podChanged(const PodChange &change)
{
    if (change.structural()) {
        rejudge(RouteReason::Fleet);
        scheduleRampStep();
        return;
    }
    refreshPods({change.pod});
}

void RoutingTable::refreshPods(const QSet<QString> &podIds)
{
    const qint64 now = m_clock.nowMs();
    QSet<int> affected;
    QList<int> changedPods;
    bool drain = false;
    bool ramp = false;
    bool outlier = false;
    bool load = false;
    for (int i = 0; i < m_routingPods.size(); ++i) {
        const RoutingPod &was = m_routingPods.at(i);
        if (!podIds.contains(was.id))
            continue;
        const auto pod = m_pods.pod(was.id);
        if (!pod) {
            rejudge(RouteReason::Fleet); // gone without its Deleted change yet
            scheduleRampStep();
            return;
        }
        RoutingPod next = routingPod(*pod, now);
        if (!sameStructure(next, was)) {
            rejudge(RouteReason::Fleet);
            scheduleRampStep();
            return;
        }
        if (sameState(next, was))
            continue;
        changedPods.append(i);
        drain = drain || next.draining != was.draining;
        ramp = ramp || next.ramp != was.ramp;
        outlier = outlier || next.outlier != was.outlier;
        load = load || next.loadRps != was.loadRps;
        for (const int district : std::as_const(m_districtsByPod.at(i)))
            affected.insert(district);
        m_routingPods[i] = std::move(next);
    }
    RouteReason trigger = RouteReason::Health;
    if (drain)
        trigger = RouteReason::Drain;
    else if (ramp)
        trigger = RouteReason::Failback;
    else if (outlier)
        trigger = RouteReason::Outlier;
    else if (load)
        trigger = RouteReason::Capacity;
    if (!changedPods.isEmpty())
        replan(affected, trigger, changedPods);
    scheduleRampStep();
}

void RoutingTable::applyLoad(const QList<MeasuredLoad> &load)
{
    const qint64 now = m_clock.nowMs();
    QSet<QString> changed;
    for (const MeasuredLoad &m : load) {
        auto guard = m_loadGuards.find(m.pod);
        if (guard == m_loadGuards.end())
            guard = m_loadGuards.insert(m.pod, LoadGuard(m_settings.load));
        m_measuredRps.insert(m.pod, m.rps);
        if (guard->update(now, m.rps, m.capacityRps, m.errorRate)) {
            changed.insert(m.pod);
            qCInfo(lcRouting).noquote()
                << m.pod << (guard->ejected() ? "ejected as an outlier" : "admitted") << "·"
                << (guard->overloaded() ? "overloaded" : "has headroom") << "at" << m.rps
                << "req/s of" << m.capacityRps << "with" << m.errorRate * 100 << "% errors";
        }
    }
    if (!changed.isEmpty() && m_started)
        refreshPods(changed);
}

RouteReason RoutingTable::changeReason(
    const Route &before, const Route &after, RouteReason trigger, bool wasAlerted) const
{
    if (trigger != RouteReason::Health)
        return trigger;
    // Did the pod that served it go away, or did it come back?
    const int was = before.primaryPod();
    if (was >= 0 && was < m_routingPods.size()) {
        for (const auto &out : after.unavailable) {
            if (out.pod == was)
                return RouteReason::Failover;
        }
    }
    if (before.failsClosed() && !after.failsClosed())
        return wasAlerted ? RouteReason::Restored : RouteReason::Probed;
    return RouteReason::Rebalance;
}

void RoutingTable::replan(
    const QSet<int> &districts, RouteReason trigger, const QList<int> &changedPods)
{
    QList<int> order(districts.cbegin(), districts.cend());
    std::sort(order.begin(), order.end());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSet<QString> changed;
    // Published once the table is live, each with its version.
    QList<std::variant<RoutingChangedEvent, RoutingFailClosedEvent, RoutingRestoredEvent>> events;
    QList<AuditRecord> records;
    for (const int index : std::as_const(order)) {
        Entry &entry = m_entries[index];
        const bool fresh = entry.decision.district.isEmpty();
        const RoutingOverride *override = overrideFor(entry.district.id);
        const auto [route, applied] = planWith(entry, override, changedPods);
        RouteDecision decision = RouteExplainer::explain(
            entry.district, entry.candidacies, route, m_routingPods, m_policy.evaluator(), now);
        if (override) {
            decision.overrideId = applied ? override->id : QString();
            decision.explanation.insert(1,
                applied ? QStringLiteral("override %1 sends it to %2 until %3 (%4, by %5)")
                              .arg(override->id, override->targetText(),
                                  override->expires.toString(Qt::ISODate), override->reason,
                                  override->actor)
                        : QStringLiteral("override %1 (to %2) is suspended: none of its allowed "
                                         "pods is available, so the district is routed as "
                                         "without it")
                              .arg(override->id, override->targetText()));
        }
        if (!fresh && decision == entry.decision)
            continue;
        const RouteDecision before = entry.decision;
        const Route beforeRoute = entry.route;
        entry.route = route;
        entry.decision = decision;
        changed.insert(entry.district.id);
        const QString &district = entry.district.id;

        if (!fresh && before.weights != decision.weights) {
            const RouteReason reason = changeReason(beforeRoute, route, trigger, entry.alerted);
            events.append(RoutingChangedEvent{
                district, before.pod, decision.pod, reason, decision.weights, 0});
            if (before.pod != decision.pod && !before.pod.isEmpty() && !decision.pod.isEmpty()) {
                AuditRecord record;
                record.actor = kActor;
                record.action = QStringLiteral("routing.change");
                record.district = district;
                record.fromRegion = before.region;
                record.toRegion = decision.region;
                record.details = {{QStringLiteral("from_pod"), before.pod},
                    {QStringLiteral("to_pod"), decision.pod},
                    {QStringLiteral("reason"), routeReasonName(reason)},
                    {QStringLiteral("weights"), weightsJson(decision)}};
                records.append(record);
            }
        }
        // One alert per episode, and none while the allowed pods are merely not probed yet
        // (the daemon's first seconds).
        bool pending = false;
        for (const auto &out : route.unavailable)
            pending = pending || out.reason == Unavailability::NotProbed;
        if (route.failsClosed() && !entry.alerted && !pending) {
            entry.alerted = true;
            const QString why = decision.explanation.constLast();
            events.append(RoutingFailClosedEvent{district, why, decision.fixes, before.pod, 0});
            AuditRecord record;
            record.actor = kActor;
            record.action = QStringLiteral("routing.fail_closed");
            record.district = district;
            record.fromRegion = before.region;
            record.details = {{QStringLiteral("reason"), why},
                {QStringLiteral("fixes"), QJsonArray::fromStringList(decision.fixes)}};
            records.append(record);
            qCWarning(lcRouting).noquote() << district << why; // why: "fails closed: …"
        } else if (!route.failsClosed() && entry.alerted) {
            entry.alerted = false;
            events.append(RoutingRestoredEvent{district, decision.pod, decision.region, 0});
            AuditRecord record;
            record.actor = kActor;
            record.action = QStringLiteral("routing.restored");
            record.district = district;
            record.toRegion = decision.region;
            record.details = {{QStringLiteral("to_pod"), decision.pod}};
            records.append(record);
            qCInfo(lcRouting).noquote() << district << "is served again by" << decision.pod;
        }
    }
    if (changed.isEmpty())
        return;
    ++m_version;
    // The table is live first: readers see the new routes before anyone is told.
    Q_EMIT this->changed(m_version, changed);
    for (auto &event : events) {
        std::visit(
            [this](auto &e) {
                e.tableVersion = m_version;
                m_events.publish(e);
            },
            event);
    }
    if (!records.isEmpty()) {
        for (auto &record : records)
            record.details.insert(QStringLiteral("table_version"), m_version);
        try {
            m_audit.appendBatch(records);
        } catch (const std::exception &e) {
            // Routing must not wait for the store; the events above carry the same facts.
            qCCritical(lcRouting) << "cannot audit" << records.size()
                                  << "routing changes:" << e.what();
        }
    }
}

RouteDecision RoutingTable::decision(const QString &districtId) const
{
    const auto it = m_entryByDistrict.constFind(districtId);
    if (it == m_entryByDistrict.cend())
        throw ServiceError(ServiceError::Kind::NotFound,
            QStringLiteral("no district '%1'").arg(districtId), QStringLiteral("district"));
    RouteDecision decision = m_entries.at(*it).decision;
    decision.tableVersion = m_version;
    return decision;
}

QList<RouteWhatIf> RoutingTable::whatIf(const QSet<QString> &downPods) const
{
    QList<RoutingPod> pods = m_routingPods;
    QSet<int> down;
    for (qsizetype i = 0; i < pods.size(); ++i) {
        if (!downPods.contains(pods.at(i).id))
            continue;
        down.insert(int(i));
        pods[i].health = HealthState::Unhealthy;
        pods[i].capacityRps = 0;
        pods[i].endpoint.clear();
    }
    const auto byId = [&pods](const QList<Route::Weight> &weights) {
        QList<RouteDecision::Weight> out;
        for (const auto &w : weights)
            out.append({pods.at(w.pod).id, w.weight});
        return out;
    };
    QList<RouteWhatIf> out;
    for (const auto &entry : m_entries) {
        const bool touched = std::any_of(entry.route.weights.cbegin(), entry.route.weights.cend(),
            [&down](const Route::Weight &w) { return down.contains(w.pod); });
        if (!touched)
            continue;
        RouteWhatIf w;
        w.district = entry.district.id;
        w.before = byId(entry.route.weights);
        // Planned as without an override: a drill rehearses the fleet's own failover.
        const Route planned = m_planner.plan(entry.candidacies, pods);
        w.after = byId(planned.weights);
        if (!planned.weights.isEmpty())
            w.toRegion = pods.at(planned.primaryPod()).region;
        for (const auto &c : entry.candidacies)
            if (c.allowed)
                w.allowedPods.append(pods.at(c.pod).id);
        out.append(w);
    }
    return out;
}

QStringList RoutingTable::allowedPods(const QString &districtId) const
{
    QStringList out;
    const auto it = m_entryByDistrict.constFind(districtId);
    if (it == m_entryByDistrict.cend())
        return out;
    for (const auto &c : m_entries.at(*it).candidacies)
        if (c.allowed)
            out.append(m_routingPods.at(c.pod).id);
    return out;
}

QList<RouteDecision> RoutingTable::decisions() const
{
    QList<RouteDecision> out;
    out.reserve(m_entries.size());
    for (const auto &entry : m_entries) {
        out.append(entry.decision);
        out.last().tableVersion = m_version;
    }
    return out;
}

QStringList RoutingTable::districtIds() const
{
    QStringList ids;
    for (const auto &entry : m_entries)
        ids.append(entry.district.id);
    return ids;
}

const RoutingOverride *RoutingTable::overrideFor(const QString &districtId) const
{
    return m_overrides.forDistrict(districtId);
}

std::pair<Route, bool> RoutingTable::planWith(
    const Entry &entry, const RoutingOverride *override, const QList<int> &changedPods) const
{
    // A health change deep in the fallbacks moves no traffic: patch the route in place rather
    // than re-plan (most of a pod's districts, in a large fleet).
    if (!override && !changedPods.isEmpty() && !entry.decision.district.isEmpty()) {
        Route patched = entry.route;
        bool ok = true;
        for (const int pod : changedPods)
            ok = ok && m_planner.patch(patched, entry.candidacies, pod, m_routingPods);
        if (ok)
            return {patched, false};
    }
    Route plain = m_planner.plan(entry.candidacies, m_routingPods);
    if (!override)
        return {plain, false};
    Route narrowed
        = m_planner.plan(narrowedTo(entry.candidacies, m_routingPods, *override), m_routingPods);
    // The safety rule: an override never leaves a district without a pod while one exists.
    if (narrowed.failsClosed())
        return {plain, false};
    for (const auto &c : entry.candidacies) {
        if (c.allowed && !override->targets(m_routingPods.at(c.pod)))
            narrowed.unavailable.append({c.pod, Unavailability::Overridden});
    }
    return {narrowed, true};
}
