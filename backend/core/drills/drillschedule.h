#pragma once

#include "backend/core/drills/drillrequest.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTime>

#include <optional>

/**
 * A recurring drill (like Route 53 ARC's weekly practice runs): the drill to run, on which
 * weekdays at which local time in a named IANA zone (DST-correct), every N weeks from a start
 * date, never on a blocked date. Each run goes through the same preflight and stop conditions
 * as a drill started by hand.
 *
 * Wire shape: {"id", "drill": DrillRequest, "time_zone", "weekdays": ["tue"], "at": "22:00",
 * "every_weeks": 1, "starts": "2026-12-08", "blocked": ["2026-12-22"], "enabled", "actor",
 * "created"}. POST takes it without id, actor and created.
 */
struct DrillSchedule
{
    QString id;
    DrillRequest drill;
    QString timeZone = QStringLiteral("UTC");
    QList<int> weekdays; // Qt::DayOfWeek, 1 Monday … 7 Sunday
    QTime at;
    int everyWeeks = 1;
    QDate starts;
    QList<QDate> blocked;
    bool enabled = true;
    QString actor;
    QDateTime created;

    /** The first run strictly after @p after (UTC), or nothing (disabled, or none within two
     *  years). A local time the zone skips (a DST gap) runs at the instant the zone maps it to. */
    std::optional<QDateTime> nextRun(const QDateTime &after) const;

    QJsonObject toJson() const;
    /** Strict; ValidationError naming the field. @p request: a POST body (no id, actor, created).
     */
    static DrillSchedule fromJson(const QJsonObject &json, bool request = false);
    bool operator==(const DrillSchedule &) const = default;
};

/** One scheduled run: {"at", "outcome", "drill", "detail"}; outcome: succeeded, interrupted,
 *  failed, refused (by the preflight: detail says why), or running. */
struct DrillScheduleRun
{
    QDateTime at;
    QString outcome;
    QString drill; // the drill's id ("" when refused)
    QString detail;

    QJsonObject toJson() const;
    static DrillScheduleRun fromJson(const QJsonObject &json);
    bool operator==(const DrillScheduleRun &) const = default;
};
