// Tests of the audit hash chain: SHA-256 against published vectors and QCryptographicHash,
// RFC 8785 canonical JSON, the record hash, and verification that names the first bad seq for
// each kind of tampering (edit, delete, reorder, relink).

#include "backend/core/audit/auditchain.h"
#include "backend/core/audit/auditverifier.h"
#include "backend/core/audit/canonicaljson.h"
#include "backend/core/audit/sha256.h"
#include "backend/core/validationerror.h"
#include "testmain.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

#include <functional>

namespace {

QString hex(const Sha256::Digest &digest)
{
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(digest.data()), int(digest.size())).toHex());
}

const QDateTime kStart = QDateTime(QDate(2025, 3, 1), QTime(8, 30, 0, 125), Qt::UTC);

AuditRecord sampleRecord(int i)
{
    static const QStringList actions{
        "migration.commit", "consent.create", "pod.scale", "routing.change", "failover.start"};
    AuditRecord r;
    r.time = kStart.addMSecs(qint64(i) * 1500);
    r.actor = i % 3 == 0 ? QStringLiteral("system:failover") : QStringLiteral("user:alice");
    r.action = actions.at(i % actions.size());
    r.district = QStringLiteral("us-wa-seattle-%1").arg(i % 7);
    r.dataClass = QStringLiteral("student_pii");
    r.fromRegion = QStringLiteral("us-west");
    r.toRegion = QStringLiteral("us-west-2");
    r.rule = QStringLiteral("us-student-records-in-state");
    r.legalBasis = QStringLiteral("State student-privacy law");
    r.details = QJsonObject{
        {QStringLiteral("object"), QStringLiteral("exports/%1.parquet").arg(i)},
        {QStringLiteral("bytes"), 1000 + i},
        {QStringLiteral("sha256"), hex(Sha256::hash(QByteArray::number(i)))},
    };
    return r;
}

QList<AuditRecord> buildChain(int count)
{
    AuditChain chain;
    QList<AuditRecord> records;
    for (int i = 0; i < count; ++i)
        records.append(chain.append(sampleRecord(i)));
    return records;
}

} // namespace

class TestAuditChain : public QObject
{
    Q_OBJECT

private slots:
    void sha256Vectors_data();
    void sha256Vectors();
    void sha256MatchesQCryptographicHash();

    void canonicalJson_data();
    void canonicalJson();
    void recordCanonicalFormAndHash();

    void chainOf100Verifies();
    void tampering_data();
    void tampering();
    void truncatedTailNeedsAnExternalHead();
    void emptyChainVerifies();
    void streamingVerifyWithoutAList();
    void resumeAndVerifyTail();

    void recordJsonRoundTrip();
    void recordFromJsonErrors_data();
    void recordFromJsonErrors();
};

void TestAuditChain::sha256Vectors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("digest");

    // FIPS 180-4 / NIST CAVS examples.
    QTest::newRow("empty") << QByteArray()
                           << "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    QTest::newRow("abc") << QByteArray("abc")
                         << "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    QTest::newRow("448 bits") << QByteArray(
        "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                              << "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1";
    QTest::newRow("896 bits") << QByteArray(
        "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopq"
        "klmnopqrlmnopqrsmnopqrstnopqrstu")
                              << "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1";
    QTest::newRow("million a") << QByteArray(
        1000000, 'a') << "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0";
}

void TestAuditChain::sha256Vectors()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, digest);
    QCOMPARE(hex(Sha256::hash(input)), digest);
}

