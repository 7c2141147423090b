#pragma once

#include "backend/core/routing/podcandidacy.h"
#include "backend/core/routing/route.h"
#include "backend/core/routing/routedecision.h"
#include "backend/core/routing/routeplanner.h"
#include "backend/core/routing/routereason.h"
#include "backend/core/routing/routingdistrict.h"
#include "backend/core/routing/routingoverride.h"
#include "backend/core/routing/routingpod.h"

#include "backend/core/clock.h"
#include "backend/core/routing/failbackramp.h"
#include "backend/core/routing/loadguard.h"
#include "backend/services/overrideservice.h"
#include "backend/services/podchange.h"
#include <QDateTime>
#include <QElapsedTimer>

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

class AuditLog;
class EventBus;
class PodManager;
class PolicyService;
class ResidencyService;

/** Tunables of the routing table (config `routing.*`). */
struct RoutingTableSettings
{
    RoutingSettings planner;
    int holdDownMs = 5000; // a recovered pod takes no traffic back for this long
    int failbackMs = 30000; // then its share in failbackShares' steps over this period
    QList<double> failbackShares{0.1, 0.5, 1.0}; // increasing, ending at 1.0
    LoadGuardSettings load; // overload and outlier ejection from measured load
    int latencyMaxAgeMs = 60000; // a measured round trip not refreshed this long lapses
    double latencySmoothing = 0.2; // weight of a new measurement in the moving average
};

/** Where one district's traffic goes when some pods are down (RoutingTable::whatIf). */
struct RouteWhatIf
{
    QString district;
    QList<RouteDecision::Weight> before; // today's split, by pod id
    QList<RouteDecision::Weight> after; // with the pods down; empty: it fails closed
    QString toRegion; // of after's first pod
    QStringList allowedPods; // every pod its residency policy allows, in rank order
    bool failsClosed() const { return after.isEmpty(); }
};

/** One pod's load as the last scrape round measured it (CapacityMonitor's figures). */
struct MeasuredLoad
{
    QString pod;
    double rps = 0;
    double capacityRps = 0;
    double errorRate = 0; // 5xx share
};

/**
 * The precomputed district → pod table. Residency is judged (RoutePlanner::judge) when the
 * policy, a consent, the districts or the set of pods change; routes are re-planned only for
 * the districts a pod's state change can affect (those the pod is allowed for) on every health,
 * drain or capacity change. Each change bumps the table version, is published on the event bus
 * (routing.changed, routing.fail_closed once per episode, routing.restored) and a change of a
 * district's pod is audited. A recovered pod is held down, then fails back gradually.
 */
class RoutingTable : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoutingTable)

public:
    RoutingTable(PodManager &pods, PolicyService &policy, ResidencyService &residency,
        EventBus &events, AuditLog &audit, OverrideService &overrides,
        RoutingTableSettings settings = {}, const Clock *clock = nullptr,
        QObject *parent = nullptr);

    /** Builds the whole table and starts following the fleet, policy and consents. */
    void start();
    /** Stops following the fleet (daemon shutdown); the table stays as it is. */
    void stop();

    /** The decision for @p districtId; throws ServiceError(NotFound, "district"). */
    RouteDecision decision(const QString &districtId) const;
    /** Every district's decision, in fleet order. */
    QList<RouteDecision> decisions() const;
    /** District ids in fleet order. */
    QStringList districtIds() const;
    qint64 version() const { return m_version; }

    /** Puts @p request (from RoutingOverride::fromRequest) in force for @p actor, stored and
     *  audited with each district's pod before and after. Throws ServiceError: NotFound for an
     *  unknown district, region or target; Forbidden naming the residency rule when the target
     *  is not allowed for a district; Conflict when it would leave a district without a healthy
     *  allowed pod while one exists (the safety rule), or when a region scope serves nothing. */
    RoutingOverride addOverride(RoutingOverride request, const QString &actor);
    /** Ends override @p id (audited); throws ServiceError(NotFound, "id"). */
    void removeOverride(const QString &id, const QString &actor);
    /** The overrides in force, oldest first. */
    const QList<RoutingOverride> &overrides() const { return m_overrides.active(); }
    const RoutingTableSettings &settings() const { return m_settings; }

    /** One scrape round's measured load: a pod that fills up, or answers mostly errors, is
     *  taken out (LoadGuard's hysteresis) while another allowed pod can serve, and comes back
     *  by itself. Pods not listed keep their state. */
    void applyLoad(const QList<MeasuredLoad> &load);

    /** A client round trip from @p districtId to @p podId, measured on the traffic path, in
     *  ms. Kept per district and pod as a moving average; when it moves the pod into another
     *  latency band (RoutePlanner::latencyBand) the district is ranked again (reason
     *  "latency"). A pair not measured for latencyMaxAgeMs lapses and is ranked by distance
     *  again, so a pod that was slow, and so lost its traffic, gets another try. */
    void recordLatency(const QString &districtId, const QString &podId, double ms);
    /** For each district with traffic on one of @p downPods now: its split today and with
     *  them down (unhealthy), planned by the same planner on today's pod states. Changes
     *  nothing: the preflight of a drill. */
    QList<RouteWhatIf> whatIf(const QSet<QString> &downPods) const;
    /** The pods @p districtId's residency policy allows, in rank order (empty if unknown). */
    QStringList allowedPods(const QString &districtId) const;
    /** A pod's load in the last scrape round (rps; 0 when not measured). */
    double measuredRps(const QString &podId) const { return m_measuredRps.value(podId); }

    /** The measured round trip of @p districtId to @p podId in force (ms), or -1. */
    double measuredLatency(const QString &districtId, const QString &podId) const;

