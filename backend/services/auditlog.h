#pragma once

#include "backend/core/audit/auditchain.h"
#include "backend/store/auditstore.h"

#include <QDateTime>
#include <QFuture>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <functional>

class Database;

/**
 * The append-only, hash-chained audit log. append() returns only after the record (and any
 * state change that must go with it) is durably committed; a failed commit leaves the chain
 * head untouched and throws StoreError.
 */
class AuditLog : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLog)

public:
    AuditLog(Database &db, AuditStore &store, QObject *parent = nullptr);

    /** Seals and commits @p record; @p alsoCommit runs inside the same transaction. */
    AuditRecord append(AuditRecord record, const std::function<void()> &alsoCommit = {});
    /**
     * Group commit: seals and commits all @p records in one transaction (one fsync), so each is
     * durable when this returns. Throughput is bound by the disk's fsync latency per call, not per
     * record; nothing is committed when any insert fails. @p alsoCommit runs inside the same
     * transaction.
     */
    QList<AuditRecord> appendBatch(
        QList<AuditRecord> records, const std::function<void()> &alsoCommit = {});
    QList<AuditRecord> list(const AuditQuery &query) { return m_store.list(query); }
    /** Verifies the whole chain and that it still ends at the committed head (no truncated
     *  tail); remembers the verified prefix. */
    AuditVerifyResult verify();
    /**
     * As verify(), but re-checks only the records after the last verified prefix (its seq and
     * hash are remembered), so a call costs the new records, not the whole chain. The prefix is
     * re-verified in full by verify() — on a schedule and on an admin's request.
     */
    AuditVerifyResult verifyIncremental();
    /** When the whole chain was last verified in full (invalid before the first time). */
    QDateTime lastFullVerify() const { return m_lastFull; }
    /** Re-verifies the whole chain every @p intervalMs (logged as critical when it fails), in
     *  the background (startFullVerify()). */
    void scheduleFullVerify(int intervalMs);
    /**
     * Verifies the whole chain on a worker thread with its own read-only connection, so probes,
     * routing and writes go on meanwhile (2 s per million records); @p done runs on this
     * object's thread with the result. The chain, its head anchor and the verified prefix are
     * read in one transaction: records appended meanwhile are left for the next verify. While
     * one runs, another request joins it. Without a database file, verifies in place.
     */
    void startFullVerify(std::function<void(const AuditVerifyResult &)> done = {});
    /** Whether a background verification is under way. */
    bool fullVerifyRunning() const { return m_background.isRunning(); }
    /** Shutdown: stops the schedule and waits for a background verification. */
    void stop();
    qint64 lastSeq() const { return m_chain.lastSeq(); }

private:
    struct VerifiedPrefix
    {
        qint64 seq = 0;
        QString hash;
        qint64 records = 0;
    };
    /** @p result, failed when it does not end at the head anchor stored in @p db. */
    static AuditVerifyResult checkAnchor(Database &db, AuditVerifyResult result);
    void adoptFullResult(const AuditVerifyResult &result);
    void loadHead();
    void writeAnchor(const AuditRecord &head);

    Database &m_db;
    AuditStore &m_store;
    AuditChain m_chain;
    VerifiedPrefix m_verified; // seq 0: nothing verified yet
    QDateTime m_lastFull;
    QTimer m_fullVerifyTimer;
    QThreadPool m_pool; // one background verification at a time
    QFuture<AuditVerifyResult> m_background;
    QList<std::function<void(const AuditVerifyResult &)>> m_waiting;
};
