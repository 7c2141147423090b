#pragma once

#include <QList>
#include <QString>

class Database;

/** One pod's mean figures over one history bucket (a minute by default). */
struct CapacityBucket
{
    QString pod;
    qint64 startMs = 0; // epoch ms of the bucket's start
    double rps = 0;
    double capacityRps = 0;
    friend bool operator==(const CapacityBucket &, const CapacityBucket &) = default;
};

/**
 * The downsampled capacity history (issue #9): per pod one row per bucket, kept for a bounded
 * time (7 days by default) and so bounded in size (pods × buckets). Written once per bucket in
 * one transaction, so a crash loses at most the bucket in progress. Every method throws
 * StoreError.
 */
class CapacityHistoryStore
{
public:
    explicit CapacityHistoryStore(Database &db);

    /** Writes @p buckets (a bucket written again replaces the old row) in one transaction. */
    void append(const QList<CapacityBucket> &buckets);
    /** @p podId's buckets starting in [fromMs, toMs), oldest first. */
    QList<CapacityBucket> range(const QString &podId, qint64 fromMs, qint64 toMs);
    /** Deletes buckets that start before @p beforeMs; returns how many. */
    int pruneBefore(qint64 beforeMs);
    int count();

private:
    Database &m_db;
};
