// The audit log in SQLite: records round-trip, the stored (canonical) form hashes exactly like the
// record, filters work, and any byte changed in a stored row is found by verify().

#include "backend/core/audit/auditchain.h"
#include "backend/services/auditlog.h"
#include "backend/store/auditstore.h"
#include "backend/store/database.h"
#include "backend/store/storeerror.h"
#include "testmain.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {

AuditRecord record(const QString &district, const QJsonObject &details)
{
    AuditRecord r;
    r.actor = QStringLiteral("operator:t");
    r.action = QStringLiteral("migration.commit");
    r.district = district;
    r.dataClass = QStringLiteral("student_pii");
    r.fromRegion = QStringLiteral("us-east");
    r.toRegion = QStringLiteral("ca-central");
    r.rule = QStringLiteral("ca-provincial-residency");
    r.legalBasis = QStringLiteral("FIPPA s. 30.1 — \"quoted\", tab\there, ünïcødé, 😀");
    r.details = details;
    return r;
}

} // namespace

class TestAuditStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void storedFormHashesLikeTheRecord_data();
    void storedFormHashesLikeTheRecord();
    void roundTripAndFilters();
    void anyChangedByteIsFound_data();
    void anyChangedByteIsFound();
    void longChainVerifiesAcrossBatches_data();
    void longChainVerifiesAcrossBatches();
    void failedCommitLeavesChainUntouched();
    void incrementalVerifyChecksOnlyTheTail();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuditStore> m_store;
    std::unique_ptr<AuditLog> m_log;
};

void TestAuditStore::init()
{
    m_log.reset();
    m_store.reset();
    m_db.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    m_db->openSqlite(m_dir->filePath(QStringLiteral("a.db")));
    m_store = std::make_unique<AuditStore>(*m_db);
    m_log = std::make_unique<AuditLog>(*m_db, *m_store);
}

void TestAuditStore::storedFormHashesLikeTheRecord_data()
{
    QTest::addColumn<QJsonObject>("details");
    QTest::newRow("empty") << QJsonObject{};
    QTest::newRow("nested unsorted") << QJsonObject{{QStringLiteral("z"), 1},
        {QStringLiteral("a"),
            QJsonObject{{QStringLiteral("y"), true}, {QStringLiteral("b"), QJsonValue()}}}};
    QTest::newRow("numbers") << QJsonObject{{QStringLiteral("size"), 2198},
        {QStringLiteral("ratio"), 0.1}, {QStringLiteral("big"), 1e21},
        {QStringLiteral("neg"), -0.0}};
    QTest::newRow("strings") << QJsonObject{
        {QStringLiteral("key"), QStringLiteral("a/b \"c\"\n\u0001")},
        {QStringLiteral("é"), QStringLiteral("😀")}};
    QTest::newRow("array") << QJsonObject{
        {QStringLiteral("keys"), QJsonArray{QStringLiteral("x"), 2, false}}};
}

void TestAuditStore::storedFormHashesLikeTheRecord()
{
    QFETCH(QJsonObject, details);
    AuditChain chain;
    const auto sealed = chain.append(record(QStringLiteral("d1"), details));
    QByteArray fromRecord;
    sealed.appendHashInput(fromRecord);
    QByteArray fromStored;
    AuditRecord::appendStoredHashInput(fromStored, sealed.toStored());
    QCOMPARE(fromStored, fromRecord);
    // And through the database.
    m_log->append(record(QStringLiteral("d1"), details));
    const auto result = m_store->verify();
    QVERIFY2(result.ok, qPrintable(result.reason));
    QCOMPARE(m_store->list({}).first().details, details);
}

void TestAuditStore::roundTripAndFilters()
{
    for (int i = 0; i < 10; ++i)
        m_log->append(record(
            i % 2 ? QStringLiteral("odd") : QStringLiteral("even"), {{QStringLiteral("i"), i}}));
    QCOMPARE(m_store->count(), 10);
    AuditQuery odd;
    odd.district = QStringLiteral("odd");
    QCOMPARE(m_store->list(odd).size(), 5);
    AuditQuery scoped;
    scoped.districts = {QStringLiteral("even")};
    scoped.afterSeq = 4;
    const auto evens = m_store->list(scoped);
    QCOMPARE(evens.size(), 3); // seq 5, 7, 9 hold the even i = 4, 6, 8
    QCOMPARE(evens.first().seq, 5);
    const auto all = m_store->list({});
    for (qsizetype i = 1; i < all.size(); ++i)
        QCOMPARE(all.at(i).prevHash, all.at(i - 1).hash);
    QCOMPARE(m_log->lastSeq(), 10);
    QVERIFY(m_store->verify().ok);
}

void TestAuditStore::anyChangedByteIsFound_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<qint64>("badSeq");
    QTest::newRow("details reformatted")
        << "UPDATE audit_log SET details = '{ \"i\": 3 }' WHERE seq = 4" << qint64(4);
    QTest::newRow("time reformatted")
        << "UPDATE audit_log SET time = replace(time, 'Z', '+00:00') WHERE seq = 6" << qint64(6);
    QTest::newRow("district moved")
        << "UPDATE audit_log SET district = 'odd' WHERE seq = 3" << qint64(3);
    QTest::newRow("hash replaced") << "UPDATE audit_log SET hash = (CASE WHEN substr(hash, 1, 1) = "
                                      "'f' THEN 'e' ELSE 'f' END) || substr(hash, 2) WHERE seq = 8"
                                   << qint64(8);
    QTest::newRow("last row removed") << "DELETE FROM audit_log WHERE seq = 10" << qint64(-1);
}

