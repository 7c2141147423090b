#pragma once

#include "backend/core/audit/auditrecord.h"
#include "backend/core/audit/auditverifyresult.h"
#include "backend/core/audit/sha256.h"

#include <QByteArray>
#include <QString>

/**
 * Verifies an audit chain one record at a time, in the order a store streams it, holding only
 * the previous hash — so a million rows never sit in memory together.
 *
 *   AuditVerifier verifier;
 *   while (query.next() && verifier.add(recordFromRow(query))) {}
 *   AuditVerifyResult result = verifier.finish();
 *
 * Checks per record, in this order: seq is the next expected one; prev_hash equals the previous
 * record's hash; the fields hash to the stored hash. When seq jumps ahead the verifier keeps
 * reading sequence numbers (cheaply, no hashing) to tell deleted rows (seq_gap: the rest only
 * ascends) from moved or duplicated ones (reordered: the missing seq turns up later, or a seq
 * repeats), and reports the first missing seq either way.
 */
class AuditVerifier
{
public:
    /** Starts at genesis (seq 1, 64 zeros) or, to verify a tail, after a known-good record. */
    explicit AuditVerifier(qint64 firstSeq = 1, QString prevHash = genesisHash());

    /** Returns the prev_hash of a chain's first record: 64 zeros. */
    static QString genesisHash() { return QString(64, u'0'); }

    /** Checks the next record; returns false once the outcome is decided (stop feeding). */
    bool add(const AuditRecord &record);
    /** As add(), for a row in its stored text form (hashes the stored bytes, no JSON parsing). */
    bool addStored(const StoredAuditRow &row);
    /** As addStored(), with storedDigest(row) already computed (perhaps on another thread). */
    bool addStored(const StoredAuditRow &row, const Sha256::Digest &digest);
    /** Returns the digest addStored() compares with the row's stored hash; reuses the buffers. */
    static Sha256::Digest storedDigest(const StoredAuditRow &row, QByteArray &scratch, Sha256 &sha);
    /** Returns the outcome of everything added; call after the last record. */
    AuditVerifyResult finish();

private:
    template <typename ComputeDigest>
    bool check(qint64 seq, const QString &prevHash, const QString &hash, ComputeDigest digest);
    bool fail(AuditVerifyResult::Failure failure, qint64 seq, const QString &reason);

    qint64 m_expectedSeq;
    QString m_prevHash;
    qint64 m_checked = 0;
    bool m_decided = false;
    // Set while telling a gap from a reorder: the first missing seq and the seq found instead.
    qint64 m_missingFrom = -1;
    qint64 m_foundInstead = -1;
    qint64 m_lastSeen = -1;
    AuditVerifyResult m_result;
    QByteArray m_scratch;
    Sha256 m_sha;
};