void TestAuditChain::sha256MatchesQCryptographicHash()
{
    qInfo("SHA-256: %s", Sha256::implementation());
    QRandomGenerator random(20250301);
    for (int length = 0; length < 700; ++length) {
        QByteArray data(length, Qt::Uninitialized);
        for (char &c : data)
            c = char(random.bounded(256));
        const QString expected = QString::fromLatin1(
            QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
        QCOMPARE(hex(Sha256::hash(data)), expected);
        // Same data fed in uneven pieces crosses the 64-byte block boundary everywhere.
        Sha256 sha;
        for (qsizetype at = 0; at < data.size();) {
            const qsizetype piece = std::min<qsizetype>(random.bounded(1, 80), data.size() - at);
            sha.addData(QByteArrayView(data).sliced(at, piece));
            at += piece;
        }
        QCOMPARE(hex(sha.result()), expected);
        // After reset() the same context serves the next record.
        sha.reset();
        sha.addData(data);
        QCOMPARE(hex(sha.result()), expected);
    }
}

void TestAuditChain::canonicalJson_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("canonical");

    QTest::newRow("keys sorted, whitespace dropped")
        << QByteArray(R"({ "b" : 1, "a" : [ true, false, null ], "c": {"z": "", "y": {}} })")
        << QByteArray(R"({"a":[true,false,null],"b":1,"c":{"y":{},"z":""}})");
    // RFC 8785 sorts by UTF-16 code units: U+1F600 (D83D DE00) sorts before U+FFFD, and
    // "é" (U+00E9) after "z".
    QTest::newRow("UTF-16 key order")
        << QByteArray("{\"\xEF\xBF\xBD\": 1, \"\xF0\x9F\x98\x80\": 2, \"\xC3\xA9\": 3, \"z\": 4}")
        << QByteArray("{\"z\":4,\"\xC3\xA9\":3,\"\xF0\x9F\x98\x80\":2,\"\xEF\xBF\xBD\":1}");
    QTest::newRow("integers") << QByteArray(R"([0, -1, 1000000, 9007199254740993])")
                              << QByteArray("[0,-1,1000000,9007199254740993]");
    QTest::newRow("ECMAScript numbers")
        << QByteArray(R"([1.0, 1.5, -0.0, 0.1, 4.50, 2e-3, 1e21, 1e20, 1e-7, 0.000001, 1E30,
                           333333333.33333329, 0.000000000000000000000000001, 123e-20])")
        << QByteArray("[1,1.5,0,0.1,4.5,0.002,1e+21,100000000000000000000,1e-7,0.000001,1e+30,"
                      "333333333.3333333,1e-27,1.23e-18]");
    QTest::newRow("string escapes")
        << QByteArray(
               R"(["quote\" backslash\\ slash/ tab\t nl\n cr\r ff\f bs\b ctl\u0001 del\u007f"])")
        << QByteArray("[\"quote\\\" backslash\\\\ slash/ tab\\t nl\\n cr\\r ff\\f bs\\b ctl\\u0001 "
                      "del\x7f\"]");
    QTest::newRow("non-ASCII stays UTF-8")
        << QByteArray(R"(["caf\u00e9 \u20ac \u2028 \ud83d\ude00"])")
        << QByteArray("[\"caf\xC3\xA9 \xE2\x82\xAC \xE2\x80\xA8 \xF0\x9F\x98\x80\"]");
}

void TestAuditChain::canonicalJson()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, canonical);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(input, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonValue value
        = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    QCOMPARE(CanonicalJson::serialize(value), canonical);
}

void TestAuditChain::recordCanonicalFormAndHash()
{
    AuditRecord r;
    r.seq = 7;
    r.time = QDateTime(QDate(2025, 3, 1), QTime(8, 30, 5, 7), Qt::UTC);
    r.actor = QStringLiteral("user:alice");
    r.action = QStringLiteral("migration.commit");
    r.district = QStringLiteral("de-berlin");
    r.dataClass = QStringLiteral("eu_personal");
    r.fromRegion = QStringLiteral("eu-west");
    r.toRegion = QStringLiteral("eu-central");
    r.rule = QStringLiteral("gdpr-eu-residency");
    r.legalBasis = QStringLiteral("GDPR Art. 44");
    r.details = QJsonObject{
        {QStringLiteral("sha256"), QStringLiteral("ab")}, {QStringLiteral("bytes"), 42}};
    r.prevHash = QString(64, u'0');

    const QByteArray expected
        = R"({"action":"migration.commit","actor":"user:alice","data_class":"eu_personal",)"
          R"("details":{"bytes":42,"sha256":"ab"},"district":"de-berlin","from_region":"eu-west",)"
          R"("legal_basis":"GDPR Art. 44","prev_hash":")"
        + QByteArray(64, '0')
        + R"(","rule":"gdpr-eu-residency","seq":7,"time":"2025-03-01T08:30:05.007Z",)"
          R"("to_region":"eu-central"})";
    QCOMPARE(r.canonicalJson(), expected);

    // hash = SHA-256(prevHash ‖ canonical JSON), computed independently here.
    const QString expectedHash = QString::fromLatin1(
        QCryptographicHash::hash(QByteArray(64, '0') + expected, QCryptographicHash::Sha256)
            .toHex());
    QCOMPARE(r.computeHash(), expectedHash);

    // The time zone a QDateTime happens to carry must not change the canonical form.
    AuditRecord shifted = r;
    shifted.time = r.time.toOffsetFromUtc(3600 * 5 + 1800);
    QCOMPARE(shifted.canonicalJson(), expected);
}

