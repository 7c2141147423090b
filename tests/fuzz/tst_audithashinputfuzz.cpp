// Fuzzing of the audit hash input writers (AuditRecord::appendHashInput and
// appendStoredHashInput). The verifier hashes every row of the audit database, which it exists
// to distrust, so the hash input must be exactly what auditrecord.h specifies whatever the
// columns hold: a tampered prev_hash, control characters, 10 KB texts, lone surrogates.

#include "backend/core/audit/auditrecord.h"
#include "backend/core/audit/canonicaljson.h"
#include "fuzz/fuzzharness.h"
#include "testmain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <limits>

namespace {

// The hash input of @p row as auditrecord.h specifies it: UTF-8(prev_hash), then the RFC 8785
// form of every field but hash (the stored details are canonical already).
QByteArray specifiedHashInput(const StoredAuditRow &row, const QJsonObject &details)
{
    const QJsonObject fields{{QStringLiteral("action"), row.action},
        {QStringLiteral("actor"), row.actor}, {QStringLiteral("data_class"), row.dataClass},
        {QStringLiteral("details"), details}, {QStringLiteral("district"), row.district},
        {QStringLiteral("from_region"), row.fromRegion},
        {QStringLiteral("legal_basis"), row.legalBasis},
        {QStringLiteral("prev_hash"), row.prevHash}, {QStringLiteral("rule"), row.rule},
        {QStringLiteral("seq"), row.seq}, {QStringLiteral("time"), row.time},
        {QStringLiteral("to_region"), row.toRegion}};
    return row.prevHash.toUtf8() + CanonicalJson::serialize(fields);
}

// appendStoredHashInput into a buffer with spare capacity, so that a writer running past the
// QByteArray's size shows as a wrong result instead of corrupting the test's heap.
QByteArray storedHashInput(const StoredAuditRow &row)
{
    QByteArray out;
    out.reserve(specifiedHashInput(row, {}).size() + row.details.size() + 4096);
    AuditRecord::appendStoredHashInput(out, row);
    return out;
}

} // namespace

class TestAuditHashInputFuzz : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { FuzzCrashGuard::install(); }
    void storedRowHashInput_data();
    void storedRowHashInput();
    void hashInputRegressions_data();
    void hashInputRegressions();
};

void TestAuditHashInputFuzz::storedRowHashInput_data()
{
    // The audit database is what the verifier exists to distrust: a row's hash input must be
    // exact whatever its columns hold, a tampered prev_hash included.
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("iterations");
    QTest::newRow("random columns") << 0xA0D17001u << 3000;
}

