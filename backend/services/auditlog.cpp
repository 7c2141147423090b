#include "backend/services/auditlog.h"

#include "backend/services/logging.h"
#include "backend/store/database.h"

AuditLog::AuditLog(Database &db, AuditStore &store, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_store(store)
{
    loadHead();
}

void AuditLog::loadHead()
{
    const auto last = m_store.last();
    m_chain = last ? AuditChain(last->seq, last->hash) : AuditChain();
}

AuditRecord AuditLog::append(AuditRecord record, const std::function<void()> &alsoCommit)
{
    AuditChain next = m_chain;
    const auto sealed = next.append(std::move(record));
    try {
        inTransaction(m_db, [&] {
            m_store.insert(sealed);
            if (alsoCommit)
                alsoCommit();
        });
    } catch (...) {
        qCWarning(lcAudit) << "audit append" << sealed.action << "failed; chain head unchanged";
        throw;
    }
    m_chain = std::move(next);
    Q_EMIT appended(sealed);
    return sealed;
}

QList<AuditRecord> AuditLog::appendBatch(QList<AuditRecord> records)
{
    AuditChain next = m_chain;
    QList<AuditRecord> sealed;
    sealed.reserve(records.size());
    for (auto &record : records)
        sealed.append(next.append(std::move(record)));
    inTransaction(m_db, [&] {
        for (const auto &record : std::as_const(sealed))
            m_store.insert(record);
    });
    m_chain = std::move(next);
    for (const auto &record : std::as_const(sealed))
        Q_EMIT appended(record);
    return sealed;
}
