#include "backend/store/replicationstore.h"

#include "backend/store/database.h"
#include "backend/store/storeerror.h"

#include <QSqlQuery>

namespace {

const QString kCopyColumns = QStringLiteral(
    "source_region, object_key, target_region, district, data_class, state, sha256, size, "
    "source_modified_ms, verified_ms, lag_ms");
const QString kPendingColumns
    = QStringLiteral("source_region, object_key, district, data_class, size, detected_ms, "
                     "attempts, next_attempt_ms, last_error");

ReplicaCopy readCopy(const QSqlQuery &q)
{
    ReplicaCopy c;
    c.sourceRegion = q.value(0).toString();
    c.key = q.value(1).toString();
    c.targetRegion = q.value(2).toString();
    c.district = q.value(3).toString();
    c.dataClass = q.value(4).toString();
    const QString state = q.value(5).toString();
    if (state == QLatin1String("copying"))
        c.state = ReplicaCopy::State::Copying;
    else if (state == QLatin1String("verified"))
        c.state = ReplicaCopy::State::Verified;
    else
        throw StoreError(
            QStringLiteral("replica copy of %1 has the unknown state '%2'").arg(c.key, state));
    c.sha256 = q.value(6).toString();
    c.size = q.value(7).toLongLong();
    c.sourceModifiedMs = q.value(8).toLongLong();
    c.verifiedMs = q.value(9).toLongLong();
    c.lagMs = q.value(10).toLongLong();
    return c;
}

ReplicaPending readPending(const QSqlQuery &q)
{
    ReplicaPending p;
    p.sourceRegion = q.value(0).toString();
    p.key = q.value(1).toString();
    p.district = q.value(2).toString();
    p.dataClass = q.value(3).toString();
    p.size = q.value(4).toLongLong();
    p.detectedMs = q.value(5).toLongLong();
    p.attempts = q.value(6).toInt();
    p.nextAttemptMs = q.value(7).toLongLong();
    p.lastError = q.value(8).toString();
    return p;
}

/** "AND object_key > ? AND object_key <= ?" for the bounds given, with their binds. */
QString keyRange(const QString &after, const QString &upTo, QVariantList &binds)
{
    QString sql;
    if (!after.isEmpty()) {
        sql += QStringLiteral(" AND object_key > ?");
        binds.append(after);
    }
    if (!upTo.isEmpty()) {
        sql += QStringLiteral(" AND object_key <= ?");
        binds.append(upTo);
    }
    return sql;
}

} // namespace

ReplicationStore::ReplicationStore(Database &db)
    : m_db(db)
{ }

void ReplicationStore::transaction(const std::function<void()> &fn)
{
    inTransaction(m_db, fn);
}

QList<ReplicaCopy> ReplicationStore::selectCopies(const QString &where, const QVariantList &binds)
{
    auto q = m_db.execForwardOnly(
        QStringLiteral("SELECT %1 FROM replica_copies WHERE %2").arg(kCopyColumns, where), binds);
    QList<ReplicaCopy> copies;
    while (q.next())
        copies.append(readCopy(q));
    return copies;
}

QList<ReplicaCopy> ReplicationStore::copiesInRange(
    const QString &sourceRegion, const QString &after, const QString &upTo)
{
    QVariantList binds{sourceRegion};
    const QString range = keyRange(after, upTo, binds);
    return selectCopies(
        QStringLiteral("source_region = ?%1 ORDER BY object_key").arg(range), binds);
}

QList<ReplicaCopy> ReplicationStore::copiesAtTarget(
    const QString &targetRegion, const QString &after, const QString &upTo)
{
    QVariantList binds{targetRegion};
    const QString range = keyRange(after, upTo, binds);
    return selectCopies(
        QStringLiteral("target_region = ?%1 ORDER BY object_key").arg(range), binds);
}

QList<ReplicaCopy> ReplicationStore::copiesOf(const QString &sourceRegion, const QString &key)
{
    return selectCopies(
        QStringLiteral("source_region = ? AND object_key = ?"), {sourceRegion, key});
}

QList<ReplicaCopy> ReplicationStore::copiesOfDistrict(const QString &district, int limit)
{
    return selectCopies(
        QStringLiteral("district = ? ORDER BY object_key LIMIT ?"), {district, limit});
}

