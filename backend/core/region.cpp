#include "backend/core/region.h"

#include "backend/core/jsonreader.h"
#include "backend/core/validationerror.h"

#include <QJsonArray>
#include <QRegularExpression>

bool isValidJurisdiction(const QString &code)
{
    static const QRegularExpression re(QStringLiteral("^[A-Z]{2}(-[A-Z0-9]{1,3})?$"));
    return re.match(code).hasMatch();
}

QString countryOf(const QString &jurisdiction)
{
    return jurisdiction.left(2);
}

QJsonObject Region::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("provider"), provider},
        {QStringLiteral("cloud_region"), cloudRegion},
        {QStringLiteral("latitude"), latitude},
        {QStringLiteral("longitude"), longitude},
        {QStringLiteral("jurisdiction"), jurisdiction},
        {QStringLiteral("certifications"), QJsonArray::fromStringList(certifications)},
        {QStringLiteral("cost_per_replica_hour"), costPerReplicaHour},
    };
}

Region Region::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    Region region;
    region.id = r.requiredString(QStringLiteral("id"));
    region.name = r.optionalString(QStringLiteral("name")).value_or(region.id);
    region.provider
        = r.optionalString(QStringLiteral("provider")).value_or(QStringLiteral("local"));
    region.cloudRegion = r.optionalString(QStringLiteral("cloud_region")).value_or(QString());
    region.latitude = r.requiredDouble(QStringLiteral("latitude"));
    region.longitude = r.requiredDouble(QStringLiteral("longitude"));
    if (region.latitude < -90 || region.latitude > 90)
        throw ValidationError(QStringLiteral("latitude"), QStringLiteral("must be within -90..90"));
    if (region.longitude < -180 || region.longitude > 180)
        throw ValidationError(
            QStringLiteral("longitude"), QStringLiteral("must be within -180..180"));
    region.jurisdiction = r.requiredString(QStringLiteral("jurisdiction"));
    if (!isValidJurisdiction(region.jurisdiction))
        throw ValidationError(QStringLiteral("jurisdiction"),
            QStringLiteral("must be an ISO 3166-2 code such as US-OR or DE"));
    region.certifications = r.stringList(QStringLiteral("certifications"));
    region.costPerReplicaHour
        = r.optionalDouble(QStringLiteral("cost_per_replica_hour")).value_or(0);
    return region;
}
