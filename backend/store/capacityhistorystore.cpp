#include "backend/store/capacityhistorystore.h"

#include "backend/store/database.h"

#include <QSqlQuery>
#include <QVariant>

CapacityHistoryStore::CapacityHistoryStore(Database &db)
    : m_db(db)
{ }

void CapacityHistoryStore::append(const QList<CapacityBucket> &buckets)
{
    if (buckets.isEmpty())
        return;
    inTransaction(m_db, [&] {
        for (const auto &b : buckets)
            m_db.exec(QStringLiteral("INSERT OR REPLACE INTO capacity_history "
                                     "(pod, start_ms, rps, capacity_rps) VALUES (?, ?, ?, ?)"),
                {b.pod, b.startMs, b.rps, b.capacityRps});
    });
}

QList<CapacityBucket> CapacityHistoryStore::range(const QString &podId, qint64 fromMs, qint64 toMs)
{
    auto q = m_db.execForwardOnly(
        QStringLiteral("SELECT start_ms, rps, capacity_rps FROM capacity_history "
                       "WHERE pod = ? AND start_ms >= ? AND start_ms < ? ORDER BY start_ms"),
        {podId, fromMs, toMs});
    QList<CapacityBucket> out;
    while (q.next())
        out.append({podId, q.value(0).toLongLong(), q.value(1).toDouble(), q.value(2).toDouble()});
    return out;
}

int CapacityHistoryStore::pruneBefore(qint64 beforeMs)
{
    return m_db.exec(QStringLiteral("DELETE FROM capacity_history WHERE start_ms < ?"), {beforeMs})
        .numRowsAffected();
}

int CapacityHistoryStore::count()
{
    auto q = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM capacity_history"));
    return q.next() ? q.value(0).toInt() : 0;
}