void ReplicationStore::putCopy(const ReplicaCopy &c)
{
    m_db.exec(QStringLiteral("INSERT INTO replica_copies (%1) VALUES "
                             "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (source_region, "
                             "object_key, target_region) DO UPDATE SET state = excluded.state, "
                             "sha256 = excluded.sha256, size = excluded.size, "
                             "source_modified_ms = excluded.source_modified_ms, "
                             "verified_ms = excluded.verified_ms, lag_ms = excluded.lag_ms")
                  .arg(kCopyColumns),
        {c.sourceRegion, c.key, c.targetRegion, c.district, c.dataClass,
            c.state == ReplicaCopy::State::Verified ? QStringLiteral("verified")
                                                    : QStringLiteral("copying"),
            c.sha256, c.size, c.sourceModifiedMs, c.verifiedMs, c.lagMs});
}

void ReplicationStore::removeCopy(
    const QString &sourceRegion, const QString &key, const QString &targetRegion)
{
    m_db.exec(QStringLiteral("DELETE FROM replica_copies WHERE source_region = ? AND "
                             "object_key = ? AND target_region = ?"),
        {sourceRegion, key, targetRegion});
}

void ReplicationStore::enqueue(const ReplicaPending &p)
{
    // An entry already waiting keeps its detection time (the older change is still not
    // copied) and becomes due at once: the scan saw a change, so try now.
    m_db.exec(QStringLiteral("INSERT INTO replica_backlog (%1) VALUES (?, ?, ?, ?, ?, ?, 0, ?, '') "
                             "ON CONFLICT (source_region, object_key) DO UPDATE SET "
                             "size = excluded.size, "
                             "next_attempt_ms = MIN(next_attempt_ms, excluded.next_attempt_ms)")
                  .arg(kPendingColumns),
        {p.sourceRegion, p.key, p.district, p.dataClass, p.size, p.detectedMs, p.nextAttemptMs});
}

QList<ReplicaPending> ReplicationStore::due(qint64 nowMs, int limit)
{
    auto q = m_db.execForwardOnly(QStringLiteral("SELECT %1 FROM replica_backlog WHERE "
                                                 "next_attempt_ms <= ? ORDER BY next_attempt_ms, "
                                                 "detected_ms LIMIT ?")
                                      .arg(kPendingColumns),
        {nowMs, limit});
    QList<ReplicaPending> list;
    while (q.next())
        list.append(readPending(q));
    return list;
}

std::optional<ReplicaPending> ReplicationStore::pending(
    const QString &sourceRegion, const QString &key)
{
    auto q = m_db.execForwardOnly(
        QStringLiteral("SELECT %1 FROM replica_backlog WHERE source_region = ? AND object_key = ?")
            .arg(kPendingColumns),
        {sourceRegion, key});
    if (!q.next())
        return std::nullopt;
    return readPending(q);
}

void ReplicationStore::retryLater(
    const QString &sourceRegion, const QString &key, qint64 nextAttemptMs, const QString &error)
{
    m_db.exec(QStringLiteral("UPDATE replica_backlog SET attempts = attempts + 1, "
                             "next_attempt_ms = ?, last_error = ? WHERE source_region = ? AND "
                             "object_key = ?"),
        {nextAttemptMs, error.left(500), sourceRegion, key});
}

void ReplicationStore::dequeue(const QString &sourceRegion, const QString &key)
{
    m_db.exec(
        QStringLiteral("DELETE FROM replica_backlog WHERE source_region = ? AND object_key = ?"),
        {sourceRegion, key});
}

qint64 ReplicationStore::backlogObjects()
{
    auto q = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM replica_backlog"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

std::optional<qint64> ReplicationStore::nextAttemptMs()
{
    auto q = m_db.exec(QStringLiteral("SELECT MIN(next_attempt_ms) FROM replica_backlog"));
    if (!q.next() || q.value(0).isNull())
        return std::nullopt;
    return q.value(0).toLongLong();
}

QList<ReplicaBacklogGroup> ReplicationStore::backlogGroups()
{
    auto q = m_db.execForwardOnly(QStringLiteral(
        "SELECT district, data_class, source_region, COUNT(*), SUM(size), MIN(detected_ms), "
        "MAX(last_error) FROM replica_backlog GROUP BY district, data_class, source_region"));
    QList<ReplicaBacklogGroup> groups;
    while (q.next())
        groups.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toLongLong(),
            q.value(6).toString()});
    return groups;
}

QList<ReplicaCopyGroup> ReplicationStore::copyGroups(qint64 lagSinceMs)
{
    auto q = m_db.execForwardOnly(
        QStringLiteral("SELECT district, data_class, source_region, COUNT(*), MAX(verified_ms), "
                       "MAX(CASE WHEN verified_ms >= ? THEN lag_ms ELSE 0 END) FROM "
                       "replica_copies WHERE state = 'verified' GROUP BY district, data_class, "
                       "source_region"),
        {lagSinceMs});
    QList<ReplicaCopyGroup> groups;
    while (q.next())
        groups.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toLongLong()});
    return groups;
}
