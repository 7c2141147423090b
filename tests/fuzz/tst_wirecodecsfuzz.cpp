// Mutation fuzzing of the wire-type codecs in backend/core: PodSpec, Pod, Replica, Region,
// District, Event, Consent, AuditRecord, Migration and ProblemDetails (see fuzz/wirecodec.h).
// The daemon parses request bodies and fleet files with them, the console the daemon's answers
// and event stream. Contract: each fromJson either returns a value that keeps the type's
// invariants and survives toJson() and back, or throws ValidationError naming a field;
// ProblemDetails::fromHttp never throws. Seeds: resources/demo/fleet.json and small samples.

#include "fuzz/drillwirecodecs.h"
#include "fuzz/replicationwirecodecs.h"
#include "fuzz/residencywirecodecs.h"
#include "fuzz/wirecodec.h"
#include "testmain.h"

#include <QTest>

using namespace wirecodec;
using Strategy = FuzzMutator::Strategy;

class TestWireCodecsFuzz : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void seedsAreValid();
    void textMutations_data();
    void textMutations();
    void truncations_data();
    void truncations();
    void treeMutations_data();
    void treeMutations();
    void missingKeys_data();
    void missingKeys();
    void retypedValues_data();
    void retypedValues();
    void regressions_data();
    void regressions();

private:
    void addCodecRows();
    const WireCodec &codec(const QString &name) const;
    QList<WireCodec> m_codecs;
};

void TestWireCodecsFuzz::initTestCase()
{
    FuzzCrashGuard::install();
    m_codecs = makeCodecs();
}

const WireCodec &TestWireCodecsFuzz::codec(const QString &name) const
{
    for (const WireCodec &c : m_codecs) {
        if (c.name == name)
            return c;
    }
    qFatal("no codec %s", qPrintable(name));
}

void TestWireCodecsFuzz::seedsAreValid()
{
    // Mutating inputs that are already refused would only ever test the error path.
    for (const WireCodec &c : std::as_const(m_codecs)) {
        QVERIFY2(!c.seeds.isEmpty(), qPrintable(c.name));
        for (const QJsonObject &seed : c.seeds) {
            const Outcome outcome = c.check(seed, nullptr);
            const QByteArray text = QJsonDocument(seed).toJson(QJsonDocument::Compact);
            QVERIFY2(outcome.kind == Outcome::Accepted && outcome.violation.isEmpty(),
                qPrintable(QStringLiteral("%1: %2 %3")
                               .arg(c.name, outcome.violation, QString::fromUtf8(text))));
        }
    }
}

void TestWireCodecsFuzz::addCodecRows()
{
    QTest::addColumn<QString>("codec");
    for (const WireCodec &c : std::as_const(m_codecs))
        QTest::newRow(qPrintable(c.name)) << c.name;
}

void TestWireCodecsFuzz::textMutations_data()
{
    QTest::addColumn<QString>("codec");
    QTest::addColumn<int>("strategy");
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("iterations");
    const QList<std::pair<const char *, Strategy>> strategies{{"bit flips", Strategy::BitFlips},
        {"byte inserts", Strategy::ByteInserts}, {"range edits", Strategy::RangeEdits},
        {"token edits", Strategy::TokenEdits}, {"value swaps", Strategy::ValueSwaps},
        {"key edits", Strategy::KeyEdits}, {"string poison", Strategy::StringPoison},
        {"stacked", Strategy::Stacked}};
    // Fixed seeds, one per row, derived from the row's position: failures rerun identically.
    quint32 seed = 0xC0DEC000u;
    for (const WireCodec &c : std::as_const(m_codecs)) {
        for (const auto &[name, strategy] : strategies) {
            QTest::addRow("%s/%s", qPrintable(c.name), name)
                << c.name << int(strategy) << ++seed << 600;
        }
    }
}

