#include "backend/services/drillrunner.h"

#include "backend/services/drillactive.h"

#include "backend/core/audit/auditrecord.h"
#include "backend/core/overloaded.h"
#include "backend/services/agentfaultclient.h"
#include "backend/services/auditlog.h"
#include "backend/services/authservice.h"
#include "backend/services/drillprober.h"
#include "backend/services/eventbus.h"
#include "backend/services/logging.h"
#include "backend/services/podmanager.h"
#include "backend/services/routingtable.h"
#include "backend/services/serviceerror.h"
#include "backend/store/drillstore.h"

#include <QRandomGenerator>

#include <algorithm>

namespace {

const QString kDrillActor = QStringLiteral("system:drill");

QString newDrillId(const QDateTime &now)
{
    return QStringLiteral("drill-%1-%2")
        .arg(now.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")))
        .arg(QRandomGenerator::global()->generate() & 0xffff, 4, 16, QLatin1Char('0'));
}

} // namespace

DrillRunner::DrillRunner(PodManager &pods, RoutingTable &routing, ComputeProvider &provider,
    EventBus &events, AuditLog &audit, DrillStore &store, DrillSettings settings, QObject *parent)
    : QObject(parent)
    , m_pods(pods)
    , m_routing(routing)
    , m_provider(provider)
    , m_events(events)
    , m_audit(audit)
    , m_store(store)
    , m_settings(settings)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
    , m_faults(new AgentFaultClient(provider, 2000, this))
    , m_prober(new DrillProber(routing, settings.probeIntervalMs, settings.probeTimeoutMs, this))
{
    m_clock.start();
    m_stopCheck.setInterval(m_settings.stopCheckMs);
    connect(&m_stopCheck, &QTimer::timeout, this, &DrillRunner::checkStopConditions);
    m_endTimer.setSingleShot(true);
    connect(&m_endTimer, &QTimer::timeout, this, [this] {
        beginRestore(QStringLiteral("end"),
            QStringLiteral("the drill ran its %1 s").arg(m_active->request.durationS));
    });
    m_persistTimer.setSingleShot(true);
    m_persistTimer.setInterval(100);
    connect(&m_persistTimer, &QTimer::timeout, this, [this] {
        if (m_active)
            persist();
    });
    m_verifyTimer.setInterval(250);
    connect(&m_verifyTimer, &QTimer::timeout, this, &DrillRunner::verifyPending);
    connect(m_prober, &DrillProber::probed, this, &DrillRunner::onProbe);
    m_eventsConnection = connect(&m_events, &EventBus::published, this, &DrillRunner::onEvent);
}

DrillRunner::~DrillRunner()
{
    stop();
}

void DrillRunner::stop()
{
    disconnect(m_eventsConnection);
    m_prober->stop();
    m_stopCheck.stop();
    m_endTimer.stop();
    m_verifyTimer.stop();
    m_persistTimer.stop();
}

QString DrillRunner::activeId() const
{
    if (m_active)
        return m_active->id;
    return m_recoverQueue.isEmpty() ? QString() : m_recoverQueue.constFirst();
}

// --- starting ---------------------------------------------------------------------------------

DrillRecord DrillRunner::start(const DrillRequest &request, const QString &actor)
{
    if (const QString id = activeId(); !id.isEmpty())
        throw ServiceError(ServiceError::Kind::Conflict,
            QStringLiteral("drill %1 is still running or restoring: one drill at a time (abort "
                           "it, or wait for its restore)")
                .arg(id),
            QStringLiteral("scenario"));
    DrillPreflight pre = preflight(request);
    if (!pre.refusals.isEmpty())
        throw ServiceError(ServiceError::Kind::Conflict,
            QStringLiteral("the preflight refuses this drill: %1")
                .arg(pre.refusals.join(QStringLiteral("; "))),
            QStringLiteral("preflight"));

    auto a = std::make_unique<Active>();
    a->created = m_now();
    a->id = newDrillId(a->created);
    a->request = request;
    a->request.dryRun = false;
    a->actor = actor;
    a->pods = pre.blastPods;
    a->preflight = pre;
    for (const auto &row : std::as_const(pre.districts))
        a->homePods.insert(row.district, row.fromPod);
    a->meter = std::make_unique<DrillMeter>(pre.blastPods, pre.districts, request.targets);
    planFaults(*a);
    m_active = std::move(a);

    QJsonObject details{{QStringLiteral("drill"), m_active->id},
        {QStringLiteral("request"), request.toJson()},
        {QStringLiteral("blast_pods"), QJsonArray::fromStringList(m_active->pods)}};
    if (request.force)
        details.insert(QStringLiteral("forced_in_school_time"), request.forceReason);
    try {
        auditStep(QStringLiteral("drill.start"), details, [this] {
            m_store.insert(
                m_active->id, DrillState::Running, m_active->created, record(*m_active).toJson());
            // The ledger before anything is applied: a crash from here on finds every fault.
            for (const DrillFault &f : std::as_const(m_active->ledger))
                m_store.putFault(m_active->id, f);
        });
    } catch (...) {
        m_active.reset();
        throw;
    }
    qCInfo(lcDrills).noquote() << "drill" << m_active->id << drillScenarioName(request.scenario)
                               << "on" << m_active->pods.join(QStringLiteral(", ")) << "by"
                               << actor;
    addStep({m_now(), 0, QStringLiteral("started"), {}, {},
        QStringLiteral("%1 drill on %2 for %3 s, started by %4")
            .arg(drillScenarioName(request.scenario), m_active->pods.join(QStringLiteral(", ")))
            .arg(request.durationS)
            .arg(actor)});
    m_active->faultMs = m_clock.elapsed();
    m_active->faultAt = m_now();
    applyNext();
    return record(*m_active);
}

void DrillRunner::planFaults(Active &a)
{
    const int expires
        = a.request.durationS + 300; // the agents clear it themselves if all else fails
    int seq = 0;
    for (const QString &podId : std::as_const(a.pods)) {
        const auto pod = m_pods.pod(podId);
        const auto addAgentFault
            = [&](const Replica &replica, QJsonObject spec, const QString &revert) {
                  spec.insert(QStringLiteral("duration_s"), expires);
                  DrillFault f;
                  f.seq = seq++;
                  f.kind = DrillFault::Kind::AgentFault;
                  f.pod = podId;
                  f.replica = replica.index;
                  f.instance = replica.instance;
                  f.spec = spec;
                  f.revert = revert;
                  a.ledger.append(f);
              };
        switch (a.request.scenario) {
        case DrillScenario::PodCrash:
        case DrillScenario::RegionOutage: {
            DrillFault hold;
            hold.seq = seq++;
            hold.kind = DrillFault::Kind::RestartHold;
            hold.pod = podId;
            hold.revert = QStringLiteral("release the restart hold: the fleet restarts the "
                                         "pod's replicas; verified when all run and pass probes");
            a.ledger.append(hold);
            const int n = a.request.replicas.value_or(int(pod->replicaStatus.size()));
            for (const Replica &r : pod->replicaStatus)
                if (r.index < n)
                    addAgentFault(r, {{QStringLiteral("mode"), QStringLiteral("crash")}},
                        QStringLiteral("none needed: the process exits; its replacement starts "
                                       "clean once the hold is released"));
            break;
        }
        case DrillScenario::PodHang:
            for (const Replica &r : pod->replicaStatus)
                addAgentFault(r, {{QStringLiteral("mode"), QStringLiteral("hang")}},
                    QStringLiteral("POST /faults {\"mode\":\"none\"}; verified by GET /faults"));
            break;
        case DrillScenario::Latency:
            for (const Replica &r : pod->replicaStatus)
                addAgentFault(r,
                    {{QStringLiteral("mode"), QStringLiteral("latency")},
                        {QStringLiteral("latency_ms"), a.request.latencyMs}},
                    QStringLiteral("POST /faults {\"mode\":\"none\"}; verified by GET /faults"));
            break;
        case DrillScenario::Errors:
            for (const Replica &r : pod->replicaStatus)
                addAgentFault(r,
                    {{QStringLiteral("mode"), QStringLiteral("errors")},
                        {QStringLiteral("error_rate"), a.request.errorRate}},
                    QStringLiteral("POST /faults {\"mode\":\"none\"}; verified by GET /faults"));
            break;
        }
    }
}

void DrillRunner::applyNext()
{
    if (!m_active || m_active->state != DrillState::Running)
        return;
    Active &a = *m_active;
    if (a.nextToApply >= a.ledger.size()) {
        faultsApplied();
        return;
    }
    DrillFault &f = a.ledger[a.nextToApply++];
    if (f.kind == DrillFault::Kind::RestartHold) {
        m_pods.setRestartHold(f.pod, true);
        f.state = DrillFault::State::Applied;
        f.appliedAt = m_now();
        putFault(f);
        applyNext();
        return;
    }
    const auto pod = m_pods.pod(f.pod);
    const auto replica = pod ? std::find_if(pod->replicaStatus.cbegin(), pod->replicaStatus.cend(),
                             [&](const Replica &r) { return r.instance == f.instance; })
                             : QList<Replica>::const_iterator();
    if (!pod || replica == pod->replicaStatus.cend()) {
        f.error = QStringLiteral("replica %1 of %2 is gone").arg(f.replica).arg(f.pod);
        putFault(f);
        beginRestore(QStringLiteral("fault_failed"), f.error);
        return;
    }
    const int seq = f.seq;
    m_faults->apply(*replica, f.spec, [this, seq](const AgentFaultClient::Result &result) {
        if (!m_active || m_active->state != DrillState::Running)
            return; // aborted meanwhile: the restore handles this row too
        DrillFault &f = m_active->ledger[seq];
        if (!result.ok) {
            f.error = result.error;
            putFault(f);
            beginRestore(QStringLiteral("fault_failed"),
                QStringLiteral("could not apply %1 on %2 replica %3: %4")
                    .arg(f.spec.value(QStringLiteral("mode")).toString(), f.pod)
                    .arg(f.replica)
                    .arg(result.error));
            return;
        }
        f.state = DrillFault::State::Applied;
        f.appliedAt = m_now();
        auditStep(QStringLiteral("drill.fault"),
            {{QStringLiteral("drill"), m_active->id}, {QStringLiteral("fault"), f.toJson()}},
            [&] { m_store.putFault(m_active->id, f); });
        applyNext();
    });
}

void DrillRunner::faultsApplied()
{
    Active &a = *m_active;
    addStep({m_now(), sinceFault(), QStringLiteral("fault_injected"), {}, {},
                QStringLiteral("%1 fault(s) applied to %2")
                    .arg(a.ledger.size())
                    .arg(a.pods.join(QStringLiteral(", ")))},
        true);
    QStringList districts;
    QHash<QString, QStringList> allowed;
    for (const auto &row : std::as_const(a.preflight.districts)) {
        districts.append(row.district);
        allowed.insert(row.district, m_routing.allowedPods(row.district));
    }
    m_prober->start(districts, allowed, sinceFault());
    m_stopCheck.start();
    m_endTimer.start(a.request.durationS * 1000);
}

// --- watching ---------------------------------------------------------------------------------

qint64 DrillRunner::sinceFault() const
{
    return m_active && m_active->faultMs >= 0 ? m_clock.elapsed() - m_active->faultMs : 0;
}

void DrillRunner::onEvent(const Event &event)
{
    if (!m_active || !m_active->meter)
        return;
    Active &a = *m_active;
    const qint64 t = sinceFault();
    QList<DrillStep> steps;
    if (const auto *e = std::get_if<PodHealthEvent>(&event.payload)) {
        const bool blast = a.pods.contains(e->pod);
        if (e->health != HealthState::Healthy && e->health != HealthState::Unknown) {
            if (blast)
                steps = a.meter->podDown(e->pod, t);
            else if (a.state == DrillState::Running && e->health == HealthState::Unhealthy)
                beginRestore(QStringLiteral("stop_condition"),
                    QStringLiteral("a real outage outside the blast radius: %1 is down")
                        .arg(e->pod));
        }
    } else if (const auto *e = std::get_if<RoutingChangedEvent>(&event.payload)) {
        if (a.state == DrillState::Running)
            steps = a.meter->routeChanged(e->district, e->from, e->to, t);
        checkFailback();
    } else if (const auto *e = std::get_if<RoutingFailClosedEvent>(&event.payload)) {
        if (a.state == DrillState::Running)
            steps = a.meter->routeChanged(e->district, e->from, QString(), t);
    }
    for (DrillStep &s : steps) {
        s.at = m_now();
        addStep(s);
    }
}

void DrillRunner::onProbe(const QString &district, qint64 sentMs, const QString &pod, bool ok,
    double latencyMs, bool allowed)
{
    if (!m_active || !m_active->meter)
        return;
    for (DrillStep &s : m_active->meter->probe(district, sentMs, pod, ok, latencyMs, allowed)) {
        s.at = m_now();
        addStep(s);
    }
}

void DrillRunner::checkStopConditions()
{
    if (!m_active || m_active->state != DrillState::Running)
        return;
    const Active &a = *m_active;
    if (a.meter->outOfZone() > 0) {
        beginRestore(QStringLiteral("stop_condition"),
            QStringLiteral("a probe was routed out of its district's zone (%1 time(s))")
                .arg(a.meter->outOfZone()));
        return;
    }
    // Unserved beyond the plan: the districts the preflight said fail closed were allowed
    // (max_unserved_districts); any other district failing closed counts.
    QSet<QString> planned;
    for (const auto &row : a.preflight.districts)
        if (row.failsClosed)
            planned.insert(row.district);
    const QList<RouteDecision> decisions = m_routing.decisions();
    const auto closed
        = std::count_if(decisions.cbegin(), decisions.cend(), [&planned](const RouteDecision &d) {
              return d.failClosed && !planned.contains(d.district);
          });
    const double percent = decisions.isEmpty() ? 0 : 100.0 * double(closed) / decisions.size();
    if (percent > a.request.maxUnservedPercent) {
        beginRestore(QStringLiteral("stop_condition"),
            QStringLiteral("%1 % of districts are unserved beyond the preflight's plan (%2 of "
                           "%3), over the %4 % allowed")
                .arg(qRound(percent))
                .arg(closed)
                .arg(decisions.size())
                .arg(a.request.maxUnservedPercent));
        return;
    }
    const qint64 t = sinceFault();
    if (t >= m_settings.graceMs) {
        const double rate = a.meter->failureRate(t, m_settings.failureWindowMs);
        if (rate > a.request.maxProbeFailureRate)
            beginRestore(QStringLiteral("stop_condition"),
                QStringLiteral("%1 % of synthetic probes failed in the last %2 s, over the %3 % "
                               "allowed")
                    .arg(qRound(rate * 100))
                    .arg(m_settings.failureWindowMs / 1000)
                    .arg(qRound(a.request.maxProbeFailureRate * 100)));
    }
}

DrillRecord DrillRunner::abort(const QString &id, const QString &actor)
{
    if (!m_active || m_active->id != id) {
        if (!m_store.find(id))
            throw ServiceError(ServiceError::Kind::NotFound,
                QStringLiteral("no drill '%1'").arg(id), QStringLiteral("id"));
        throw ServiceError(ServiceError::Kind::Conflict,
            QStringLiteral("drill %1 has already ended").arg(id), QStringLiteral("id"));
    }
    if (m_active->state == DrillState::Running)
        beginRestore(QStringLiteral("abort"), QStringLiteral("aborted by %1").arg(actor));
    return record(*m_active);
}

// --- restoring --------------------------------------------------------------------------------

void DrillRunner::beginRestore(const QString &kind, const QString &detail)
{
    if (!m_active || m_active->state != DrillState::Running)
        return;
    Active &a = *m_active;
    a.state = DrillState::Restoring;
    a.stopKind = kind;
    a.stopDetail = detail;
    a.restoreMs = m_clock.elapsed();
    // The probes go on until every fault is read back: a district that failed just before
    // the end is measured until it is served again.
    m_stopCheck.stop();
    m_endTimer.stop();
    if (kind == QLatin1String("abort") || kind == QLatin1String("stop_condition")
        || kind == QLatin1String("fault_failed")) {
        addStep({m_now(), sinceFault(), kind, {}, {}, detail});
        auditStep(kind == QLatin1String("abort") ? QStringLiteral("drill.abort")
                                                 : QStringLiteral("drill.stop"),
            {{QStringLiteral("drill"), a.id}, {QStringLiteral("why"), detail}});
    }
    addStep({m_now(), sinceFault(), QStringLiteral("restore_started"), {}, {},
                QStringLiteral("restoring: %1").arg(detail)},
        true);
    revertAll();
}

void DrillRunner::revertAll()
{
    Active &a = *m_active;
    // Agent faults first, then the restart holds: a crashed replica comes back only then.
    for (DrillFault &f : a.ledger) {
        if (f.kind != DrillFault::Kind::AgentFault || f.state == DrillFault::State::Verified)
            continue;
        const bool crash
            = f.spec.value(QStringLiteral("mode")).toString() == QLatin1String("crash");
        if (f.state == DrillFault::State::Planned && a.stopKind != QLatin1String("daemon_restarted")
            && a.nextToApply <= f.seq) {
            // Never sent. (After a crash we cannot know: it is cleared like an applied one.)
            f.state = DrillFault::State::Verified;
            f.verification = QStringLiteral("never applied");
            f.verifiedAt = m_now();
            putFault(f);
            continue;
        }
        if (crash) {
            f.state = DrillFault::State::Reverted;
            f.revertedAt = m_now();
            putFault(f);
            continue;
        }
        const auto pod = m_pods.pod(f.pod);
        if (!pod)
            continue;
        for (const Replica &r : pod->replicaStatus) {
            if (r.instance != f.instance)
                continue;
            const int seq = f.seq;
            m_faults->apply(r, {{QStringLiteral("mode"), QStringLiteral("none")}},
                [this, seq](const AgentFaultClient::Result &result) {
                    if (!m_active || seq >= m_active->ledger.size())
                        return;
                    DrillFault &f = m_active->ledger[seq];
                    if (!result.ok) {
                        f.error = result.error; // verifyPending tries again
                        return;
                    }
                    if (f.state != DrillFault::State::Verified) {
                        f.state = DrillFault::State::Reverted;
                        f.revertedAt = m_now();
                        putFault(f);
                    }
                });
        }
    }
    for (DrillFault &f : a.ledger) {
        if (f.kind != DrillFault::Kind::RestartHold || f.state == DrillFault::State::Verified)
            continue;
        m_pods.setRestartHold(f.pod, false);
        f.state = DrillFault::State::Reverted;
        f.revertedAt = m_now();
        putFault(f);
    }
    m_verifyTimer.start();
    verifyPending();
}

void DrillRunner::verifyPending()
{
    if (!m_active || m_active->state != DrillState::Restoring)
        return;
    Active &a = *m_active;
    bool allVerified = true;
    for (DrillFault &f : a.ledger) {
        if (f.state == DrillFault::State::Verified || f.state == DrillFault::State::RevertFailed)
            continue;
        allVerified = false;
        const auto pod = m_pods.pod(f.pod);
        if (!pod) {
            f.state = DrillFault::State::Verified;
            f.verification = QStringLiteral("the pod was deleted meanwhile");
            f.verifiedAt = m_now();
            putFault(f);
            continue;
        }
        const bool crash
            = f.spec.value(QStringLiteral("mode")).toString() == QLatin1String("crash");
        const auto markVerified = [&](const QString &how) {
            f.state = DrillFault::State::Verified;
            f.verification = how;
            f.verifiedAt = m_now();
            f.error.clear();
            auditStep(QStringLiteral("drill.revert"),
                {{QStringLiteral("drill"), a.id}, {QStringLiteral("fault"), f.toJson()}},
                [&] { m_store.putFault(a.id, f); });
            addStep({m_now(), sinceFault(), QStringLiteral("reverted"), {}, f.pod,
                QStringLiteral("%1 on %2%3 reverted and read back: %4")
                    .arg(f.kind == DrillFault::Kind::RestartHold
                            ? QStringLiteral("restart hold")
                            : f.spec.value(QStringLiteral("mode")).toString(),
                        f.pod,
                        f.replica >= 0 ? QStringLiteral(" replica %1").arg(f.replica) : QString(),
                        how)});
        };
        if (f.kind == DrillFault::Kind::RestartHold || crash) {
            const bool full = !m_pods.restartHeld(f.pod)
                && pod->replicaStatus.size() == pod->replicas
                && std::all_of(pod->replicaStatus.cbegin(), pod->replicaStatus.cend(),
                    [](const Replica &r) { return r.health == HealthState::Healthy; });
            if (full)
                markVerified(QStringLiteral("%1 of %2 replicas run and pass their probes")
                                 .arg(pod->replicaStatus.size())
                                 .arg(pod->replicas));
            continue;
        }
        // Agent faults: read GET /faults back from the replica now at that index.
        for (const Replica &r : pod->replicaStatus) {
            if (r.index != f.replica)
                continue;
            const int seq = f.seq;
            const QString instance = r.instance;
            m_faults->read(r, [this, seq, instance](const AgentFaultClient::Result &result) {
                if (!m_active || m_active->state != DrillState::Restoring
                    || seq >= m_active->ledger.size())
                    return;
                DrillFault &f = m_active->ledger[seq];
                if (f.state == DrillFault::State::Verified)
                    return;
                const QString mode = result.body.value(QStringLiteral("mode")).toString();
                if (!result.ok) {
                    f.error = result.error;
                    return;
                }
                if (mode != QLatin1String("none")) {
                    // Still armed (the revert was lost): send it again.
                    const auto pod = m_pods.pod(f.pod);
                    for (const Replica &r : pod ? pod->replicaStatus : QList<Replica>())
                        if (r.instance == instance)
                            m_faults->apply(r, {{QStringLiteral("mode"), QStringLiteral("none")}},
                                [](const AgentFaultClient::Result &) {});
                    return;
                }
                f.state = DrillFault::State::Verified;
                f.verification = instance == f.instance
                    ? QStringLiteral("GET /faults on %1 answers mode none").arg(instance)
                    : QStringLiteral("the replica was replaced (%1); GET /faults answers mode none")
                          .arg(instance);
                f.verifiedAt = m_now();
                f.error.clear();
                auditStep(QStringLiteral("drill.revert"),
                    {{QStringLiteral("drill"), m_active->id},
                        {QStringLiteral("fault"), f.toJson()}},
                    [&] { m_store.putFault(m_active->id, f); });
                addStep({m_now(), sinceFault(), QStringLiteral("reverted"), {}, f.pod,
                    QStringLiteral("%1 on %2 replica %3 reverted and read back: %4")
                        .arg(f.spec.value(QStringLiteral("mode")).toString(), f.pod)
                        .arg(f.replica)
                        .arg(f.verification)});
            });
        }
    }
    if (allVerified) {
        if (a.restoredMs < 0) {
            a.restoredMs = m_clock.elapsed();
            m_prober->stop();
            addStep({m_now(), sinceFault(), QStringLiteral("restored"), {}, {},
                        QStringLiteral("every fault reverted and read back, %1 ms after the "
                                       "restore began")
                            .arg(a.restoredMs - a.restoreMs)},
                true);
            a.failbackDeadlineMs = m_clock.elapsed() + m_settings.failbackWaitMs;
        }
        checkFailback();
        return;
    }
    if (m_clock.elapsed() - a.restoreMs > m_settings.verifyTimeoutMs) {
        for (DrillFault &f : a.ledger)
            if (f.state != DrillFault::State::Verified) {
                f.state = DrillFault::State::RevertFailed;
                if (f.error.isEmpty())
                    f.error = QStringLiteral("not read back within %1 s")
                                  .arg(m_settings.verifyTimeoutMs / 1000);
                putFault(f);
            }
        finish();
    }
}

void DrillRunner::checkFailback()
{
    if (!m_active || m_active->state != DrillState::Restoring || m_active->restoredMs < 0)
        return;
    Active &a = *m_active;
    bool home = true;
    for (auto it = a.homePods.cbegin(); it != a.homePods.cend(); ++it) {
        try {
            if (m_routing.decision(it.key()).pod != it.value())
                home = false;
        } catch (const std::exception &) { }
    }
    if (home) {
        a.failbackDone = true;
        addStep({m_now(), sinceFault(), QStringLiteral("failback_done"), {}, {},
            QStringLiteral("every affected district is back on its own pod")});
        finish();
    } else if (m_clock.elapsed() > a.failbackDeadlineMs) {
        addStep({m_now(), sinceFault(), QStringLiteral("failback_pending"), {}, {},
            QStringLiteral("some districts were not back on their own pods within %1 s")
                .arg(m_settings.failbackWaitMs / 1000)});
        finish();
    }
}

void DrillRunner::finish()
{
    Active &a = *m_active;
    m_verifyTimer.stop();
    m_prober->stop();
    const bool restored = std::all_of(a.ledger.cbegin(), a.ledger.cend(),
        [](const DrillFault &f) { return f.state == DrillFault::State::Verified; });
    const QList<DrillDistrictResult> results
        = a.meter ? a.meter->results() : QList<DrillDistrictResult>();
    const bool residencyHeld = !a.meter || a.meter->outOfZone() == 0;
    const bool targetsMet = std::all_of(results.cbegin(), results.cend(),
        [](const DrillDistrictResult &r) { return r.meetsTargets; });
    if (!restored || !residencyHeld)
        a.state = DrillState::Failed;
    else if (a.stopKind != QLatin1String("end"))
        a.state = DrillState::Interrupted;
    else
        a.state = targetsMet ? DrillState::Succeeded : DrillState::Failed;
    a.finished = m_now();
    const QString summary
        = QStringLiteral("%1: %2; residency %3; restore %4")
              .arg(drillStateName(a.state), a.stopDetail,
                  residencyHeld ? QStringLiteral("held") : QStringLiteral("VIOLATED"),
                  restored ? QStringLiteral("verified") : QStringLiteral("NOT verified"));
    addStep({m_now(), sinceFault(), QStringLiteral("finished"), {}, {}, summary});
    try {
        auditStep(QStringLiteral("drill.finish"),
            {{QStringLiteral("drill"), a.id}, {QStringLiteral("outcome"), drillStateName(a.state)},
                {QStringLiteral("summary"), summary}},
            [&] { m_store.update(a.id, a.state, record(a).toJson()); });
    } catch (const std::exception &e) {
        qCCritical(lcDrills) << "cannot record the end of drill" << a.id << ":" << e.what();
    }
    qCInfo(lcDrills).noquote() << "drill" << a.id << summary;
    m_persistTimer.stop();
    m_active.reset();
    if (!m_recoverQueue.isEmpty())
        m_recoverQueue.removeFirst();
    if (!m_recoverQueue.isEmpty())
        QTimer::singleShot(0, this, &DrillRunner::recover);
}

// --- after a crash ----------------------------------------------------------------------------

void DrillRunner::recover()
{
    if (m_active)
        return;
    if (m_recoverQueue.isEmpty())
        m_recoverQueue = m_store.unfinished();
    if (m_recoverQueue.isEmpty())
        return;
    const QString id = m_recoverQueue.constFirst();
    auto a = std::make_unique<Active>();
    a->id = id;
    a->state = DrillState::Running;
    // The ledger alone is enough to restore; the record adds what the report shows.
    try {
        a->ledger = m_store.faults(id);
    } catch (const std::exception &e) {
        qCCritical(lcDrills) << "the ledger of drill" << id << "cannot be read back:" << e.what();
    }
    try {
        if (const auto body = m_store.find(id)) {
            const DrillRecord r = DrillRecord::fromJson(*body);
            a->request = r.request;
            a->actor = r.actor;
            a->created = r.created;
            a->faultAt = r.faultAt;
            a->pods = r.pods;
            a->preflight = r.preflight;
            a->priorTimeline = r.timeline;
            a->priorDistricts = r.districts;
            a->priorMeasurements = r.measurements;
            for (const auto &row : std::as_const(r.preflight.districts))
                a->homePods.insert(row.district, row.fromPod);
        }
    } catch (const std::exception &e) {
        qCCritical(lcDrills) << "the record of drill" << id << "cannot be read back:" << e.what();
    }
    a->nextToApply = int(a->ledger.size());
    m_active = std::move(a);
    qCWarning(lcDrills) << "drill" << id << "was left open by the last run: restoring it";
    // Its faults are in the ledger; apply none, revert all (an applied or perhaps applied one).
    m_active->faultMs = m_clock.elapsed();
    beginRestore(QStringLiteral("daemon_restarted"),
        QStringLiteral("the daemon stopped during the drill; restored at its next start"));
}

// --- recording --------------------------------------------------------------------------------

void DrillRunner::addStep(DrillStep step, bool persistNow)
{
    Active &a = *m_active;
    a.timeline.append(step);
    m_events.publish(DrillProgressEvent{a.id, a.request.scenario, a.state, step.kind, step.tMs,
        step.district, step.pod, step.detail});
    // Every step reaches the store (a restart keeps the timeline up to its crash), the
    // decisive ones at once, the others coalesced.
    if (persistNow)
        persist();
    else if (!m_persistTimer.isActive())
        m_persistTimer.start();
}

void DrillRunner::persist()
{
    try {
        m_store.update(m_active->id, m_active->state, record(*m_active).toJson());
    } catch (const std::exception &e) {
        qCWarning(lcDrills) << "cannot store drill" << m_active->id << ":" << e.what();
    }
}

void DrillRunner::putFault(const DrillFault &fault)
{
    try {
        m_store.putFault(m_active->id, fault);
    } catch (const std::exception &e) {
        qCCritical(lcDrills) << "cannot store a ledger row of drill" << m_active->id << ":"
                             << e.what();
    }
}

void DrillRunner::auditStep(
    const QString &action, const QJsonObject &details, const std::function<void()> &alsoCommit)
{
    AuditRecord r;
    r.actor = m_active && !m_active->actor.isEmpty() && action == QLatin1String("drill.start")
        ? m_active->actor
        : kDrillActor;
    r.action = action;
    r.details = details;
    m_audit.append(r, alsoCommit);
}