void TestAuditStore::anyChangedByteIsFound()
{
    QFETCH(QString, sql);
    QFETCH(qint64, badSeq);
    for (int i = 0; i < 10; ++i)
        m_log->append(record(QStringLiteral("even"), {{QStringLiteral("i"), i}}));
    m_db->exec(sql);
    if (badSeq < 0) {
        // A truncated tail keeps a valid chain; the log's head anchor reveals it.
        QVERIFY(m_store->verify().ok);
        const auto anchored = m_log->verify();
        QVERIFY(!anchored.ok);
        QCOMPARE(anchored.firstBadSeq, 10);
        return;
    }
    const auto result = m_log->verify();
    QVERIFY(!result.ok);
    QCOMPARE(result.firstBadSeq, badSeq);
}

// verify() reads and hashes a long chain in batches of a couple of thousand rows on two threads:
// damage at and across batch edges is still found, at the right seq.
void TestAuditStore::longChainVerifiesAcrossBatches_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<qint64>("badSeq");
    QTest::newRow("intact") << QStringList{} << qint64(-1);
    QTest::newRow("first row") << QStringList{"UPDATE audit_log SET actor = 'x' WHERE seq = 1"}
                               << qint64(1);
    for (const qint64 seq : {2047, 2048, 2049, 4097, 5000}) {
        QTest::addRow("edited seq %lld", static_cast<long long>(seq)) << QStringList{
            QStringLiteral("UPDATE audit_log SET rule = 'x' WHERE seq = %1")
                .arg(seq)} << seq;
    }
    QTest::newRow("removed at a batch edge")
        << QStringList{"DELETE FROM audit_log WHERE seq = 2049"} << qint64(2049);
    QTest::newRow("swapped across batches")
        << QStringList{"UPDATE audit_log SET seq = -1 WHERE seq = 2000",
               "UPDATE audit_log SET seq = 2000 WHERE seq = 3000",
               "UPDATE audit_log SET seq = 3000 WHERE seq = -1"}
        << qint64(2000);
}

void TestAuditStore::longChainVerifiesAcrossBatches()
{
    QFETCH(QStringList, statements);
    QFETCH(qint64, badSeq);
    constexpr int Records = 5000;
    for (int start = 0; start < Records; start += 500) {
        QList<AuditRecord> batch;
        for (int i = start; i < start + 500; ++i)
            batch.append(record(
                i % 3 ? QStringLiteral("a") : QStringLiteral("b"), {{QStringLiteral("i"), i}}));
        m_log->appendBatch(batch);
    }
    QCOMPARE(m_store->count(), Records);
    for (const auto &sql : statements)
        m_db->exec(sql);
    const auto result = m_store->verify();
    if (badSeq < 0) {
        QVERIFY2(result.ok, qPrintable(result.reason));
        QCOMPARE(result.recordsChecked, Records);
        return;
    }
    QVERIFY(!result.ok);
    QCOMPARE(result.firstBadSeq, badSeq);
}

void TestAuditStore::failedCommitLeavesChainUntouched()
{
    m_log->append(record(QStringLiteral("d"), {}));
    const auto head = m_log->lastSeq();
    QVERIFY_THROWS_EXCEPTION(StoreError, m_log->append(record(QStringLiteral("d"), {}), [&] {
        m_db->exec(QStringLiteral("INSERT INTO no_such_table VALUES (1)"));
    }));
    QCOMPARE(m_log->lastSeq(), head);
    QCOMPARE(m_store->count(), 1);
    m_log->append(record(QStringLiteral("d"), {}));
    QVERIFY(m_store->verify().ok);
}

// Issue #8 defect 10: a verify call costs the records since the last one, not the whole chain.
void TestAuditStore::incrementalVerifyChecksOnlyTheTail()
{
    for (int i = 0; i < 10; ++i)
        m_log->append(record(QStringLiteral("even"), {{QStringLiteral("i"), i}}));
    auto first = m_log->verifyIncremental(); // nothing verified yet: a full pass
    QVERIFY(first.ok);
    QCOMPARE(first.recordsChecked, 10);
    QVERIFY(m_log->lastFullVerify().isValid());

    for (int i = 10; i < 15; ++i)
        m_log->append(record(QStringLiteral("even"), {{QStringLiteral("i"), i}}));
    // An edit inside the verified prefix is for the full pass to find; the incremental one
    // reads only seq 11..15, so it still passes — which shows it did not re-read the prefix.
    m_db->exec(QStringLiteral("UPDATE audit_log SET district = 'odd' WHERE seq = 3"));
    const auto tail = m_log->verifyIncremental();
    QVERIFY(tail.ok);
    QCOMPARE(tail.recordsChecked, 15);
    QCOMPARE(tail.lastSeq, 15);
    const auto full = m_log->verify();
    QVERIFY(!full.ok);
    QCOMPARE(full.firstBadSeq, 3);
    // After a failure nothing counts as verified: the next incremental call is a full one.
    QVERIFY(!m_log->verifyIncremental().ok);

    m_db->exec(QStringLiteral("UPDATE audit_log SET district = 'even' WHERE seq = 3"));
    QVERIFY(m_log->verify().ok);
    // A change in the tail is found by the incremental pass.
    m_log->append(record(QStringLiteral("even"), {{QStringLiteral("i"), 15}}));
    m_db->exec(QStringLiteral("UPDATE audit_log SET district = 'odd' WHERE seq = 16"));
    const auto changed = m_log->verifyIncremental();
    QVERIFY(!changed.ok);
    QCOMPARE(changed.firstBadSeq, 16);
}

RP_TEST(TestAuditStore, "tst_auditstore")
#include "tst_auditstore.moc"
