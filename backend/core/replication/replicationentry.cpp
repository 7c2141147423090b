#include "backend/core/replication/replicationentry.h"

#include "backend/core/jsonreader.h"
#include "backend/core/validationerror.h"

#include <QJsonArray>

#include <limits>

namespace {

constexpr qint64 kMaxCount = std::numeric_limits<qint64>::max();

QJsonValue timeOrNull(const std::optional<QDateTime> &time)
{
    return time ? QJsonValue(time->toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

} // namespace

QJsonObject ReplicationEntry::toJson() const
{
    return {{QStringLiteral("district"), district}, {QStringLiteral("data_class"), dataClass},
        {QStringLiteral("source_region"), sourceRegion},
        {QStringLiteral("target_region"),
            targetRegion.isEmpty() ? QJsonValue() : QJsonValue(targetRegion)},
        {QStringLiteral("target_store"),
            targetStore.isEmpty() ? QJsonValue() : QJsonValue(targetStore)},
        {QStringLiteral("reason"), reason}, {QStringLiteral("remedy"), remedy},
        {QStringLiteral("objects"), objects}, {QStringLiteral("bytes"), bytes},
        {QStringLiteral("replicated_objects"), replicatedObjects},
        {QStringLiteral("backlog_objects"), backlogObjects},
        {QStringLiteral("backlog_bytes"), backlogBytes},
        {QStringLiteral("oldest_pending_s"), oldestPendingS}, {QStringLiteral("lag_s"), lagS},
        {QStringLiteral("max_lag_24h_s"), maxLag24hS},
        {QStringLiteral("last_verified"), timeOrNull(lastVerified)}};
}

ReplicationEntry ReplicationEntry::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    r.rejectUnknown({QStringLiteral("district"), QStringLiteral("data_class"),
        QStringLiteral("source_region"), QStringLiteral("target_region"),
        QStringLiteral("target_store"), QStringLiteral("reason"), QStringLiteral("remedy"),
        QStringLiteral("objects"), QStringLiteral("bytes"), QStringLiteral("replicated_objects"),
        QStringLiteral("backlog_objects"), QStringLiteral("backlog_bytes"),
        QStringLiteral("oldest_pending_s"), QStringLiteral("lag_s"),
        QStringLiteral("max_lag_24h_s"), QStringLiteral("last_verified")});
    ReplicationEntry e;
    e.district = r.requiredString(QStringLiteral("district"));
    e.dataClass = r.requiredString(QStringLiteral("data_class"));
    e.sourceRegion = r.requiredString(QStringLiteral("source_region"));
    e.targetRegion = r.optionalString(QStringLiteral("target_region")).value_or(QString());
    e.targetStore = r.optionalString(QStringLiteral("target_store")).value_or(QString());
    e.reason = r.optionalString(QStringLiteral("reason")).value_or(QString());
    e.remedy = r.optionalString(QStringLiteral("remedy")).value_or(QString());
    e.objects = r.requiredIntIn(QStringLiteral("objects"), 0, kMaxCount);
    e.bytes = r.requiredIntIn(QStringLiteral("bytes"), 0, kMaxCount);
    e.replicatedObjects = r.requiredIntIn(QStringLiteral("replicated_objects"), 0, kMaxCount);
    e.backlogObjects = r.requiredIntIn(QStringLiteral("backlog_objects"), 0, kMaxCount);
    e.backlogBytes = r.requiredIntIn(QStringLiteral("backlog_bytes"), 0, kMaxCount);
    e.oldestPendingS = r.requiredIntIn(QStringLiteral("oldest_pending_s"), 0, kMaxCount);
    e.lagS = r.requiredIntIn(QStringLiteral("lag_s"), 0, kMaxCount);
    e.maxLag24hS = r.requiredIntIn(QStringLiteral("max_lag_24h_s"), 0, kMaxCount);
    e.lastVerified = r.optionalTime(QStringLiteral("last_verified"));
    if (e.targetRegion.isEmpty() && e.remedy.trimmed().isEmpty())
        throw ValidationError(
            QStringLiteral("remedy"), QStringLiteral("is required when there is no target_region"));
    return e;
}

QJsonObject ReplicationStatus::toJson() const
{
    QJsonArray list;
    for (const ReplicationEntry &e : entries)
        list.append(e.toJson());
    return {{QStringLiteral("entries"), list}, {QStringLiteral("lag_target_s"), lagTargetS},
        {QStringLiteral("scanned_at"), timeOrNull(scannedAt)}};
}

ReplicationStatus ReplicationStatus::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    r.rejectUnknown(
        {QStringLiteral("entries"), QStringLiteral("lag_target_s"), QStringLiteral("scanned_at")});
    ReplicationStatus s;
    s.lagTargetS = r.requiredIntIn(QStringLiteral("lag_target_s"), 1, kMaxCount);
    s.scannedAt = r.optionalTime(QStringLiteral("scanned_at"));
    const QJsonArray list = r.requiredArray(QStringLiteral("entries"));
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString field = QStringLiteral("entries[%1]").arg(i);
        if (!list.at(i).isObject())
            throw ValidationError(field, QStringLiteral("must be an object"));
        try {
            s.entries.append(ReplicationEntry::fromJson(list.at(i).toObject()));
        } catch (const ValidationError &e) {
            throw ValidationError(field + QLatin1Char('.') + e.field(), e.reason());
        }
    }
    return s;
}
