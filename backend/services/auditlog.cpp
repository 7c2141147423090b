#include "backend/services/auditlog.h"

#include "backend/services/logging.h"
#include "backend/store/database.h"

#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

AuditLog::AuditLog(Database &db, AuditStore &store, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_store(store)
{
    m_pool.setMaxThreadCount(1);
    loadHead();
}

void AuditLog::loadHead()
{
    const auto last = m_store.last();
    m_chain = last ? AuditChain(last->seq, last->hash) : AuditChain();
}

void AuditLog::writeAnchor(const AuditRecord &head)
{
    // The head (seq and hash) is kept apart from the chain: a chain stays valid when its newest
    // records are deleted, the anchor then names what is missing.
    m_db.exec(QStringLiteral("DELETE FROM settings WHERE key = 'audit_head'"));
    m_db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('audit_head', ?)"),
        {QStringLiteral("%1:%2").arg(head.seq).arg(head.hash)});
}

AuditVerifyResult AuditLog::verify()
{
    const auto result = checkAnchor(m_db, m_store.verify());
    adoptFullResult(result);
    return result;
}

void AuditLog::adoptFullResult(const AuditVerifyResult &result)
{
    m_lastFull = QDateTime::currentDateTimeUtc();
    // A prefix verified in full stays verified: records appended since are checked by the next
    // incremental call.
    m_verified = result.ok ? VerifiedPrefix{result.lastSeq, result.headHash, result.recordsChecked}
                           : VerifiedPrefix{};
}

void AuditLog::startFullVerify(std::function<void(const AuditVerifyResult &)> done)
{
    if (done)
        m_waiting.append(std::move(done));
    if (m_background.isRunning())
        return; // joins the one under way
    const QString path = m_db.path();
    if (path.isEmpty() || path == u":memory:") {
        const auto result = verify();
        for (const auto &callback : std::exchange(m_waiting, {}))
            callback(result);
        return;
    }
    m_background = QtConcurrent::run(&m_pool, [path] {
        try {
            Database reader;
            reader.openSqliteReader(path);
            AuditStore store(reader);
            return inTransaction(reader, [&] { return checkAnchor(reader, store.verify()); });
        } catch (const std::exception &e) {
            AuditVerifyResult failed;
            failed.ok = false;
            failed.reason = QStringLiteral("the chain could not be read: %1")
                                .arg(QString::fromUtf8(e.what()));
            return failed;
        }
    });
    m_background.then(this, [this](const AuditVerifyResult &result) {
        adoptFullResult(result);
        for (const auto &callback : std::exchange(m_waiting, {}))
            callback(result);
    });
}

void AuditLog::stop()
{
    m_fullVerifyTimer.stop();
    m_pool.waitForDone();
}

void AuditLog::scheduleFullVerify(int intervalMs)
{
    m_fullVerifyTimer.setInterval(intervalMs);
    m_fullVerifyTimer.disconnect(this);
    connect(&m_fullVerifyTimer, &QTimer::timeout, this, [this] {
        startFullVerify([](const AuditVerifyResult &result) {
            if (!result.ok)
                qCCritical(lcAudit).noquote() << "scheduled audit chain verification FAILED at seq"
                                              << result.firstBadSeq << ":" << result.reason;
            else
                qCInfo(lcAudit) << "audit chain verified in full:" << result.recordsChecked
                                << "records";
        });
    });
    m_fullVerifyTimer.start();
}

AuditVerifyResult AuditLog::verifyIncremental()
{
    if (m_verified.seq == 0)
        return verify();
    auto tail = m_store.verify(m_verified.seq, m_verified.hash);
    tail.recordsChecked += m_verified.records;
    auto result = checkAnchor(m_db, tail);
    if (result.ok)
        m_verified = {result.lastSeq, result.headHash, result.recordsChecked};
    else
        m_verified = {}; // the next call looks at everything again
    return result;
}

AuditVerifyResult AuditLog::checkAnchor(Database &db, AuditVerifyResult result)
{
    if (!result.ok)
        return result;
    auto q = db.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'audit_head'"));
    if (!q.next())
        return result;
    const auto anchor = q.value(0).toString();
    const auto anchoredSeq = anchor.section(QLatin1Char(':'), 0, 0).toLongLong();
    const auto anchoredHash = anchor.section(QLatin1Char(':'), 1);
    if (result.lastSeq < anchoredSeq) {
        result.ok = false;
        result.failure = AuditVerifyResult::Failure::SeqGap;
        result.firstBadSeq = result.lastSeq + 1;
        result.reason = QStringLiteral(
            "records %1 to %2 are missing: the log ends at seq %3 but its head anchor is seq %2")
                            .arg(result.lastSeq + 1)
                            .arg(anchoredSeq)
                            .arg(result.lastSeq);
    } else if (result.lastSeq == anchoredSeq && result.headHash != anchoredHash) {
        result.ok = false;
        result.failure = AuditVerifyResult::Failure::HashMismatch;
        result.firstBadSeq = anchoredSeq;
        result.reason
            = QStringLiteral("seq %1 does not match the head anchor; the log was rewritten")
                  .arg(anchoredSeq);
    }
    return result;
}

AuditRecord AuditLog::append(AuditRecord record, const std::function<void()> &alsoCommit)
{
    AuditChain next = m_chain;
    const auto sealed = next.append(std::move(record));
    try {
        inTransaction(m_db, [&] {
            m_store.insert(sealed);
            writeAnchor(sealed);
            if (alsoCommit)
                alsoCommit();
        });
    } catch (...) {
        qCWarning(lcAudit) << "audit append" << sealed.action << "failed; chain head unchanged";
        throw;
    }
    m_chain = std::move(next);
    return sealed;
}

QList<AuditRecord> AuditLog::appendBatch(
    QList<AuditRecord> records, const std::function<void()> &alsoCommit)
{
    AuditChain next = m_chain;
    QList<AuditRecord> sealed;
    sealed.reserve(records.size());
    for (auto &record : records)
        sealed.append(next.append(std::move(record)));
    inTransaction(m_db, [&] {
        for (const auto &record : std::as_const(sealed))
            m_store.insert(record);
        if (!sealed.isEmpty())
            writeAnchor(sealed.constLast());
        if (alsoCommit)
            alsoCommit();
    });
    m_chain = std::move(next);
    return sealed;
}
