#pragma once

#include "backend/core/residency/consent.h"

#include <QJsonObject>

/**
 * Body of POST /residency/consents: {"district","data_class","region","reference","expires"}.
 * fromJson() checks the shape (unknown keys, known data class, an expiry with a UTC offset) and
 * throws ValidationError naming the field; that the ids exist and the expiry lies ahead is the
 * service's to say.
 */
struct ConsentRequest
{
    QString district;
    DataClass dataClass = DataClass::StudentPii;
    QString region;
    QString reference;
    QDateTime expires; // UTC

    /** The consent this request records, under @p id, not revoked. */
    Consent toConsent(const QString &id) const;
    QJsonObject toJson() const;
    static ConsentRequest fromJson(const QJsonObject &json);
    /** The request that would record @p consent (its id and revoked flag left out). */
    static ConsentRequest from(const Consent &consent);
};
