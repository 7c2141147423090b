#include "backend/core/events/replicationevents.h"

#include "backend/core/jsonreader.h"

#include <limits>

QJsonObject ReplicationLagEvent::toJson() const
{
    return {{QStringLiteral("district"), district}, {QStringLiteral("data_class"), dataClass},
        {QStringLiteral("source_region"), sourceRegion},
        {QStringLiteral("target_region"), targetRegion}, {QStringLiteral("lag_s"), lagS},
        {QStringLiteral("target_s"), targetS}, {QStringLiteral("breached"), breached}};
}

ReplicationLagEvent ReplicationLagEvent::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    r.rejectUnknown({QStringLiteral("district"), QStringLiteral("data_class"),
        QStringLiteral("source_region"), QStringLiteral("target_region"), QStringLiteral("lag_s"),
        QStringLiteral("target_s"), QStringLiteral("breached")});
    constexpr qint64 kMax = std::numeric_limits<qint64>::max();
    ReplicationLagEvent e;
    e.district = r.requiredString(QStringLiteral("district"));
    e.dataClass = r.requiredString(QStringLiteral("data_class"));
    e.sourceRegion = r.requiredString(QStringLiteral("source_region"));
    e.targetRegion = r.requiredString(QStringLiteral("target_region"));
    e.lagS = r.requiredIntIn(QStringLiteral("lag_s"), 0, kMax);
    e.targetS = r.requiredIntIn(QStringLiteral("target_s"), 0, kMax);
    e.breached = r.requiredBool(QStringLiteral("breached"));
    return e;
}
