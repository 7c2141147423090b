#pragma once

#include "backend/core/drills/drill.h"
#include "backend/core/drills/drillmeter.h"
#include "backend/core/drills/drillrecord.h"
#include "backend/core/event.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class AgentFaultClient;
class AuditLog;
class ComputeProvider;
class DrillProber;
class DrillStore;
class EventBus;
class PodManager;
class RoutingTable;
struct Principal;

/** Tunables of drills (config `drills.*`). */
struct DrillSettings
{
    int probeIntervalMs = 200;
    int probeTimeoutMs = 1000;
    int stopCheckMs = 250;
    int graceMs = 10'000; // the probe failure-rate stop condition waits this long after the fault
    int failureWindowMs = 10'000;
    int verifyTimeoutMs = 60'000; // a revert not read back by then fails the drill
    int failbackWaitMs = 60'000; // after the restore, wait this long for traffic to come home
};

/**
 * Runs failover drills on the real fleet (DESIGN.md: DrillRunner). One at a time. Every fault
 * goes through the compute provider's agents (POST /faults) and the pod manager (restarts
 * held), and is written to the drill's ledger before it is applied; abort, a stop condition,
 * the drill's end and a restart after a crash all restore through one path, which reverts each
 * fault and reads it back before the drill ends. Every step is an event (drill.progress) and
 * the decisive ones audit records. Input errors throw ValidationError; refusals ServiceError.
 */
class DrillRunner : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrillRunner)

public:
    DrillRunner(PodManager &pods, RoutingTable &routing, ComputeProvider &provider,
        EventBus &events, AuditLog &audit, DrillStore &store, DrillSettings settings = {},
        QObject *parent = nullptr);
    ~DrillRunner() override;

    /** The wall clock school calendars are read on (tests set a fixed time). */
    void setWallClock(std::function<QDateTime()> now) { m_now = std::move(now); }
    /** Which of the districts given have data without a DR copy in an allowed place, and a
     *  sentence on DR for the preflight (DR replication, issue #24). Unset: no DR at all. */
    using DrCheck = std::function<QStringList(const QStringList &districts, QString *status)>;
    void setDrCheck(DrCheck check) { m_drCheck = std::move(check); }
    /** Finishes the restore of drills a previous run left open (a crash mid-drill); until it
     *  is done, no drill starts. */
    void recover();
    /** Stops probes and timers (daemon shutdown). Faults stay in the ledger for recover(). */
    void stop();

    /** What @p request would do (changes nothing). Throws ValidationError for an unknown pod
     *  or region, naming the field. */
    DrillPreflight preflight(const DrillRequest &request) const;
    /** Starts a drill: returns its record (state running). Throws ServiceError(Conflict) when
     *  one runs or a restore is pending, or when the preflight refuses it. */
    DrillRecord start(const DrillRequest &request, const QString &actor);
    /** Aborts the running drill @p id: restores at once. Throws ServiceError(NotFound) for an
     *  unknown id, (Conflict) when it already ended. Returns its record. */
    DrillRecord abort(const QString &id, const QString &actor);

    /** The drill's record as @p viewer may see it, or nothing. */
    std::optional<DrillRecord> find(const QString &id, const Principal &viewer) const;
    /** History, newest first, with the total count. */
    QList<DrillRecord> list(int offset, int limit, const Principal &viewer, int *total) const;
    /** Id of the drill running or restoring, or "". */
    QString activeId() const;

private:
    struct Active;

    QStringList resolveBlast(const DrillRequest &request) const;
    void planFaults(Active &a);
    void applyNext();
    void faultsApplied();
    void onEvent(const Event &event);
    void onProbe(const QString &district, qint64 sentMs, const QString &pod, bool ok,
        double latencyMs, bool allowed);
    void checkStopConditions();
    void beginRestore(const QString &kind, const QString &detail);
    void revertAll();
    void verifyPending();
    void checkFailback();
    void finish();
    qint64 sinceFault() const;
    void addStep(DrillStep step, bool persist = false);
    void putFault(const DrillFault &fault);
    void auditStep(const QString &action, const QJsonObject &details,
        const std::function<void()> &alsoCommit = {});
    DrillRecord record(const Active &a) const;
    void persist();

    PodManager &m_pods;
    RoutingTable &m_routing;
    ComputeProvider &m_provider;
    EventBus &m_events;
    AuditLog &m_audit;
    DrillStore &m_store;
    DrillSettings m_settings;
    std::function<QDateTime()> m_now;
    DrCheck m_drCheck;
    AgentFaultClient *m_faults;
    DrillProber *m_prober;
    QTimer m_stopCheck;
    QTimer m_endTimer;
    QTimer m_verifyTimer;
    QTimer m_persistTimer; // steps in a burst are stored together
    QElapsedTimer m_clock; // monotonic ms for the measurements
    std::unique_ptr<Active> m_active;
    QStringList m_recoverQueue;
    QMetaObject::Connection m_eventsConnection;
};