void TestAuditChain::chainOf100Verifies()
{
    const QList<AuditRecord> records = buildChain(100);
    QCOMPARE(records.first().seq, 1);
    QCOMPARE(records.first().prevHash, QString(64, u'0'));
    for (qsizetype i = 1; i < records.size(); ++i) {
        QCOMPARE(records[i].seq, records[i - 1].seq + 1);
        QCOMPARE(records[i].prevHash, records[i - 1].hash);
        QCOMPARE(records[i].hash, records[i].computeHash());
    }

    const AuditVerifyResult result = AuditChain::verify(records);
    QVERIFY2(result.ok, qPrintable(result.reason));
    QCOMPARE(result.recordsChecked, 100);
    QCOMPARE(result.firstBadSeq, -1);
    QCOMPARE(result.failure, AuditVerifyResult::Failure::None);
    QCOMPARE(result.lastSeq, 100);
    QCOMPARE(result.headHash, records.last().hash);
}

using Tamper = std::function<void(QList<AuditRecord> &)>;

void TestAuditChain::tampering_data()
{
    QTest::addColumn<Tamper>("tamper");
    QTest::addColumn<int>("failure");
    QTest::addColumn<qint64>("firstBadSeq");
    QTest::addColumn<qint64>("recordsChecked");

    // records[i] has seq i + 1.
    const auto hashMismatch = int(AuditVerifyResult::Failure::HashMismatch);
    const auto brokenLink = int(AuditVerifyResult::Failure::BrokenLink);
    const auto seqGap = int(AuditVerifyResult::Failure::SeqGap);
    const auto reordered = int(AuditVerifyResult::Failure::Reordered);

    QTest::newRow("edit to_region of seq 37")
        << Tamper([](auto &r) { r[36].toRegion = QStringLiteral("ap-southeast"); }) << hashMismatch
        << qint64(37) << qint64(36);
    QTest::newRow("edit details of seq 50")
        << Tamper([](auto &r) { r[49].details[QStringLiteral("bytes")] = 1; }) << hashMismatch
        << qint64(50) << qint64(49);
    QTest::newRow("edit time of seq 1 by 1 ms")
        << Tamper([](auto &r) { r[0].time = r[0].time.addMSecs(1); }) << hashMismatch << qint64(1)
        << qint64(0);
    QTest::newRow("edit last record")
        << Tamper([](auto &r) { r[99].actor = QStringLiteral("user:mallory"); }) << hashMismatch
        << qint64(100) << qint64(99);
    QTest::newRow("delete seq 42")
        << Tamper([](auto &r) { r.removeAt(41); }) << seqGap << qint64(42) << qint64(41);
    QTest::newRow("delete seq 40 to 44")
        << Tamper([](auto &r) { r.remove(39, 5); }) << seqGap << qint64(40) << qint64(39);
    QTest::newRow("delete first") << Tamper([](auto &r) { r.removeFirst(); }) << seqGap << qint64(1)
                                  << qint64(0);
    QTest::newRow("swap seq 60 and 61")
        << Tamper([](auto &r) { r.swapItemsAt(59, 60); }) << reordered << qint64(60) << qint64(59);
    QTest::newRow("swap seq 10 and 20")
        << Tamper([](auto &r) { r.swapItemsAt(9, 19); }) << reordered << qint64(10) << qint64(9);
    QTest::newRow("duplicate seq 25")
        << Tamper([](auto &r) { r.insert(25, r[24]); }) << reordered << qint64(26) << qint64(25);
    QTest::newRow("change prev_hash of seq 70")
        << Tamper([](auto &r) { r[69].prevHash = r[68].prevHash; }) << brokenLink << qint64(70)
        << qint64(69);
    QTest::newRow("first record not anchored at genesis")
        << Tamper([](auto &r) { r[0].prevHash = QString(64, u'f'); }) << brokenLink << qint64(1)
        << qint64(0);
    // A forger who edits seq 30 and recomputes its hash still breaks the link into seq 31.
    QTest::newRow("edit seq 30 and reseal it") << Tamper([](auto &r) {
        r[29].toRegion = QStringLiteral("ap-southeast");
        r[29].hash = r[29].computeHash();
    }) << brokenLink << qint64(31) << qint64(30);
    // Relinking a changed prev_hash and resealing is caught one record earlier.
    QTest::newRow("change prev_hash of seq 80 and reseal") << Tamper([](auto &r) {
        r[79].prevHash = QString(64, u'1');
        r[79].hash = r[79].computeHash();
    }) << brokenLink << qint64(80) << qint64(79);
    QTest::newRow("renumber seq 90 as 91")
        << Tamper([](auto &r) { r[89].seq = 91; }) << reordered << qint64(90) << qint64(89);
}

