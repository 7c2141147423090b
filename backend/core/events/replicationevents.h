#pragma once

#include "backend/core/eventtype.h"

#include <QJsonObject>
#include <QString>

/** replication.lag: {district, data_class, source_region, target_region, lag_s, target_s,
 *  breached} — a district's DR copy of one class fell behind its lag target (breached), or
 *  caught up again (once per episode, each also in the audit chain). */
struct ReplicationLagEvent
{
    static constexpr EventType kType = EventType::ReplicationLag;
    QString district;
    QString dataClass;
    QString sourceRegion;
    QString targetRegion;
    qint64 lagS = 0;
    qint64 targetS = 0;
    bool breached = false;

    QJsonObject toJson() const;
    /** Strict: unknown keys, missing fields or negative seconds refused. */
    static ReplicationLagEvent fromJson(const QJsonObject &json);
    bool operator==(const ReplicationLagEvent &) const = default;
};
