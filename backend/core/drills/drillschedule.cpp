#include "backend/core/drills/drillschedule.h"

#include "backend/core/jsonreader.h"
#include "backend/core/validationerror.h"

#include <QJsonArray>
#include <QTimeZone>

#include <array>

namespace {

const std::array<const char *, 7> kWeekdays{"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

QString scheduleDate(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QDate scheduleDateFrom(const JsonReader &r, const QString &key, const QJsonValue &value)
{
    const QDate d = QDate::fromString(value.toString(), Qt::ISODate);
    if (!value.isString() || !d.isValid())
        throw ValidationError(r.fieldName(key), QStringLiteral("is not a date (YYYY-MM-DD)"));
    return d;
}

} // namespace

std::optional<QDateTime> DrillSchedule::nextRun(const QDateTime &after) const
{
    const QTimeZone zone(timeZone.toUtf8());
    if (!enabled || weekdays.isEmpty() || !zone.isValid() || !at.isValid())
        return std::nullopt;
    QDate day = std::max(after.toTimeZone(zone).date(), starts.isValid() ? starts : QDate());
    if (!day.isValid())
        day = after.toTimeZone(zone).date();
    const QDate origin = starts.isValid() ? starts : day;
    // The Monday of the start's week: weeks are counted from it.
    const QDate originWeek = origin.addDays(1 - origin.dayOfWeek());
    for (int i = 0; i < 2 * 366; ++i, day = day.addDays(1)) {
        if (!weekdays.contains(day.dayOfWeek()) || blocked.contains(day))
            continue;
        const qint64 weeks = originWeek.daysTo(day.addDays(1 - day.dayOfWeek())) / 7;
        if (weeks % everyWeeks != 0)
            continue;
        const QDateTime local(day, at, zone);
        if (local.toUTC() > after)
            return local.toUTC();
    }
    return std::nullopt;
}

QJsonObject DrillSchedule::toJson() const
{
    QJsonArray days;
    for (const int d : weekdays)
        days.append(QString::fromLatin1(kWeekdays[size_t(d - 1)]));
    QJsonArray blockedDates;
    for (const QDate &d : blocked)
        blockedDates.append(scheduleDate(d));
    QJsonObject json{{QStringLiteral("drill"), drill.toJson()},
        {QStringLiteral("time_zone"), timeZone}, {QStringLiteral("weekdays"), days},
        {QStringLiteral("at"), at.toString(QStringLiteral("HH:mm"))},
        {QStringLiteral("every_weeks"), everyWeeks}, {QStringLiteral("blocked"), blockedDates},
        {QStringLiteral("enabled"), enabled}};
    if (starts.isValid())
        json.insert(QStringLiteral("starts"), scheduleDate(starts));
    if (!id.isEmpty())
        json.insert(QStringLiteral("id"), id);
    if (!actor.isEmpty())
        json.insert(QStringLiteral("actor"), actor);
    if (created.isValid())
        json.insert(QStringLiteral("created"), created.toUTC().toString(Qt::ISODateWithMs));
    return json;
}

DrillSchedule DrillSchedule::fromJson(const QJsonObject &json, bool request)
{
    const JsonReader r(json);
    QStringList keys{QStringLiteral("drill"), QStringLiteral("time_zone"),
        QStringLiteral("weekdays"), QStringLiteral("at"), QStringLiteral("every_weeks"),
        QStringLiteral("starts"), QStringLiteral("blocked"), QStringLiteral("enabled")};
    if (!request)
        keys += {QStringLiteral("id"), QStringLiteral("actor"), QStringLiteral("created")};
    r.rejectUnknown(keys);
    DrillSchedule s;
    if (!request) {
        s.id = r.requiredString(QStringLiteral("id"));
        s.actor = r.optionalString(QStringLiteral("actor")).value_or(QString());
        s.created = r.optionalTime(QStringLiteral("created")).value_or(QDateTime());
    }
    const QJsonValue drill = json.value(QStringLiteral("drill"));
    if (!drill.isObject())
        throw ValidationError(
            QStringLiteral("drill"), QStringLiteral("is required: the drill to run"));
    try {
        s.drill = DrillRequest::fromJson(drill.toObject());
    } catch (const ValidationError &e) {
        throw ValidationError(QStringLiteral("drill.") + e.field(), e.reason());
    }
    if (s.drill.dryRun)
        throw ValidationError(
            QStringLiteral("drill.dry_run"), QStringLiteral("a schedule runs drills"));
    if (s.drill.force)
        throw ValidationError(QStringLiteral("drill.force"),
            QStringLiteral("a schedule is never forced into school time; pick an hour outside it"));
    s.timeZone = r.requiredString(QStringLiteral("time_zone"));
    if (!QTimeZone(s.timeZone.toUtf8()).isValid())
        throw ValidationError(QStringLiteral("time_zone"),
            QStringLiteral("'%1' is not a known IANA time zone").arg(s.timeZone));
    const QStringList days = r.stringList(QStringLiteral("weekdays"));
    if (days.isEmpty())
        throw ValidationError(
            QStringLiteral("weekdays"), QStringLiteral("name at least one day (\"tue\")"));
    for (qsizetype i = 0; i < days.size(); ++i) {
        const auto it = std::find_if(kWeekdays.cbegin(), kWeekdays.cend(),
            [&](const char *d) { return days.at(i) == QLatin1StringView(d); });
        if (it == kWeekdays.cend())
            throw ValidationError(QStringLiteral("weekdays[%1]").arg(i),
                QStringLiteral("'%1' is not one of mon, tue, wed, thu, fri, sat, sun")
                    .arg(days.at(i)));
        const int day = int(it - kWeekdays.cbegin()) + 1;
        if (s.weekdays.contains(day))
            throw ValidationError(
                QStringLiteral("weekdays[%1]").arg(i), QStringLiteral("is listed twice"));
        s.weekdays.append(day);
    }
    std::sort(s.weekdays.begin(), s.weekdays.end());
    s.at = QTime::fromString(r.requiredString(QStringLiteral("at")), QStringLiteral("HH:mm"));
    if (!s.at.isValid())
        throw ValidationError(
            QStringLiteral("at"), QStringLiteral("is not a local time (\"22:00\")"));
    s.everyWeeks = int(r.optionalIntIn(QStringLiteral("every_weeks"), 1, 52).value_or(1));
    if (json.contains(QStringLiteral("starts")))
        s.starts
            = scheduleDateFrom(r, QStringLiteral("starts"), json.value(QStringLiteral("starts")));
    const QJsonValue blocked = json.value(QStringLiteral("blocked"));
    if (!blocked.isUndefined() && !blocked.isNull()) {
        if (!blocked.isArray())
            throw ValidationError(
                QStringLiteral("blocked"), QStringLiteral("is not an array of dates"));
        const QJsonArray dates = blocked.toArray();
        for (qsizetype i = 0; i < dates.size(); ++i) {
            const QString key = QStringLiteral("blocked[%1]").arg(i);
            const QDate d = scheduleDateFrom(r, key, dates.at(i));
            if (s.blocked.contains(d))
                throw ValidationError(key, QStringLiteral("is listed twice"));
            s.blocked.append(d);
        }
        std::sort(s.blocked.begin(), s.blocked.end());
    }
    s.enabled = r.optionalBool(QStringLiteral("enabled")).value_or(true);
    return s;
}

QJsonObject DrillScheduleRun::toJson() const
{
    return {{QStringLiteral("at"), at.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("outcome"), outcome}, {QStringLiteral("drill"), drill},
        {QStringLiteral("detail"), detail}};
}

DrillScheduleRun DrillScheduleRun::fromJson(const QJsonObject &json)
{
    const JsonReader r(json);
    r.rejectUnknown({QStringLiteral("at"), QStringLiteral("outcome"), QStringLiteral("drill"),
        QStringLiteral("detail")});
    DrillScheduleRun run;
    run.at = r.requiredTime(QStringLiteral("at"));
    run.outcome = r.requiredString(QStringLiteral("outcome"));
    run.drill = r.optionalString(QStringLiteral("drill")).value_or(QString());
    run.detail = r.optionalString(QStringLiteral("detail")).value_or(QString());
    return run;
}
