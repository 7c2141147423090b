#include "backend/store/auditstore.h"

#include "backend/core/audit/auditverifier.h"
#include "backend/core/audit/canonicaljson.h"
#include "backend/store/database.h"
#include "backend/store/sqliteauditreader.h"

#include <QFuture>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentRun>

#include <vector>

namespace {

constexpr auto kColumns
    = "seq, time, actor, action, district, data_class, from_region, to_region, rule, "
      "legal_basis, details, prev_hash, hash";

void fromRow(const QSqlQuery &q, AuditRecord *r)
{
    r->seq = q.value(0).toLongLong();
    r->time = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    r->actor = q.value(2).toString();
    r->action = q.value(3).toString();
    r->district = q.value(4).toString();
    r->dataClass = q.value(5).toString();
    r->fromRegion = q.value(6).toString();
    r->toRegion = q.value(7).toString();
    r->rule = q.value(8).toString();
    r->legalBasis = q.value(9).toString();
    r->details = QJsonDocument::fromJson(q.value(10).toString().toUtf8()).object();
    r->prevHash = q.value(11).toString();
    r->hash = q.value(12).toString();
}

/** Rows read together, and their digests once a worker has hashed them. */
struct RowBatch
{
    static constexpr int Capacity = 2048;
    std::vector<StoredAuditRow> rows = std::vector<StoredAuditRow>(Capacity);
    std::vector<Sha256::Digest> digests = std::vector<Sha256::Digest>(Capacity);
    int size = 0;

    void hash()
    {
        QByteArray scratch;
        Sha256 sha;
        for (int i = 0; i < size; ++i)
            digests[i] = AuditVerifier::storedDigest(rows[i], scratch, sha);
    }
};

/**
 * Reading a row from SQLite and hashing it cost about the same, so one thread reads the next
 * batch while another hashes the last; the chain checks (seq, prev_hash, hash) stay in order on
 * this thread. Two cores verify a million records in about a second instead of two.
 */
AuditVerifyResult verifyPipelined(SqliteAuditReader &reader, AuditVerifier verifier)
{
    RowBatch batches[2];
    const auto fill = [&reader](RowBatch &batch) {
        batch.size = 0;
        while (batch.size < RowBatch::Capacity && reader.next(&batch.rows[batch.size]))
            ++batch.size;
        return batch.size > 0;
    };
    int current = 0;
    bool more = fill(batches[current]);
    while (more) {
        RowBatch &hashing = batches[current];
        QFuture<void> hashed = QtConcurrent::run([&hashing] { hashing.hash(); });
        try {
            more = fill(batches[1 - current]);
        } catch (...) {
            hashed.waitForFinished(); // the worker still uses the batch
            throw;
        }
        hashed.waitForFinished();
        for (int i = 0; i < hashing.size; ++i) {
            if (!verifier.addStored(hashing.rows[i], hashing.digests[i]))
                return verifier.finish();
        }
        current = 1 - current;
    }
    return verifier.finish();
}

} // namespace

AuditStore::AuditStore(Database &db)
    : m_db(db)
{ }

void AuditStore::insert(const AuditRecord &record)
{
    // Time and details are stored in their canonical (hashed) form, so verify() can hash the
    // stored bytes without parsing them.
    const auto r = record.toStored();
    m_db.exec(
        QStringLiteral("INSERT INTO audit_log (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(QLatin1String(kColumns)),
        {r.seq, r.time, r.actor, r.action, r.district, r.dataClass, r.fromRegion, r.toRegion,
            r.rule, r.legalBasis, QString::fromUtf8(r.details), r.prevHash, r.hash});
}

std::optional<AuditRecord> AuditStore::last()
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM audit_log ORDER BY seq DESC LIMIT 1")
                           .arg(QLatin1String(kColumns)));
    if (!q.next())
        return std::nullopt;
    AuditRecord r;
    fromRow(q, &r);
    return r;
}

QList<AuditRecord> AuditStore::list(const AuditQuery &query)
{
    QString sql
        = QStringLiteral("SELECT %1 FROM audit_log WHERE seq > ?").arg(QLatin1String(kColumns));
    QVariantList binds{query.afterSeq};
    if (!query.district.isEmpty()) {
        sql += QStringLiteral(" AND district = ?");
        binds.append(query.district);
    }
    if (!query.districts.isEmpty()) {
        sql += QStringLiteral(" AND district IN (%1)")
                   .arg(QStringList(query.districts.size(), QStringLiteral("?")).join(u','));
        for (const auto &d : query.districts)
            binds.append(d);
    }
    if (query.from.isValid()) {
        sql += QStringLiteral(" AND time >= ?");
        binds.append(query.from.toUTC().toString(Qt::ISODateWithMs));
    }
    if (query.to.isValid()) {
        sql += QStringLiteral(" AND time < ?");
        binds.append(query.to.toUTC().toString(Qt::ISODateWithMs));
    }
    sql += QStringLiteral(" ORDER BY seq LIMIT ?");
    binds.append(query.limit);
    auto q = m_db.exec(sql, binds);
    QList<AuditRecord> out;
    while (q.next()) {
        AuditRecord r;
        fromRow(q, &r);
        out.append(r);
    }
    return out;
}

AuditVerifyResult AuditStore::verify(qint64 afterSeq, const QString &afterHash)
{
    const auto start
        = [&] { return afterSeq > 0 ? AuditVerifier(afterSeq + 1, afterHash) : AuditVerifier(); };
    const QByteArray where = " WHERE seq > " + QByteArray::number(std::max<qint64>(0, afterSeq));
    const QByteArray sql
        = QByteArrayLiteral("SELECT ") + kColumns + " FROM audit_log" + where + " ORDER BY seq";
    if (auto reader = SqliteAuditReader::open(m_db.handle(), sql))
        return verifyPipelined(*reader, start());
    auto q = m_db.execForwardOnly(QStringLiteral("SELECT %1 FROM audit_log%2 ORDER BY seq")
                                      .arg(QLatin1String(kColumns), QString::fromLatin1(where)));
    AuditVerifier verifier = start();
    StoredAuditRow row;
    while (q.next()) {
        row.seq = q.value(0).toLongLong();
        row.time = q.value(1).toString();
        row.actor = q.value(2).toString();
        row.action = q.value(3).toString();
        row.district = q.value(4).toString();
        row.dataClass = q.value(5).toString();
        row.fromRegion = q.value(6).toString();
        row.toRegion = q.value(7).toString();
        row.rule = q.value(8).toString();
        row.legalBasis = q.value(9).toString();
        row.details = q.value(10).toString().toUtf8();
        row.prevHash = q.value(11).toString();
        row.hash = q.value(12).toString();
        if (!verifier.addStored(row))
            break;
    }
    return verifier.finish();
}

qint64 AuditStore::count()
{
    auto q = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    return q.next() ? q.value(0).toLongLong() : 0;
}
