#pragma once

// Private to the DrillRunner sources: the state of the drill running or restoring.

#include "backend/services/drillrunner.h"

struct DrillRunner::Active
{
    QString id;
    DrillRequest request;
    QString actor;
    DrillState state = DrillState::Running;
    QDateTime created;
    QDateTime faultAt;
    QDateTime finished;
    qint64 faultMs = -1; // m_clock time when the faults began
    qint64 restoreMs = -1;
    qint64 restoredMs = -1;
    DrillPreflight preflight;
    QStringList pods;
    QList<DrillFault> ledger;
    QList<DrillStep> timeline;
    // A drill recovered after a crash: what was stored before it.
    QList<DrillStep> priorTimeline;
    QList<DrillDistrictResult> priorDistricts;
    std::optional<DrillMeasurements> priorMeasurements;
    std::unique_ptr<DrillMeter> meter;
    QHash<QString, QString> homePods; // district → its pod before the drill
    int nextToApply = 0;
    QString stopKind; // "", "end", "abort", "stop_condition", "fault_failed", "daemon_restarted"
    QString stopDetail;
    bool failbackDone = false;
    qint64 failbackDeadlineMs = -1;
};
