#pragma once

#include "backend/core/healthstate.h"
#include "backend/core/jsonreader.h"
#include "backend/core/validationerror.h"

#include <QJsonObject>
#include <QString>

/**
 * Helpers the event payload codecs share: a nested wire type parsed under its key (its errors
 * named "snapshot.replicas"), and a health state read strictly.
 */
namespace eventfields {

/** Runs @p parse on the object at @p key of @p r; a ValidationError inside names "key.field". */
template <typename Parse> auto nested(const JsonReader &r, const QString &key, Parse parse)
{
    const auto value = r.object().value(key);
    if (!value.isObject())
        throw ValidationError(r.fieldName(key),
            value.isUndefined() ? QStringLiteral("is required")
                                : QStringLiteral("must be an object"));
    try {
        return parse(value.toObject());
    } catch (const ValidationError &e) {
        throw ValidationError(r.fieldName(key) + QLatin1Char('.') + e.field(), e.reason());
    }
}

/** The health state at @p key; throws naming the field when absent or not a state's name. */
inline HealthState health(const JsonReader &r, const QString &key)
{
    const auto name = r.requiredString(key);
    const auto state = healthStateFromName(name);
    if (!state)
        throw ValidationError(r.fieldName(key),
            QStringLiteral("'%1' is not a health state (unknown, healthy, degraded, unhealthy)")
                .arg(name));
    return *state;
}

/** Throws when @p snapshotValue (the embedded pod's field) disagrees with the event's @p key. */
inline void agrees(const JsonReader &r, const QString &key, const QString &snapshotValue)
{
    if (r.requiredString(key) != snapshotValue)
        throw ValidationError(r.fieldName(key),
            QStringLiteral("'%1' is not the snapshot's '%2'")
                .arg(r.requiredString(key), snapshotValue));
}

} // namespace eventfields
