#include "backend/core/residency/consent.h"

#include "backend/core/jsonreader.h"
#include "backend/core/validationerror.h"

#include <QJsonValue>
#include <QStringList>

namespace {

QString requiredConsentField(const QJsonObject &json, const QString &key)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined())
        throw ValidationError(key, QStringLiteral("is required"));
    if (!value.isString())
        throw ValidationError(key, QStringLiteral("must be a string"));
    if (value.toString().trimmed().isEmpty())
        throw ValidationError(key, QStringLiteral("must not be empty"));
    return value.toString();
}

} // namespace

bool Consent::permits(
    const QString &district, DataClass cls, const QString &region, const QDateTime &now) const
{
    // Cheapest checks first: the evaluator calls this for every consent of a district.
    return !revoked && dataClass == cls && regionId == region && districtId == district
        && expires.isValid() && now.isValid() && now < expires;
}

QJsonObject Consent::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("district"), districtId},
        {QStringLiteral("data_class"), dataClassName(dataClass)},
        {QStringLiteral("region"), regionId},
        {QStringLiteral("reference"), reference},
        {QStringLiteral("expires"), expires.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("revoked"), revoked},
    };
}

Consent Consent::fromJson(const QJsonObject &json)
{
    static const QStringList known{
        QStringLiteral("id"),
        QStringLiteral("district"),
        QStringLiteral("data_class"),
        QStringLiteral("region"),
        QStringLiteral("reference"),
        QStringLiteral("expires"),
        QStringLiteral("revoked"),
    };
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key()))
            throw ValidationError(
                ValidationError::keyName(it.key()), QStringLiteral("unknown field"));
    }

    Consent consent;
    consent.id = requiredConsentField(json, QStringLiteral("id"));
    consent.districtId = requiredConsentField(json, QStringLiteral("district"));
    const QString dataClass = requiredConsentField(json, QStringLiteral("data_class"));
    const auto parsedClass = dataClassFromString(dataClass);
    if (!parsedClass) {
        throw ValidationError(QStringLiteral("data_class"),
            QStringLiteral("unknown data class '%1' (known: %2)")
                .arg(dataClass, dataClassNamesForHumans()));
    }
    consent.dataClass = *parsedClass;
    consent.regionId = requiredConsentField(json, QStringLiteral("region"));
    consent.reference = requiredConsentField(json, QStringLiteral("reference"));

    consent.expires = parseIsoTime(
        requiredConsentField(json, QStringLiteral("expires")), QStringLiteral("expires"));

    const QJsonValue revoked = json.value(QLatin1StringView("revoked"));
    if (!revoked.isUndefined()) {
        if (!revoked.isBool())
            throw ValidationError(QStringLiteral("revoked"), QStringLiteral("must be a boolean"));
        consent.revoked = revoked.toBool();
    }
    return consent;
}
