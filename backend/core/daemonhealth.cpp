#include "backend/core/daemonhealth.h"

#include "backend/core/jsonreader.h"

QJsonObject DaemonHealth::toJson() const
{
    return {{QStringLiteral("status"), status}, {QStringLiteral("version"), version},
        {QStringLiteral("pods"), pods}, {QStringLiteral("uptime_s"), uptimeSeconds}};
}

DaemonHealth DaemonHealth::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    DaemonHealth health;
    health.status = r.requiredString(QStringLiteral("status"));
    health.version = r.optionalString(QStringLiteral("version")).value_or(QString());
    health.pods = int(r.optionalIntIn(QStringLiteral("pods"), 0, 1 << 30).value_or(0));
    // Lenient: uptime is informational, and a fractional value must not fail the probe.
    health.uptimeSeconds = qint64(r.optionalDouble(QStringLiteral("uptime_s")).value_or(0));
    return health;
}
