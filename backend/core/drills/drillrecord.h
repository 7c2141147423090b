#pragma once

#include "backend/core/drills/drill.h"

#include <QJsonObject>

#include <optional>

/** A drill's figures over every affected district (GET /drills/{id} "measurements"). */
struct DrillMeasurements
{
    int probes = 0;
    int failedProbes = 0;
    int outOfZone = 0;
    int failedClosed = 0;
    qint64 worstRtoMs = 0;
    qint64 restoreMs = -1; // restore began → every fault read back; -1 while not done
    DrillTargets targets;

    QJsonObject toJson() const;
    static DrillMeasurements fromJson(const QJsonObject &json);
    bool operator==(const DrillMeasurements &) const = default;
};

/** Did residency hold, was every fault read back reverted, is traffic home again. */
struct DrillVerdicts
{
    bool residencyHeld = true;
    bool restoreVerified = false;
    bool failbackDone = false;

    QJsonObject toJson() const;
    static DrillVerdicts fromJson(const QJsonObject &json);
    bool operator==(const DrillVerdicts &) const = default;
};

/**
 * One drill as GET /drills/{id} shows it (docs/api.md, Drills); GET /drills lists the same
 * without timeline, ledger, preflight and districts, which parse as empty then. Strict
 * fromJson (ValidationError naming the field), for the console and a restart's recovery.
 */
struct DrillRecord
{
    QString id;
    DrillState state = DrillState::Running;
    DrillRequest request;
    QString actor;
    QDateTime created;
    QDateTime faultAt;
    QDateTime finished;
    QStringList pods; // the blast radius
    DrillPreflight preflight;
    QString stopKind; // end, abort, stop_condition, fault_failed, daemon_restarted; "" running
    QString stopDetail;
    QList<DrillStep> timeline;
    QList<DrillFault> ledger;
    QList<DrillDistrictResult> districts;
    std::optional<DrillMeasurements> measurements;
    std::optional<DrillVerdicts> verdicts;

    QJsonObject toJson() const;
    /** Without timeline, ledger, preflight and districts (a history row). */
    QJsonObject summaryJson() const;
    static DrillRecord fromJson(const QJsonObject &json);
};

/** Parses a preflight ("preflight" of a dry run or a record); strict. */
DrillPreflight drillPreflightFromJson(const QJsonObject &json, const QString &prefix = {});
DrillStep drillStepFromJson(const QJsonObject &json, const QString &prefix = {});
DrillDistrictResult drillDistrictResultFromJson(
    const QJsonObject &json, const QString &prefix = {});
