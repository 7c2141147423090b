#include "backend/core/audit/auditchain.h"

#include "backend/core/audit/auditverifier.h"

AuditChain::AuditChain()
    : m_headHash(AuditVerifier::genesisHash())
{ }

AuditChain::AuditChain(qint64 lastSeq, QString headHash)
    : m_lastSeq(lastSeq)
    , m_headHash(std::move(headHash))
{ }

AuditRecord AuditChain::append(AuditRecord record)
{
    static constexpr char HexDigits[] = "0123456789abcdef";
    record.seq = m_lastSeq + 1;
    record.prevHash = m_headHash;
    // The hash covers the UTC millisecond form; keep the struct equal to what a reader parses.
    record.time = record.time.isValid()
        ? QDateTime::fromMSecsSinceEpoch(record.time.toMSecsSinceEpoch(), Qt::UTC)
        : QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);

    const Sha256::Digest digest = record.computeDigest(m_scratch, m_sha);
    QString hex(64, Qt::Uninitialized);
    QChar *d = hex.data();
    for (unsigned char byte : digest) {
        *d++ = QLatin1Char(HexDigits[byte >> 4]);
        *d++ = QLatin1Char(HexDigits[byte & 0xF]);
    }
    record.hash = hex;
    m_lastSeq = record.seq;
    m_headHash = record.hash;
    return record;
}

AuditVerifyResult AuditChain::verify(
    const std::function<bool(AuditRecord *)> &next, qint64 firstSeq, const QString &prevHash)
{
    AuditVerifier verifier(firstSeq, prevHash.isEmpty() ? AuditVerifier::genesisHash() : prevHash);
    AuditRecord record;
    while (next(&record)) {
        if (!verifier.add(record))
            break;
    }
    return verifier.finish();
}

AuditVerifyResult AuditChain::verify(const QList<AuditRecord> &records)
{
    AuditVerifier verifier;
    for (const AuditRecord &record : records) {
        if (!verifier.add(record))
            break;
    }
    return verifier.finish();
}
