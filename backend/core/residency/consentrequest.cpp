#include "backend/core/residency/consentrequest.h"

#include "backend/core/jsonreader.h"

Consent ConsentRequest::toConsent(const QString &id) const
{
    Consent consent;
    consent.id = id;
    consent.districtId = district;
    consent.dataClass = dataClass;
    consent.regionId = region;
    consent.reference = reference;
    consent.expires = expires;
    return consent;
}

QJsonObject ConsentRequest::toJson() const
{
    QJsonObject json = toConsent(QStringLiteral("-")).toJson();
    json.remove(QStringLiteral("id"));
    json.remove(QStringLiteral("revoked"));
    return json;
}

ConsentRequest ConsentRequest::fromJson(const QJsonObject &json)
{
    const JsonReader r(json);
    r.rejectUnknown({QStringLiteral("district"), QStringLiteral("data_class"),
        QStringLiteral("region"), QStringLiteral("reference"), QStringLiteral("expires")});
    // One parser for the shared fields: Consent's, with a placeholder id.
    QJsonObject withId = json;
    withId.insert(QStringLiteral("id"), QStringLiteral("-"));
    return from(Consent::fromJson(withId));
}

ConsentRequest ConsentRequest::from(const Consent &consent)
{
    return {consent.districtId, consent.dataClass, consent.regionId, consent.reference,
        consent.expires};
}
