#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantList>

#include <functional>
#include <optional>

class Database;

/** A copy of one source object in a region's replica store, as the ledger knows it. */
struct ReplicaCopy
{
    enum class State {
        Copying, // written before the copy is put: the target may hold it, unverified
        Verified, // read back at the target with the source's SHA-256
    };
    QString sourceRegion;
    QString key;
    QString targetRegion;
    QString district;
    QString dataClass;
    State state = State::Copying;
    QString sha256; // of the verified copy
    qint64 size = 0;
    qint64 sourceModifiedMs = 0; // the source object's time when it was copied
    qint64 verifiedMs = 0;
    qint64 lagMs = 0; // from the change at the source to the verified copy
};

/** One source object whose copy is not as it should be (new, changed, deleted, retargeted). */
struct ReplicaPending
{
    QString sourceRegion;
    QString key;
    QString district;
    QString dataClass;
    qint64 size = 0;
    qint64 detectedMs = 0; // when the change happened at the latest: its lag counts from there
    int attempts = 0;
    qint64 nextAttemptMs = 0;
    QString lastError;
};

/** The backlog of one district, class and source region. */
struct ReplicaBacklogGroup
{
    QString district;
    QString dataClass;
    QString sourceRegion;
    qint64 objects = 0;
    qint64 bytes = 0;
    qint64 oldestDetectedMs = 0;
    QString lastError;
};

/** The verified copies of one district, class and source region. */
struct ReplicaCopyGroup
{
    QString district;
    QString dataClass;
    QString sourceRegion;
    qint64 objects = 0;
    qint64 lastVerifiedMs = 0;
    qint64 maxLagMs = 0; // over copies verified since the given time
};

/**
 * The DR ledger (issue #24): every copy a replica store may hold (written before it is put, so a
 * crash never leaves an unrecorded copy) and the durable backlog of objects whose copy is due.
 * Both live in the database, not in memory: a backlog of a million objects costs disk, not RAM.
 * Keys compare byte-wise (SQLite's BINARY on UTF-8), as object store listings do, so a listing
 * page and the ledger's range of it merge in one pass. Every method throws StoreError.
 */
class ReplicationStore
{
public:
    explicit ReplicationStore(Database &db);

    /** Copies of @p sourceRegion's objects with after < key <= upTo ("" = unbounded), by key. */
    QList<ReplicaCopy> copiesInRange(
        const QString &sourceRegion, const QString &after, const QString &upTo);
    /** Copies held by @p targetRegion's replica store with after < key <= upTo, by key. */
    QList<ReplicaCopy> copiesAtTarget(
        const QString &targetRegion, const QString &after, const QString &upTo);
    QList<ReplicaCopy> copiesOf(const QString &sourceRegion, const QString &key);
    /** Every copy of @p district's objects (erasure), at most @p limit. */
    QList<ReplicaCopy> copiesOfDistrict(const QString &district, int limit);
    void putCopy(const ReplicaCopy &copy);
    void removeCopy(const QString &sourceRegion, const QString &key, const QString &targetRegion);

    /** Adds @p pending to the backlog, or makes an entry already there due now (keeping its
     *  detection time: the lag counts from the first change not yet copied). */
    void enqueue(const ReplicaPending &pending);
    /** Up to @p limit entries due at @p nowMs, the longest waiting first. */
    QList<ReplicaPending> due(qint64 nowMs, int limit);
    std::optional<ReplicaPending> pending(const QString &sourceRegion, const QString &key);
    void retryLater(const QString &sourceRegion, const QString &key, qint64 nextAttemptMs,
        const QString &error);
    void dequeue(const QString &sourceRegion, const QString &key);
    qint64 backlogObjects();
    /** The earliest next attempt in the backlog, if any. */
    std::optional<qint64> nextAttemptMs();

    QList<ReplicaBacklogGroup> backlogGroups();
    QList<ReplicaCopyGroup> copyGroups(qint64 lagSinceMs);

    /** Runs @p fn in one transaction (one fsync for all its writes); rethrows, rolled back. */
    void transaction(const std::function<void()> &fn);

private:
    /** The copies matching @p where (SQL after WHERE, with its ORDER BY/LIMIT). */
    QList<ReplicaCopy> selectCopies(const QString &where, const QVariantList &binds);

    Database &m_db;
};