void TestWireCodecsFuzz::textMutations()
{
    QFETCH(QString, codec);
    QFETCH(int, strategy);
    QFETCH(quint32, seed);
    QFETCH(int, iterations);

    const WireCodec &c = this->codec(codec);
    QList<FuzzHarness::KnownBug> bugs = c.knownBugs;
    const auto stats = FuzzHarness::fuzzText(codec.toUtf8(), seedTexts(c), Strategy(strategy), seed,
        FuzzHarness::iterations(iterations), bugs,
        [&](const QByteArray &input) { return viaText(c, input); });
    RP_FUZZ_REPORT(stats, bugs);
    QVERIFY2(stats.reachedValidation() > 0, qPrintable(stats.summary()));
}

void TestWireCodecsFuzz::truncations_data()
{
    addCodecRows();
}

void TestWireCodecsFuzz::truncations()
{
    QFETCH(QString, codec);
    const WireCodec &c = this->codec(codec);
    QList<FuzzHarness::KnownBug> bugs = c.knownBugs;
    // Every byte of every seed: they are a few hundred bytes each.
    const auto stats = FuzzHarness::fuzzTruncations(codec.toUtf8(), seedTexts(c), 1, bugs,
        [&](const QByteArray &input) { return viaText(c, input); });
    RP_FUZZ_REPORT(stats, bugs);
    QVERIFY2(stats.syntaxErrors > 0 || codec == u"problemdetails", qPrintable(stats.summary()));
}

void TestWireCodecsFuzz::treeMutations_data()
{
    QTest::addColumn<QString>("codec");
    QTest::addColumn<quint32>("seed");
    quint32 seed = 0x7EEE0000u;
    for (const WireCodec &c : std::as_const(m_codecs))
        QTest::newRow(qPrintable(c.name)) << c.name << ++seed;
}

void TestWireCodecsFuzz::treeMutations()
{
    QFETCH(QString, codec);
    QFETCH(quint32, seed);
    const WireCodec &c = this->codec(codec);
    QList<FuzzHarness::KnownBug> bugs = c.knownBugs;
    const auto stats
        = FuzzHarness::fuzzTree(codec.toUtf8(), c.seeds, seed, FuzzHarness::iterations(2000), bugs,
            [&](const QJsonObject &input) { return c.check(input, nullptr); });
    RP_FUZZ_REPORT(stats, bugs);
    QVERIFY2(stats.accepted > 0, qPrintable(stats.summary()));
}

void TestWireCodecsFuzz::missingKeys_data()
{
    addCodecRows();
}

void TestWireCodecsFuzz::missingKeys()
{
    // Drop each key of each seed in turn: a required one must be refused naming exactly it.
    QFETCH(QString, codec);
    const WireCodec &c = this->codec(codec);
    int required = 0;
    for (qsizetype s = 0; s < c.seeds.size(); ++s) {
        const QJsonObject &seed = c.seeds.at(s);
        for (const QString &key : seed.keys()) {
            QJsonObject input = seed;
            input.remove(key);
            QString field;
            const Outcome outcome = c.check(input, &field);
            const QByteArray text = QJsonDocument(input).toJson(QJsonDocument::Compact);
            const QString mutation = QStringLiteral("seed %1 without '%2'").arg(s).arg(key);
            if (!outcome.violation.isEmpty())
                QFAIL(qPrintable(FuzzHarness::report(outcome.violation, 0, 0, mutation, text)));
            if (!c.required.contains(key))
                continue;
            ++required;
            if (outcome.kind != Outcome::Rejected || field != key) {
                QFAIL(qPrintable(FuzzHarness::report(
                    QStringLiteral("dropping required '%1' was not refused naming it (field '%2')")
                        .arg(key, field),
                    0, 0, mutation, text)));
            }
        }
    }
    QCOMPARE(required > 0, !c.required.isEmpty());
}

void TestWireCodecsFuzz::retypedValues_data()
{
    addCodecRows();
}

