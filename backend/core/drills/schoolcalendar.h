#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTime>
#include <QTimeZone>

#include <array>
#include <optional>

/**
 * A district's school calendar, in its own IANA time zone: instructional hours per weekday,
 * holidays and ad-hoc closures (no school that day), and testing windows (whole days when
 * nothing may be rehearsed). Times are local wall-clock times, so an interval is found in UTC
 * with the zone's rules of that very day (DST-correct: 08:00 in New York is 13:00 UTC in
 * January and 12:00 UTC in June).
 *
 * Wire shape: {"hours": {"mon": "08:00-15:00", …, "sun": null}, "holidays": ["2026-12-24"],
 * "closures": ["2027-01-12"], "testing_windows": [{"first": "2027-04-12", "last":
 * "2027-04-23", "name": "State assessments"}]}. A weekday missing from "hours" has none.
 */
struct SchoolCalendar
{
    struct Hours
    {
        QTime start;
        QTime end; // after start, same day
        bool operator==(const Hours &) const = default;
    };
    struct Window
    {
        QDate first;
        QDate last; // inclusive
        QString name;
        bool operator==(const Window &) const = default;
    };
    /** A busy interval that overlaps a range, in UTC, and why it is busy. */
    struct Busy
    {
        QDateTime from;
        QDateTime to;
        QString why; // "instructional hours (08:00-15:00 America/Chicago)", "testing window …"
    };

    std::array<std::optional<Hours>, 7> hours; // [0] Monday … [6] Sunday
    QList<QDate> holidays;
    QList<QDate> closures;
    QList<Window> testingWindows;

    bool isEmpty() const;
    /** The first busy interval (instructional hours of a school day, or a testing window day)
     *  that overlaps [@p from, @p to), seen in @p zone; nothing when the range is free. */
    std::optional<Busy> firstBusy(
        const QDateTime &from, const QDateTime &to, const QTimeZone &zone) const;

    QJsonObject toJson() const;
    /** Strict: unknown keys, bad times, inverted or overlapping ranges throw ValidationError
     *  naming the field (prefixed by @p prefix). */
    static SchoolCalendar fromJson(const QJsonObject &json, const QString &prefix = {});
    /** Monday to Friday 08:00-15:00, no holidays: a demo district's default. */
    static SchoolCalendar typicalWeek();
    bool operator==(const SchoolCalendar &) const = default;
};
