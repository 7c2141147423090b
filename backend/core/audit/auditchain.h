#pragma once

#include "backend/core/audit/auditrecord.h"
#include "backend/core/audit/auditverifyresult.h"
#include "backend/core/audit/sha256.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

/**
 * The head of an append-only, hash-chained audit log: seals new records (seq, prev_hash, hash)
 * and verifies stored ones. Pure computation; the store persists what append() returns.
 */
class AuditChain
{
public:
    /** Starts an empty chain: the first record gets seq 1 and prev_hash of 64 zeros. */
    AuditChain();
    /** Resumes after a stored head (the last record's seq and hash). */
    AuditChain(qint64 lastSeq, QString headHash);

    /** Returns @p record sealed as the next link (seq, prevHash, hash set; time truncated to
     *  UTC milliseconds, stamped now if invalid) and advances the head. */
    AuditRecord append(AuditRecord record);

    qint64 lastSeq() const { return m_lastSeq; }
    const QString &headHash() const { return m_headHash; }

    /** Returns the verification of records pulled from @p next until it returns false; @p next
     *  fills the record it is given. Starts at genesis unless firstSeq/prevHash say otherwise. */
    static AuditVerifyResult verify(const std::function<bool(AuditRecord *)> &next,
        qint64 firstSeq = 1, const QString &prevHash = QString());
    /** Returns the verification of @p records from genesis, in list order. */
    static AuditVerifyResult verify(const QList<AuditRecord> &records);

private:
    qint64 m_lastSeq = 0;
    QString m_headHash;
    QByteArray m_scratch;
    Sha256 m_sha;
};