Q_SIGNALS:
    /** The table changed: the version and the districts whose decision changed. */
    void changed(qint64 version, const QSet<QString> &districts);

private:
    struct Entry
    {
        RoutingDistrict district;
        QList<PodCandidacy> candidacies;
        Route route;
        RouteDecision decision;
        bool alerted = false; // a fail_closed alert was raised for the current episode
    };

    struct LatencySample
    {
        double averageMs = 0;
        double serveMs = 0; // averageMs less the network's modeled share (1 ms per 100 km)
        qint64 atMs = 0; // m_clock time of the last measurement
    };

    void rejudge(RouteReason reason);
    /** Judges entry @p index again (its candidacies and reverse-index rows) and re-plans it. */
    void rejudgeEntry(int index, RouteReason reason);
    RoutePlanner::MeasuredLatency measuredFor(const QString &districtId) const;
    /** Median serving time over every fresh measurement (RoutePlanner::kDefaultServeMs
     *  without any): what an unmeasured pod is assumed to take. */
    double typicalServeMs() const;
    void lapseLatencies();
    /** Applies one pod's change: that pod's view, and the districts allowed on it. */
    void podChanged(const PodChange &change);
    /** Rebuilds the views of @p podIds and re-plans the districts whose pods changed. */
    void refreshPods(const QSet<QString> &podIds);
    void consentsChanged(const QString &districtId);
    /** Re-plans @p districts (indices); publishes, audits and signals what changed. */
    // changedPods: the pods whose state alone changed, so routes may be patched (see
    // RoutePlanner::patch); empty to plan every district afresh.
    void replan(
        const QSet<int> &districts, RouteReason trigger, const QList<int> &changedPods = {});
    QList<RoutingPod> currentPods();
    /** @p pod as routing sees it at @p now (advancing its failback ramp when a step is due). */
    RoutingPod routingPod(const struct Pod &pod, qint64 now);
    void scheduleRampStep();
    void scheduleConsentExpiry();
    /** The entry indices of @p districts (unknown ones skipped). */
    QSet<int> entriesOf(const QStringList &districts) const;
    /** The override in force for @p districtId (the newest covering it), or nullptr. */
    const RoutingOverride *overrideFor(const QString &districtId) const;
    /** @p entry's route under @p override (nullptr: none), and whether the override applied
     *  (false when its target has no available allowed pod: planned as without it). With
     *  @p changedPods (only their state changed) the entry's route is patched when it can be. */
    std::pair<Route, bool> planWith(const Entry &entry, const RoutingOverride *override,
        const QList<int> &changedPods = {}) const;
    RoutingDistrict routingDistrict(const struct District &district) const;
    RouteReason changeReason(
        const Route &before, const Route &after, RouteReason trigger, bool wasAlerted) const;

    PodManager &m_pods;
    PolicyService &m_policy;
    ResidencyService &m_residency;
    EventBus &m_events;
    AuditLog &m_audit;
    OverrideService &m_overrides;
    RoutingTableSettings m_settings;
    RoutePlanner m_planner;

    QList<RoutingPod> m_routingPods;
    QList<Entry> m_entries;
    QHash<QString, int> m_entryByDistrict;
    QList<QList<int>> m_districtsByPod; // pod index → entries it is allowed for
    FailbackRamp m_ramp; // hold-down and failback of recovered pods
    QHash<QString, LoadGuard> m_loadGuards; // by pod id
    QHash<QString, double> m_measuredRps; // by pod id, the last round's
    SteadyClock m_ownClock;
    const Clock &m_clock; // every hold-down, ramp, ejection and lapse is timed on this
    QTimer m_rampTimer;
    QTimer m_expiryTimer;
    QTimer m_latencyTimer; // lapses old measurements
    QHash<QString, QHash<QString, LatencySample>> m_latency; // district → pod → sample
    qint64 m_version = 0;
    bool m_started = false;
};
