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
    };
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
    d.dataClasses = r.stringList(QStringLiteral("data_classes"));
    // A misspelt class would be skipped silently by every residency decision.
    for (qsizetype i = 0; i < d.dataClasses.size(); ++i) {
        if (!dataClassFromString(d.dataClasses.at(i)))
            throw ValidationError(QStringLiteral("data_classes[%1]").arg(i),
                QStringLiteral("'%1' is not one of %2")
                    .arg(d.dataClasses.at(i), dataClassNamesForHumans()));
    }
    return d;
}
