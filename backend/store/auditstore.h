#pragma once

#include "backend/core/audit/auditrecord.h"
#include "backend/core/audit/auditverifyresult.h"

#include <QDateTime>
#include <QList>

#include <optional>

class Database;

/** Filter for listing audit records; empty/invalid members don't filter. */
struct AuditQuery
{
    QString district;
    QStringList districts; // restrict to these (auditor scope) when not empty
    QDateTime from;
    QDateTime to;
    qint64 afterSeq = 0;
    int limit = 1000;
};

/** The append-only audit_log table. Every method throws StoreError. */
class AuditStore
{
public:
    explicit AuditStore(Database &db);

    /** Inserts one sealed record (the caller wraps it in its transaction). */
    void insert(const AuditRecord &record);
    /** The last record (the chain head), nullopt when the log is empty. */
    std::optional<AuditRecord> last();
    QList<AuditRecord> list(const AuditQuery &query);
    /** Streams the table in seq order through the chain verifier: all of it, or (to verify a
     *  tail) the records after @p afterSeq, whose hash must be @p afterHash. */
    AuditVerifyResult verify(qint64 afterSeq = 0, const QString &afterHash = {});
    qint64 count();

private:
    Database &m_db;
};
