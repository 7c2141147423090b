#include "backend/core/drills/schoolcalendar.h"

#include "backend/core/jsonreader.h"
#include "backend/core/validationerror.h"

#include <QJsonArray>
#include <QLocale>

#include <algorithm>

namespace {

const std::array<QString, 7> kDays{QStringLiteral("mon"), QStringLiteral("tue"),
    QStringLiteral("wed"), QStringLiteral("thu"), QStringLiteral("fri"), QStringLiteral("sat"),
    QStringLiteral("sun")};

QString hoursText(const SchoolCalendar::Hours &h)
{
    return h.start.toString(QStringLiteral("HH:mm")) + u'-'
        + h.end.toString(QStringLiteral("HH:mm"));
}

QDate parseDate(const QJsonValue &value, const QString &field)
{
    const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
    if (!value.isString() || !date.isValid())
        throw ValidationError(field, QStringLiteral("is not a date (YYYY-MM-DD)"));
    return date;
}

QList<QDate> parseDates(const JsonReader &r, const QString &key)
{
    QList<QDate> dates;
    const QJsonValue value = r.object().value(key);
    if (value.isUndefined() || value.isNull())
        return dates;
    if (!value.isArray())
        throw ValidationError(r.fieldName(key), QStringLiteral("is not an array of dates"));
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString field = r.fieldName(key) + QStringLiteral("[%1]").arg(i);
        const QDate date = parseDate(array.at(i), field);
        if (dates.contains(date))
            throw ValidationError(
                field, QStringLiteral("%1 is listed twice").arg(date.toString(Qt::ISODate)));
        dates.append(date);
    }
    std::sort(dates.begin(), dates.end());
    return dates;
}

QJsonArray datesJson(const QList<QDate> &dates)
{
    QJsonArray out;
    for (const QDate &d : dates)
        out.append(d.toString(Qt::ISODate));
    return out;
}

} // namespace

bool SchoolCalendar::isEmpty() const
{
    return std::none_of(hours.cbegin(), hours.cend(), [](const auto &h) { return h.has_value(); })
        && testingWindows.isEmpty();
}

std::optional<SchoolCalendar::Busy> SchoolCalendar::firstBusy(
    const QDateTime &from, const QDateTime &to, const QTimeZone &zone) const
{
    if (!zone.isValid() || to <= from)
        return std::nullopt;
    // Local dates the range touches, one day of margin each side for zones far from UTC.
    const QDate firstDay = from.toTimeZone(zone).date().addDays(-1);
    const QDate lastDay = to.toTimeZone(zone).date().addDays(1);
    const QString zoneName = QString::fromLatin1(zone.id());
    for (QDate day = firstDay; day <= lastDay; day = day.addDays(1)) {
        Busy busy;
        const auto window = std::find_if(testingWindows.cbegin(), testingWindows.cend(),
            [&](const Window &w) { return w.first <= day && day <= w.last; });
        if (window != testingWindows.cend()) {
            busy.from = QDateTime(day, QTime(0, 0), zone);
            busy.to = QDateTime(day.addDays(1), QTime(0, 0), zone);
            busy.why = QStringLiteral("testing window \"%1\" (%2 to %3, %4)")
                           .arg(window->name, window->first.toString(Qt::ISODate),
                               window->last.toString(Qt::ISODate), zoneName);
        } else {
            const auto &h = hours[size_t(day.dayOfWeek() - 1)];
            if (!h || holidays.contains(day) || closures.contains(day))
                continue;
            // QDateTime in a zone resolves a local time in a DST gap or overlap the way the
            // zone's rules say; school hours never sit in one in practice.
            busy.from = QDateTime(day, h->start, zone);
            busy.to = QDateTime(day, h->end, zone);
            busy.why = QStringLiteral("instructional hours (%1 %2, %3)")
                           .arg(QLocale::c().dayName(day.dayOfWeek(), QLocale::ShortFormat),
                               hoursText(*h), zoneName);
        }
        if (busy.from < to && from < busy.to) {
            busy.from = busy.from.toUTC();
            busy.to = busy.to.toUTC();
            return busy;
        }
    }
    return std::nullopt;
}

