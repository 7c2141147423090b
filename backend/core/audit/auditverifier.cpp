#include "backend/core/audit/auditverifier.h"

namespace {

bool digestEqualsHex(const Sha256::Digest &digest, const QString &hex)
{
    static constexpr char HexDigits[] = "0123456789abcdef";
    if (hex.size() != 64)
        return false;
    const QChar *h = hex.constData();
    for (unsigned char byte : digest) {
        if (h[0] != QLatin1Char(HexDigits[byte >> 4]) || h[1] != QLatin1Char(HexDigits[byte & 0xF]))
            return false;
        h += 2;
    }
    return true;
}

} // namespace

AuditVerifier::AuditVerifier(qint64 firstSeq, QString prevHash)
    : m_expectedSeq(firstSeq)
    , m_prevHash(std::move(prevHash))
{
    m_scratch.reserve(4096);
}

bool AuditVerifier::fail(AuditVerifyResult::Failure failure, qint64 seq, const QString &reason)
{
    m_decided = true;
    m_result.ok = false;
    m_result.failure = failure;
    m_result.firstBadSeq = seq;
    m_result.reason = reason;
    return false;
}

bool AuditVerifier::add(const AuditRecord &record)
{
    return check(record.seq, record.prevHash, record.hash,
        [&] { return record.computeDigest(m_scratch, m_sha); });
}

bool AuditVerifier::addStored(const StoredAuditRow &row)
{
    return check(
        row.seq, row.prevHash, row.hash, [&] { return storedDigest(row, m_scratch, m_sha); });
}

bool AuditVerifier::addStored(const StoredAuditRow &row, const Sha256::Digest &digest)
{
    return check(row.seq, row.prevHash, row.hash, [&digest] { return digest; });
}

Sha256::Digest AuditVerifier::storedDigest(
    const StoredAuditRow &row, QByteArray &scratch, Sha256 &sha)
{
    scratch.truncate(0);
    AuditRecord::appendStoredHashInput(scratch, row);
    sha.reset();
    sha.addData(scratch);
    return sha.result();
}

template <typename ComputeDigest>
bool AuditVerifier::check(
    qint64 seq, const QString &prevHash, const QString &hash, ComputeDigest computeDigest)
{
    struct View
    {
        qint64 seq;
        const QString &prevHash;
        const QString &hash;
    } record{seq, prevHash, hash};
    if (m_decided)
        return false;

    if (m_missingFrom >= 0) {
        // Only deciding between gap and reorder now: does the missing stretch turn up later?
        if (record.seq >= m_missingFrom && record.seq < m_foundInstead) {
            return fail(AuditVerifyResult::Failure::Reordered, m_missingFrom,
                QStringLiteral("records out of order: expected seq %1 but found seq %2; "
                               "seq %3 appears later in the stream")
                    .arg(m_missingFrom)
                    .arg(m_foundInstead)
                    .arg(record.seq));
        }
        if (record.seq <= m_lastSeen) {
            return fail(AuditVerifyResult::Failure::Reordered, m_missingFrom,
                QStringLiteral("expected seq %1 but found seq %2; seq %3 then appears "
                               "again or out of order after seq %4")
                    .arg(m_missingFrom)
                    .arg(m_foundInstead)
                    .arg(record.seq)
                    .arg(m_lastSeen));
        }
        m_lastSeen = record.seq;
        return true;
    }

    if (record.seq > m_expectedSeq) {
        m_missingFrom = m_expectedSeq;
        m_foundInstead = record.seq;
        m_lastSeen = record.seq;
        return true;
    }
    if (record.seq < m_expectedSeq) {
        return fail(AuditVerifyResult::Failure::Reordered, m_expectedSeq,
            QStringLiteral("expected seq %1 but found seq %2 again or out of order")
                .arg(m_expectedSeq)
                .arg(record.seq));
    }
    if (record.prevHash != m_prevHash) {
        return fail(AuditVerifyResult::Failure::BrokenLink, record.seq,
            QStringLiteral("seq %1: prev_hash %2 is not the previous record's hash %3")
                .arg(record.seq)
                .arg(record.prevHash, m_prevHash));
    }
    if (!digestEqualsHex(computeDigest(), record.hash)) {
        return fail(AuditVerifyResult::Failure::HashMismatch, record.seq,
            QStringLiteral("seq %1: stored hash %2 does not match the record's contents; "
                           "the record was changed after it was written")
                .arg(record.seq)
                .arg(record.hash));
    }

    m_prevHash = record.hash;
    m_result.lastSeq = record.seq;
    ++m_expectedSeq;
    ++m_checked;
    return true;
}

AuditVerifyResult AuditVerifier::finish()
{
    if (!m_decided && m_missingFrom >= 0) {
        fail(AuditVerifyResult::Failure::SeqGap, m_missingFrom,
            m_foundInstead - 1 == m_missingFrom
                ? QStringLiteral("seq %1 is missing (the next record has seq %2)")
                      .arg(m_missingFrom)
                      .arg(m_foundInstead)
                : QStringLiteral("seq %1 to %2 are missing (the next record has seq %3)")
                      .arg(m_missingFrom)
                      .arg(m_foundInstead - 1)
                      .arg(m_foundInstead));
    }
    m_result.recordsChecked = m_checked;
    m_result.headHash = m_prevHash;
    if (m_checked == 0)
        m_result.lastSeq = m_expectedSeq - 1;
    return m_result;
}
