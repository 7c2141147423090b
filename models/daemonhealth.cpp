#include "models/daemonhealth.h"

#include "backend/core/jsonreader.h"

DaemonHealth DaemonHealth::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    DaemonHealth health;
    health.status = r.requiredString(QStringLiteral("status"));
    health.version = r.optionalString(QStringLiteral("version")).value_or(QString());
    health.pods = int(r.optionalInt(QStringLiteral("pods")).value_or(0));
    // Lenient: uptime is informational, and a fractional value must not fail the probe.
    health.uptimeSeconds = qint64(r.optionalDouble(QStringLiteral("uptime_s")).value_or(0));
    return health;
}
