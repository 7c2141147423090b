#include "backend/core/district.h"

#include "backend/core/residency/dataclass.h"

#include "backend/core/jsonreader.h"
#include "backend/core/region.h"
#include "backend/core/validationerror.h"

#include <QJsonArray>
#include <QTimeZone>

QJsonObject District::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("jurisdiction"), jurisdiction},
        {QStringLiteral("latitude"), latitude},
        {QStringLiteral("longitude"), longitude},
        {QStringLiteral("time_zone"), timeZone},
        {QStringLiteral("data_classes"), QJsonArray::fromStringList(dataClasses)},
        {QStringLiteral("request_data_classes"), QJsonArray::fromStringList(requestDataClasses)},
        {QStringLiteral("calendar"), calendar.toJson()},
    };
}

QList<DataClass> District::requestClasses() const
{
    QList<DataClass> out;
    if (!requestDataClasses.isEmpty()) {
        for (const auto &name : requestDataClasses) {
            if (const auto cls = dataClassFromString(name))
                out.append(*cls);
        }
        return out;
    }
    for (const auto &name : dataClasses) {
        const auto cls = dataClassFromString(name);
        if (cls && isRegulated(*cls))
            out.append(*cls);
    }
    return out;
}

District District::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    District d;
    d.id = r.requiredString(QStringLiteral("id"));
    d.name = r.optionalString(QStringLiteral("name")).value_or(d.id);
    d.jurisdiction = r.requiredString(QStringLiteral("jurisdiction"));
    if (!isValidJurisdiction(d.jurisdiction))
        throw ValidationError(QStringLiteral("jurisdiction"),
            QStringLiteral("must be an ISO 3166-2 code such as US-WA or DE"));
    d.latitude = r.requiredDouble(QStringLiteral("latitude"));
    d.longitude = r.requiredDouble(QStringLiteral("longitude"));
    if (d.latitude < -90 || d.latitude > 90)
        throw ValidationError(QStringLiteral("latitude"), QStringLiteral("must be within -90..90"));
    if (d.longitude < -180 || d.longitude > 180)
        throw ValidationError(
            QStringLiteral("longitude"), QStringLiteral("must be within -180..180"));
    d.timeZone = r.optionalString(QStringLiteral("time_zone")).value_or(QStringLiteral("UTC"));
    if (!QTimeZone(d.timeZone.toUtf8()).isValid())
        throw ValidationError(QStringLiteral("time_zone"),
            QStringLiteral("'%1' is not a known IANA time zone").arg(d.timeZone));
    // A misspelt class would be skipped silently by every residency and routing decision.
    const auto classes = [&r](const QString &field) {
        const auto names = r.stringList(field);
        for (qsizetype i = 0; i < names.size(); ++i) {
            if (!dataClassFromString(names.at(i)))
                throw ValidationError(QStringLiteral("%1[%2]").arg(field).arg(i),
                    QStringLiteral("'%1' is not one of %2")
                        .arg(names.at(i), dataClassNamesForHumans()));
        }
        return names;
    };
    d.dataClasses = classes(QStringLiteral("data_classes"));
    d.requestDataClasses = classes(QStringLiteral("request_data_classes"));
    const QJsonValue calendar = json.value(QStringLiteral("calendar"));
    if (calendar.isObject())
        d.calendar = SchoolCalendar::fromJson(calendar.toObject(), QStringLiteral("calendar."));
    else if (!calendar.isUndefined() && !calendar.isNull())
        throw ValidationError(QStringLiteral("calendar"), QStringLiteral("is not an object"));
    return d;
}