void TestAuditHashInputFuzz::storedRowHashInput()
{
    QFETCH(quint32, seed);
    QFETCH(int, iterations);
    const QStringList texts{QString(), QStringLiteral("a"), QString(40, QChar(1)),
        QStringLiteral("user:alice"), QStringLiteral("\"\\\n\t"), QStringLiteral("é€😀"),
        QString(QChar(0xD800)), QString(10 * 1024, u'x'), QString(64, u'0')};
    // No lone surrogates here: "UTF-8(prev_hash)" has no defined bytes for them.
    const QStringList prevHashes{QString(), QStringLiteral("a"), QStringLiteral("é€"),
        QStringLiteral("abc"), QString(64, u'0'), QString(200, u'f')};
    const QList<QJsonObject> details{{}, {{QStringLiteral("k"), 1.5}},
        {{QStringLiteral("s"), QString(500, QChar(2))},
            {QStringLiteral("a"), QJsonArray{1, true}}}};
    QList<FuzzHarness::KnownBug> bugs;
    for (int i = 0; i < FuzzHarness::iterations(iterations); ++i) {
        FuzzMutator pick(seed, i);
        StoredAuditRow row;
        row.seq = pick.chance(10) ? std::numeric_limits<qint64>::max() : pick.pick(1000000);
        row.time = QStringLiteral("2026-01-01T00:00:00.000Z");
        for (QString *text : {&row.actor, &row.action, &row.district, &row.dataClass,
                 &row.fromRegion, &row.toRegion, &row.rule, &row.legalBasis})
            *text = pick.pickFrom(texts);
        row.prevHash = pick.pickFrom(prevHashes);
        const QJsonObject object = pick.pickFrom(details);
        row.details = CanonicalJson::serialize(object);
        // The report shows the row as JSON.
        const QByteArray input = QJsonDocument(
            QJsonObject{{QStringLiteral("prev_hash"), row.prevHash},
                {QStringLiteral("actor"), row.actor}, {QStringLiteral("action"), row.action},
                {QStringLiteral("data_class"), row.dataClass}, {QStringLiteral("seq"), row.seq},
                {QStringLiteral("details"),
                    object}}).toJson(QJsonDocument::Compact);
        QByteArray expected;
        QByteArray actual;
        const QString escaped = FuzzHarness::guardNoThrow([&] {
            FuzzCrashGuard::Scope scope("storedrow", seed, i, input);
            expected = specifiedHashInput(row, object);
            actual = storedHashInput(row);
            return QString();
        });
        if (escaped.isEmpty() && actual == expected)
            continue;
        const QString violation = !escaped.isEmpty()
            ? escaped
            : QStringLiteral("hash input of a row with a %1-character prev_hash differs from the "
                             "specification: %2")
                  .arg(row.prevHash.size())
                  .arg(FuzzHarness::firstDifference(expected, actual));
        const auto makeReport = [&] {
            return FuzzHarness::report(violation, seed, i, QStringLiteral("random columns"), input);
        };
        if (!FuzzHarness::tally(bugs, input, violation, makeReport))
            QFAIL(qPrintable(makeReport()));
    }
    FuzzHarness::expectKnownBugs(bugs);
}

void TestAuditHashInputFuzz::hashInputRegressions_data()
{
    QTest::addColumn<QString>("prevHash");
    QTest::addColumn<QString>("text"); // actor, action and data_class
    QTest::addColumn<QString>("knownBug");
    const QString controls(40, QChar(1));
    QTest::newRow("64-digit prev_hash, control characters")
        << QString(64, u'0') << controls << QString();
    QTest::newRow("3-character prev_hash, control characters")
        << QStringLiteral("abc") << controls << QString();
    // Once wrote past the buffer: the key literals were budgeted 32 of their 44 bytes.
    QTest::newRow("empty prev_hash, empty columns") << QString() << QString() << QString();
    QTest::newRow("1-character prev_hash, control characters")
        << QStringLiteral("a") << controls << QString();
}

void TestAuditHashInputFuzz::hashInputRegressions()
{
    QFETCH(QString, prevHash);
    QFETCH(QString, text);
    QFETCH(QString, knownBug);

    // Both writers: the stored row's (verifier) and the in-memory record's (chain append).
    StoredAuditRow row;
    row.seq = 1;
    row.time = QStringLiteral("2026-01-01T00:00:00.000Z");
    row.actor = row.action = row.dataClass = text;
    row.details = "{}";
    row.prevHash = prevHash;
    const QByteArray expected = specifiedHashInput(row, {});
    AuditRecord record;
    record.seq = row.seq;
    record.time = QDateTime::fromString(row.time, Qt::ISODateWithMs);
    record.actor = record.action = record.dataClass = text;
    record.prevHash = prevHash;
    QByteArray fromRecord;
    fromRecord.reserve(expected.size() + 4096); // see storedHashInput()
    record.appendHashInput(fromRecord);

    if (!knownBug.isEmpty())
        QEXPECT_FAIL("", qPrintable(knownBug), Continue);
    QVERIFY2(storedHashInput(row) == expected,
        qPrintable(FuzzHarness::firstDifference(expected, storedHashInput(row))));
    if (!knownBug.isEmpty())
        QEXPECT_FAIL("", qPrintable(knownBug), Continue);
    QVERIFY2(
        fromRecord == expected, qPrintable(FuzzHarness::firstDifference(expected, fromRecord)));
}

RP_TEST(TestAuditHashInputFuzz, "tst_audithashinputfuzz")
#include "tst_audithashinputfuzz.moc"