void TestWireCodecsFuzz::retypedValues()
{
    // Each top-level value of each seed, replaced by each hostile value (wrong types, edge
    // numbers, infinities, NaN, huge strings, 10k-deep arrays).
    QFETCH(QString, codec);
    const WireCodec &c = this->codec(codec);
    QList<FuzzHarness::KnownBug> bugs = c.knownBugs;
    const auto &hostile = FuzzMutator::hostileValues();
    int iteration = 0;
    for (qsizetype s = 0; s < std::min<qsizetype>(c.seeds.size(), 3); ++s) {
        const QJsonObject &seed = c.seeds.at(s);
        for (const QString &key : seed.keys()) {
            for (qsizetype v = 0; v < hostile.size(); ++v, ++iteration) {
                QJsonObject input = seed;
                input.insert(key, hostile.at(v));
                const QByteArray text = QJsonDocument(input).toJson(QJsonDocument::Compact);
                Outcome outcome;
                {
                    FuzzCrashGuard::Scope scope(codec.toUtf8(), 0, iteration, text);
                    outcome = c.check(input, nullptr);
                }
                if (outcome.violation.isEmpty())
                    continue;
                const auto makeReport = [&] {
                    return FuzzHarness::report(outcome.violation, 0, iteration,
                        QStringLiteral("seed %1 with '%2' = hostile value #%3")
                            .arg(s)
                            .arg(key)
                            .arg(v),
                        text);
                };
                if (!FuzzHarness::tally(bugs, text, outcome.violation, makeReport))
                    QFAIL(qPrintable(makeReport()));
            }
        }
    }
    FuzzHarness::expectKnownBugs(bugs);
    QVERIFY(iteration > 0);
}