void TestAuditChain::tampering()
{
    QFETCH(Tamper, tamper);
    QFETCH(int, failure);
    QFETCH(qint64, firstBadSeq);
    QFETCH(qint64, recordsChecked);

    QList<AuditRecord> records = buildChain(100);
    tamper(records);
    const AuditVerifyResult result = AuditChain::verify(records);
    QVERIFY(!result.ok);
    QCOMPARE(int(result.failure), failure);
    QCOMPARE(result.firstBadSeq, firstBadSeq);
    QCOMPARE(result.recordsChecked, recordsChecked);
    QVERIFY(!result.reason.isEmpty());
    QVERIFY2(result.reason.contains(QString::number(firstBadSeq)), qPrintable(result.reason));
    QCOMPARE(result.toJson().value(QLatin1StringView("first_bad_seq")).toInteger(), firstBadSeq);
}

void TestAuditChain::truncatedTailNeedsAnExternalHead()
{
    QList<AuditRecord> records = buildChain(100);
    const QString realHead = records.last().hash;
    records.removeLast();
    // Dropping the newest record leaves a valid shorter chain: only the head (stored apart from
    // the rows, e.g. the store's chain head or a published anchor) reveals it.
    const AuditVerifyResult result = AuditChain::verify(records);
    QVERIFY(result.ok);
    QCOMPARE(result.lastSeq, 99);
    QVERIFY(result.headHash != realHead);
}

void TestAuditChain::emptyChainVerifies()
{
    const AuditVerifyResult result = AuditChain::verify(QList<AuditRecord>{});
    QVERIFY(result.ok);
    QCOMPARE(result.recordsChecked, 0);
    QCOMPARE(result.lastSeq, 0);
    QCOMPARE(result.headHash, QString(64, u'0'));
}

void TestAuditChain::streamingVerifyWithoutAList()
{
    // A store hands rows over one at a time; only one record is alive at once.
    const QList<AuditRecord> records = buildChain(1000);
    qsizetype next = 0;
    AuditVerifyResult result = AuditChain::verify([&](AuditRecord *out) {
        if (next == records.size())
            return false;
        *out = records[next++];
        return true;
    });
    QVERIFY(result.ok);
    QCOMPARE(result.recordsChecked, 1000);

    // Stops pulling as soon as the outcome is known.
    QList<AuditRecord> tampered = records;
    tampered[10].action = QStringLiteral("pod.delete");
    next = 0;
    result = AuditChain::verify([&](AuditRecord *out) {
        if (next == tampered.size())
            return false;
        *out = tampered[next++];
        return true;
    });
    QVERIFY(!result.ok);
    QCOMPARE(result.firstBadSeq, 11);
    QCOMPARE(next, 11);
}