QJsonObject SchoolCalendar::toJson() const
{
    QJsonObject h;
    for (size_t i = 0; i < hours.size(); ++i)
        if (hours[i])
            h.insert(kDays[i], hoursText(*hours[i]));
    QJsonArray windows;
    for (const Window &w : testingWindows)
        windows.append(QJsonObject{{QStringLiteral("first"), w.first.toString(Qt::ISODate)},
            {QStringLiteral("last"), w.last.toString(Qt::ISODate)},
            {QStringLiteral("name"), w.name}});
    return {{QStringLiteral("hours"), h}, {QStringLiteral("holidays"), datesJson(holidays)},
        {QStringLiteral("closures"), datesJson(closures)},
        {QStringLiteral("testing_windows"), windows}};
}

SchoolCalendar SchoolCalendar::fromJson(const QJsonObject &json, const QString &prefix)
{
    const JsonReader r(json, prefix);
    r.rejectUnknown({QStringLiteral("hours"), QStringLiteral("holidays"),
        QStringLiteral("closures"), QStringLiteral("testing_windows")});
    SchoolCalendar c;
    const QJsonValue hoursValue = json.value(QStringLiteral("hours"));
    if (!hoursValue.isUndefined() && !hoursValue.isNull()) {
        if (!hoursValue.isObject())
            throw ValidationError(r.fieldName(QStringLiteral("hours")),
                QStringLiteral("is not an object of weekdays (\"mon\": \"08:00-15:00\")"));
        const JsonReader hr(hoursValue.toObject(), r.fieldName(QStringLiteral("hours.")));
        hr.rejectUnknown(QStringList(kDays.cbegin(), kDays.cend()));
        for (size_t i = 0; i < kDays.size(); ++i) {
            const auto text = hr.optionalString(kDays[i]);
            if (!text)
                continue;
            const QString field = hr.fieldName(kDays[i]);
            const QStringList parts = text->split(u'-');
            Hours h;
            if (parts.size() == 2) {
                h.start = QTime::fromString(parts[0].trimmed(), QStringLiteral("HH:mm"));
                h.end = QTime::fromString(parts[1].trimmed(), QStringLiteral("HH:mm"));
            }
            if (!h.start.isValid() || !h.end.isValid())
                throw ValidationError(
                    field, QStringLiteral("is not a range of times (\"08:00-15:00\")"));
            if (h.end <= h.start)
                throw ValidationError(field, QStringLiteral("ends before it starts"));
            c.hours[i] = h;
        }
    }
    c.holidays = parseDates(r, QStringLiteral("holidays"));
    c.closures = parseDates(r, QStringLiteral("closures"));
    const QJsonValue windows = json.value(QStringLiteral("testing_windows"));
    if (!windows.isUndefined() && !windows.isNull()) {
        if (!windows.isArray())
            throw ValidationError(
                r.fieldName(QStringLiteral("testing_windows")), QStringLiteral("is not an array"));
        const QJsonArray array = windows.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString field = r.fieldName(QStringLiteral("testing_windows[%1]").arg(i));
            const JsonReader wr(
                objectAt(array, i, r.fieldName(QStringLiteral("testing_windows"))), field + u'.');
            wr.rejectUnknown(
                {QStringLiteral("first"), QStringLiteral("last"), QStringLiteral("name")});
            Window w;
            w.first = parseDate(
                wr.object().value(QStringLiteral("first")), wr.fieldName(QStringLiteral("first")));
            w.last = parseDate(
                wr.object().value(QStringLiteral("last")), wr.fieldName(QStringLiteral("last")));
            w.name = wr.optionalString(QStringLiteral("name")).value_or(QStringLiteral("testing"));
            if (w.last < w.first)
                throw ValidationError(
                    wr.fieldName(QStringLiteral("last")), QStringLiteral("is before first"));
            for (const Window &other : std::as_const(c.testingWindows))
                if (w.first <= other.last && other.first <= w.last)
                    throw ValidationError(field,
                        QStringLiteral("overlaps the testing window \"%1\"").arg(other.name));
            c.testingWindows.append(w);
        }
    }
    return c;
}

SchoolCalendar SchoolCalendar::typicalWeek()
{
    SchoolCalendar c;
    for (size_t i = 0; i < 5; ++i)
        c.hours[i] = Hours{QTime(8, 0), QTime(15, 0)};
    return c;
}
