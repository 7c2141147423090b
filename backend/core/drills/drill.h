#pragma once

#include "backend/core/drills/drillrequest.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/** Where a drill is. Wire names: running, restoring, succeeded, interrupted, failed, refused.
 *  Interrupted: an operator abort or a stop condition ended it early (and it was restored);
 *  failed: it ran, but a target was missed, residency did not hold or a revert did not verify. */
enum class DrillState { Running, Restoring, Succeeded, Interrupted, Failed, Refused };

QString drillStateName(DrillState state);
std::optional<DrillState> drillStateFromName(const QString &name);
inline bool isFinished(DrillState s)
{
    return s != DrillState::Running && s != DrillState::Restoring;
}

/**
 * One row of a drill's ledger: a fault, written before it is applied with how to revert it,
 * then marked applied, reverted and verified (read back from the agent or the fleet).
 * Wire shape: {"seq", "kind", "pod", "replica", "instance", "spec", "state", "revert",
 * "verification", "error", "applied_at", "reverted_at", "verified_at"}.
 */
struct DrillFault
{
    enum class Kind {
        AgentFault, // POST /faults on one replica's agent (spec); reverted with mode "none"
        RestartHold, // the fleet does not restart the pod's replicas; reverted by releasing it
    };
    enum class State { Planned, Applied, Reverted, Verified, RevertFailed };

    int seq = 0;
    Kind kind = Kind::AgentFault;
    QString pod;
    int replica = -1; // -1: the whole pod
    QString instance; // the replica's instance when the fault was planned
    QJsonObject spec; // AgentFault: the POST /faults body
    State state = State::Planned;
    QString revert; // how it is undone, for people
    QString verification; // what the read-back found
    QString error;
    QDateTime appliedAt;
    QDateTime revertedAt;
    QDateTime verifiedAt;

    static QString kindName(Kind kind);
    static QString stateName(State state);
    QJsonObject toJson() const;
    /** Strict; throws ValidationError naming the field (a ledger row read back after a crash). */
    static DrillFault fromJson(const QJsonObject &json);
    bool operator==(const DrillFault &) const = default;
};

/** One timeline entry: {"at", "t_ms", "kind", "district", "pod", "detail"}; t_ms is the time
 *  since the fault was injected (negative before it). Kinds: preflight, fault_injected,
 *  first_failed_probe, detected, rerouted, fail_closed, first_good_probe, stop_condition,
 *  abort, outage_outside, restore_started, reverted, restored, failback_done, finished. */
struct DrillStep
{
    QDateTime at;
    qint64 tMs = 0;
    QString kind;
    QString district;
    QString pod;
    QString detail;

    QJsonObject toJson() const;
};

/** What the preflight (dry run) found: where each district's traffic goes when the blast
 *  radius is down, who fails closed and why, each pod's load after the move, and whether the
 *  drill may run. */
struct DrillPreflight
{
    struct District
    {
        QString district;
        QString fromPod; // today's pod ("" when it already fails closed)
        QString toPod; // with the blast radius down ("" when it fails closed)
        QString toRegion;
        bool failsClosed = false;
        QString why; // fail closed: the reasons and the fixes, in words
        bool inSession = false; // the drill's window overlaps its school hours
        QString session; // which
    };
    struct PodLoad
    {
        QString pod;
        double utilizationBefore = 0; // measured load / serving capacity
        double utilizationAfter = 0; // with the moved districts' load added
        bool overCapacity = false;
    };

    QStringList blastPods;
    QList<District> districts; // every district whose traffic the blast radius touches
    QList<PodLoad> pods; // every pod that serves an affected district after the move
    QStringList noDrCopy; // districts whose data has no DR copy in an allowed place
    QString drStatus; // a sentence on DR replication (none yet: said plainly)
    QStringList refusals; // why the drill may not run; empty: it may
    QStringList warnings;

    int failClosedCount() const;
    QJsonObject toJson() const;
};

/** Per district: what the synthetic probes and the fleet's events measured. Times are since
 *  the fault; -1 when it did not happen. */
struct DrillDistrictResult
{
    QString district;
    QString fromPod;
    QString expectedPod; // what the preflight said ("" = fail closed)
    QString toPod; // where its traffic went during the drill ("" = failed closed)
    bool failedClosed = false;
    qint64 detectionMs = -1; // its pod marked down
    qint64 rerouteMs = -1; // its route left the faulted pod
    qint64 firstFailedProbeMs = -1;
    qint64 rtoMs = -1; // first failed probe → first good probe after it (0: never failed)
    int probes = 0;
    int failedProbes = 0;
    int slowProbes = 0;
    int outOfZone = 0; // probes routed to a pod its policy does not allow: must be 0
    bool asPredicted = true; // it went where the preflight said
    bool meetsTargets = true;

    QJsonObject toJson() const;
};