void TestAuditChain::resumeAndVerifyTail()
{
    const QList<AuditRecord> first = buildChain(10);
    AuditChain resumed(first.last().seq, first.last().hash);
    const AuditRecord eleventh = resumed.append(sampleRecord(10));
    QCOMPARE(eleventh.seq, 11);
    QCOMPARE(eleventh.prevHash, first.last().hash);
    QCOMPARE(resumed.lastSeq(), 11);
    QCOMPARE(resumed.headHash(), eleventh.hash);

    // The whole chain verifies from genesis, and the tail from a trusted checkpoint.
    QVERIFY(AuditChain::verify(first + QList<AuditRecord>{eleventh}).ok);
    AuditVerifier tail(11, first.last().hash);
    QVERIFY(tail.add(eleventh));
    QVERIFY(tail.finish().ok);
    AuditVerifier wrongCheckpoint(11, first.first().hash);
    wrongCheckpoint.add(eleventh);
    QCOMPARE(wrongCheckpoint.finish().failure, AuditVerifyResult::Failure::BrokenLink);
}

void TestAuditChain::recordJsonRoundTrip()
{
    const QList<AuditRecord> records = buildChain(20);
    // Through the wire: JSON text, as GET /audit sends it.
    QJsonArray array;
    for (const AuditRecord &record : records)
        array.append(record.toJson());
    const QByteArray wire = QJsonDocument(array).toJson(QJsonDocument::Compact);
    const QJsonArray parsed = QJsonDocument::fromJson(wire).array();
    QList<AuditRecord> reread;
    for (const QJsonValue &value : parsed)
        reread.append(AuditRecord::fromJson(value.toObject()));
    QCOMPARE(reread, records);
    QVERIFY(AuditChain::verify(reread).ok);

    const QJsonObject json = records.first().toJson();
    QCOMPARE(json.value(QLatin1StringView("time")).toString(),
        QStringLiteral("2025-03-01T08:30:00.125Z"));
    QCOMPARE(json.value(QLatin1StringView("seq")).toInteger(), 1);
    QCOMPARE(json.keys().size(), 13);
}

void TestAuditChain::recordFromJsonErrors_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value"); // Undefined = remove the key
    QTest::addColumn<QString>("field");

    QTest::newRow("missing seq") << "seq" << QJsonValue(QJsonValue::Undefined) << "seq";
    QTest::newRow("fractional seq") << "seq" << QJsonValue(1.5) << "seq";
    QTest::newRow("time without zone") << "time" << QJsonValue("2025-03-01T08:30:00") << "time";
    QTest::newRow("time garbage") << "time" << QJsonValue("yesterday") << "time";
    QTest::newRow("missing actor") << "actor" << QJsonValue(QJsonValue::Undefined) << "actor";
    QTest::newRow("details not an object") << "details" << QJsonValue("x") << "details";
    QTest::newRow("upper-case hash") << "hash" << QJsonValue(QString(64, u'A')) << "hash";
    QTest::newRow("short prev_hash") << "prev_hash" << QJsonValue("00") << "prev_hash";
    QTest::newRow("unknown field") << "signature" << QJsonValue("x") << "signature";
}

void TestAuditChain::recordFromJsonErrors()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, field);

    QJsonObject json = buildChain(1).first().toJson();
    if (value.isUndefined())
        json.remove(key);
    else
        json.insert(key, value);
    try {
        AuditRecord::fromJson(json);
        QFAIL("fromJson accepted a bad record");
    } catch (const ValidationError &error) {
        QCOMPARE(error.field(), field);
    }
}

RP_TEST(TestAuditChain, "tst_auditchain")
#include "tst_auditchain.moc"