void TestWireCodecsFuzz::regressions_data()
{
    QTest::addColumn<QString>("codec");
    QTest::addColumn<QByteArray>("json");
    // Null: must be accepted; "*": refused naming any field; else the field it must name.
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("knownBug"); // non-empty: expected to fail until that bug is fixed
    const auto row = [](const char *name, const char *codec, const QByteArray &json,
                         const QString &field, const char *bug = "") {
        QTest::newRow(name) << QString::fromLatin1(codec) << json << field
                            << QString::fromLatin1(bug);
    };
    const QByteArray hashes
        = R"("prev_hash":")" + QByteArray(64, '0') + R"(","hash":")" + QByteArray(64, 'a') + '"';
    const QByteArray audit
        = R"({"seq":1,"time":"2026-01-01T00:00:00.000Z","actor":"a","action":"b",)" + hashes + '}';
    const QByteArray consent
        = R"({"id":"c","district":"d","data_class":"student_pii","region":"r","reference":"x","expires":"2027-01-01T00:00:00Z"})";
    const QByteArray district
        = R"({"id":"d","jurisdiction":"US-WA","latitude":47.6,"longitude":-122.3,"data_classes":["student_pii"]})";

    // Nasty inputs the contract already holds for; they stay as tripwires.
    row("podspec: 10k nested arrays as body", "podspec",
        QByteArray(10000, '[') + QByteArray(10000, ']'), "body");
    row("podspec: NUL byte after the body", "podspec",
        QByteArray("{\"region\":\"r\",\"type\":\"edge\"}\0", 29), "body");
    row("podspec: replicas 1e309", "podspec", R"({"region":"r","type":"edge","replicas":1e309})",
        "body");
    row("podspec: replicas 1.5", "podspec", R"({"region":"r","type":"edge","replicas":1.5})",
        "replicas");
    row("podspec: certifications nested 1000 deep", "podspec",
        R"({"region":"r","type":"edge","certifications":)" + QByteArray(1000, '[')
            + QByteArray(1000, ']') + "}",
        "certifications[0]");
    row("podspec: duplicate key, the last one counts", "podspec",
        R"({"region":"r","type":"edge","replicas":2,"replicas":"2"})", "replicas");
    row("podspec: lone surrogate as region (a string, so accepted)", "podspec",
        R"({"region":"\ud800","type":"edge"})", QString());
    row("podspec: NUL in an unknown key", "podspec", R"({"region":"r","type":"edge","a\u0000b":1})",
        "*");
    row("region: latitude 90.000001", "region",
        R"({"id":"x","latitude":90.000001,"longitude":0,"jurisdiction":"DE"})", "latitude");
    row("event: time without offset (local time)", "event",
        R"({"seq":1,"type":"t","time":"2026-01-01T00:00:00","data":{}})", QString());
    row("consent: expiry without offset", "consent",
        QByteArray(consent).replace("00:00:00Z", "00:00:00"), "expires");
    row("auditrecord: seq 2^53 + 1", "auditrecord",
        QByteArray(audit).replace("\"seq\":1", "\"seq\":9007199254740993"), QString());
    row("auditrecord: upper-case hash", "auditrecord",
        QByteArray(audit).replace(QByteArray(64, 'a'), QByteArray(64, 'A')), "hash");
    row("problemdetails: invalid UTF-8 body", "problemdetails", "\xff\xfe\xc0", QString());
    row("problemdetails: blank title, no detail", "problemdetails", R"({"title":"   "})",
        QString());

    // Bugs found by this fuzzer; each row flips to XPASS (a failure) once its bug is fixed.
    row("podspec: replicas 4294967298 with max 4 (once wrapped to 2)", "podspec",
        R"({"region":"r","type":"edge","replicas":4294967298,"max_replicas":4})", "replicas");
    row("podspec: max_replicas 4294967360 (once wrapped to 64)", "podspec",
        R"({"region":"r","type":"edge","max_replicas":4294967360})", "max_replicas");
    row("replica: port 4294967297", "replica", R"({"index":0,"port":4294967297})", "port");
    row("podspec: unknown empty key", "podspec", R"({"region":"r","type":"edge","":1})", "\"\"");
    row("consent: unknown empty key", "consent", QByteArray(consent).replace("{", "{\"\":1,"),
        "\"\"");
    row("auditrecord: unknown empty key", "auditrecord", QByteArray(audit).replace("{", "{\"\":1,"),
        "\"\"");
    row("district: latitude 1000", "district", QByteArray(district).replace("47.6", "1000"),
        "latitude");
    row("district: latitude and longitude swapped", "district",
        QByteArray(district).replace("47.6", "-122.3").replace("-122.3}", "47.6}"), "latitude");
    row("district: data class 'studnet_pii'", "district",
        QByteArray(district).replace("student_pii", "studnet_pii"), "data_classes[0]");
    // Once accepted and written back as "" (one time reader, parseIsoTime, now refuses them).
    row("consent: expiry in UTC year 10000", "consent",
        QByteArray(consent).replace("2027-01-01T00:00:00Z", "9999-12-31T23:59:59-14:00"),
        "expires");
    row("event: time in UTC year 10000", "event",
        R"({"seq":1,"type":"t","time":"9999-12-31T23:00:00-01:00","data":{}})", "time");
    row("auditrecord: time in UTC year 10000", "auditrecord",
        QByteArray(audit).replace("2026-01-01T00:00:00.000Z", "9999-12-31T23:59:59.999-00:01"),
        "time");
}

void TestWireCodecsFuzz::regressions()
{
    QFETCH(QString, codec);
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QFETCH(QString, knownBug);

    const WireCodec &c = this->codec(codec);
    const Outcome outcome = viaText(c, json);
    if (!knownBug.isEmpty())
        QEXPECT_FAIL("", qPrintable(knownBug), Abort);
    QVERIFY2(outcome.violation.isEmpty(),
        qPrintable(FuzzHarness::report(outcome.violation, 0, 0, QString(), json)));
    if (field.isNull()) {
        // ProblemDetails has no refusal to check; every other codec must accept.
        if (!c.checkText)
            QCOMPARE(int(outcome.kind), int(Outcome::Accepted));
        return;
    }
    QVERIFY2(outcome.kind != Outcome::Accepted, "accepted");
    QString refused = QStringLiteral("body");
    if (outcome.kind == Outcome::Rejected)
        c.check(parseJsonObject(json), &refused);
    if (field == u"*")
        QVERIFY(!refused.isEmpty());
    else
        QCOMPARE(refused, field);
}

RP_TEST(TestWireCodecsFuzz, "tst_wirecodecsfuzz")
#include "tst_wirecodecsfuzz.moc"
