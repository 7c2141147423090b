#pragma once

#include "backend/core/residency/dataclass.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

/**
 * A district's recorded permission (e.g. a data-sharing agreement) to place one data class in
 * one named region, until it expires or is revoked. Only rules marked consent_can_allow honour it.
 *
 * Wire shape: {"id", "district", "data_class", "region", "reference", "expires": ISO 8601 with
 * "Z" or an offset, "revoked": bool (optional on input, default false)}.
 */
struct Consent
{
    QString id;
    QString districtId;
    DataClass dataClass = DataClass::StudentPii;
    QString regionId;
    QString reference; // agreement / contract id that an auditor can look up
    QDateTime expires; // UTC
    bool revoked = false;

    /** Returns true if this consent lets @p cls data of @p district go to @p region at
     *  @p now: not revoked and now < expires. An invalid expiry or now never counts as valid. */
    bool permits(
        const QString &district, DataClass cls, const QString &region, const QDateTime &now) const;

    /** Returns the wire shape (expires as "yyyy-MM-ddTHH:mm:ss.zzzZ"). */
    QJsonObject toJson() const;
    /** Parses the wire shape; throws ValidationError naming the bad field ("data_class", …). */
    static Consent fromJson(const QJsonObject &json);

    friend bool operator==(const Consent &, const Consent &) = default;
};
