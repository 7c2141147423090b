#pragma once

#include "backend/store/replicationstore.h"

#include <QList>
#include <QMutex>
#include <QString>

#include <atomic>
#include <memory>

class ObjectStoreRegistry;

/** A bandwidth cap shared by the replication workers (a token bucket of one second). */
class ByteRate
{
public:
    /** Blocks the calling worker until @p bytes may go at @p bytesPerS (0: at once), or until
     *  @p stopping is set. */
    void acquire(qint64 bytes, qint64 bytesPerS, const std::atomic_bool &stopping);

private:
    QMutex m_mutex;
    double m_tokens = 0;
    qint64 m_lastMs = -1;
};

/** One backlog entry as a worker takes it: what the ledger holds and where the copy goes. */
struct ReplicationJob
{
    ReplicaPending pending;
    QString target; // the chosen target region, "" for none
    QList<ReplicaCopy> copies; // the ledger's copies of this object, anywhere
    qint64 bytesPerS = 0;
    bool freshIntent = false; // its ledger row was written just now: the target cannot hold it
    QString failpoint; // "copy": SIGKILL after the put, before the read-back
};

/** What a worker did, for the owner's thread to record. */
struct ReplicationJobResult
{
    bool ok = false;
    QString error;
    bool sourceGone = false;
    bool copied = false; // bytes went to the target (else it already held them)
    QString sha256;
    qint64 size = 0;
    qint64 sourceModifiedMs = 0;
    QList<QString> removedTargets; // copies removed, each confirmed absent by a head()
};

/**
 * Runs @p job on the calling (worker) thread: reads the source's head; copies the object to the
 * target's replica store when the target lacks it (or holds other bytes), then reads it back
 * and checks its SHA-256; removes every other copy (all of them when the source object is gone
 * or has no target) and confirms each is gone. Never throws: failures are in the result.
 */
ReplicationJobResult runReplicationJob(const ReplicationJob &job, const ObjectStoreRegistry &stores,
    ByteRate &rate, const std::atomic_bool &stopping);
