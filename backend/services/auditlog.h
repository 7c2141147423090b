#pragma once

#include "backend/core/audit/auditchain.h"
#include "backend/store/auditstore.h"

#include <QObject>

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
     * record; nothing is committed when any insert fails.
     */
    QList<AuditRecord> appendBatch(QList<AuditRecord> records);
    QList<AuditRecord> list(const AuditQuery &query) { return m_store.list(query); }
    /** Verifies the chain and that it still ends at the committed head (no truncated tail). */
    AuditVerifyResult verify();
    qint64 lastSeq() const { return m_chain.lastSeq(); }

private:
    void loadHead();
    void writeAnchor(const AuditRecord &head);

    Database &m_db;
    AuditStore &m_store;
    AuditChain m_chain;
};
