#pragma once

#include "backend/core/drills/drill.h"
#include "backend/core/eventtype.h"

#include <QJsonObject>
#include <QString>

/** drill.progress: {drill, scenario, state, kind, t_ms, district, pod, detail} — one step of a
 *  drill's timeline (kind: DrillStep's kinds, plus "started" and "finished"), with the drill's
 *  state after it. district: "" for a step about the whole drill; t_ms: since the fault. */
struct DrillProgressEvent
{
    static constexpr EventType kType = EventType::DrillProgress;
    QString drill;
    DrillScenario scenario = DrillScenario::PodCrash;
    DrillState state = DrillState::Running;
    QString kind;
    qint64 tMs = 0;
    QString district;
    QString pod;
    QString detail;

    QJsonObject toJson() const;
    /** Strict: unknown keys, an unknown scenario or state refused. */
    static DrillProgressEvent fromJson(const QJsonObject &json);
    bool operator==(const DrillProgressEvent &) const = default;
    /** True for the steps the daemon also writes to the audit chain: started, fault_applied,
     *  reverted, stop_condition, abort, finished (not the measurements in between). */
    bool audited() const;
};
