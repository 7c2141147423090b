// Mutation fuzzing of the agent's fault spec parser (FaultSpec::parse, the body of POST
// /faults). Failover drills post these bodies to live agents, so a bad one must come back as
// a field and a reason, never crash the agent or arm a fault other than the one described.

#include "backend/agent/faultspec.h"
#include "backend/core/validationerror.h"
#include "fuzz/fuzzharness.h"
#include "testmain.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

namespace {

using Outcome = FuzzHarness::Outcome;
using Strategy = FuzzMutator::Strategy;

const QStringList kKeys{QStringLiteral("mode"), QStringLiteral("latency_ms"),
    QStringLiteral("error_rate"), QStringLiteral("duration_s")};

QList<QByteArray> seeds()
{
    return {R"({"mode":"none"})", R"({"mode":"crash","duration_s":null})",
        R"({"mode":"hang","duration_s":30})",
        R"({"mode":"latency","latency_ms":250,"duration_s":5.5})",
        R"({"mode":"errors","error_rate":0.25})",
        R"({"mode":"errors","error_rate":1,"latency_ms":0,"duration_s":86400})"};
}

QString specViolation(const QJsonObject &sent, const FaultSpec &spec)
{
    using Mode = FaultSpec::Mode;
    const QString mode = FaultSpec::modeName(spec.mode);
    if (mode != sent.value(QLatin1StringView("mode")).toString())
        return QStringLiteral("armed mode '%1' for a body asking for '%2'")
            .arg(mode, sent.value(QLatin1StringView("mode")).toString());
    if (spec.latencyMs < 0 || spec.latencyMs > FaultSpec::maxLatencyMs
        || (spec.mode != Mode::Latency && spec.latencyMs != 0))
        return QStringLiteral("accepted latency %1 ms for mode %2").arg(spec.latencyMs).arg(mode);
    if (spec.mode == Mode::Latency
        && double(spec.latencyMs) != sent.value(QLatin1StringView("latency_ms")).toDouble())
        return QStringLiteral("latency_ms %1 was armed as %2")
            .arg(sent.value(QLatin1StringView("latency_ms")).toDouble())
            .arg(spec.latencyMs);
    if (!(spec.errorRate >= 0 && spec.errorRate <= 1)
        || (spec.mode != Mode::Errors && spec.errorRate != 0))
        return QStringLiteral("accepted error rate %1 for mode %2").arg(spec.errorRate).arg(mode);
    if (spec.durationS
        && (!(*spec.durationS > 0 && *spec.durationS <= FaultSpec::maxDurationS)
            || spec.mode == Mode::None || spec.mode == Mode::Crash))
        return QStringLiteral("accepted duration %1 s for mode %2").arg(*spec.durationS).arg(mode);
    return {};
}

Outcome checkBody(const QByteArray &body)
{
    std::optional<FaultSpec> spec;
    FaultSpec::Error error;
    QString violation = FuzzHarness::guardNoThrow([&] {
        spec = FaultSpec::parse(body, &error);
        // The error pointer is optional; without it the verdict must be the same.
        if (FaultSpec::parse(body, nullptr).has_value() != spec.has_value())
            return QStringLiteral("parse() with and without an error pointer disagree");
        return QString();
    });
    if (!violation.isEmpty())
        return Outcome::fail(violation);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject sent = document.object();
    if (!spec) {
        const bool syntax = error.field == u"body";
        if (error.reason.trimmed().isEmpty())
            violation = QStringLiteral("refused naming '%1' without a reason").arg(error.field);
        else if (error.field.isEmpty())
            violation = QStringLiteral("refused naming no field: %1").arg(error.reason);
        else if (!syntax && !kKeys.contains(error.field)
            && !sent.contains(
                error.field == ValidationError::keyName({}) ? QString() : error.field))
            violation
                = QStringLiteral("refused naming '%1', which is neither a field nor in the body")
                      .arg(error.field);
        else if (syntax && parseError.error == QJsonParseError::NoError && document.isObject())
            violation
                = QStringLiteral("refused a well-formed object as malformed: %1").arg(error.reason);
        return {syntax ? Outcome::SyntaxError : Outcome::Rejected, violation};
    }
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Outcome::fail(QStringLiteral("accepted a body that is no JSON object"));
    violation = FuzzHarness::guardNoThrow([&] {
        if (QString why = specViolation(sent, *spec); !why.isEmpty())
            return why;
        // What the agent reports back (GET /faults) must parse to the same fault.
        FaultSpec::Error again;
        const auto reread = FaultSpec::parse(
            QJsonDocument(spec->toJson()).toJson(QJsonDocument::Compact), &again);
        if (!reread || reread->mode != spec->mode || reread->latencyMs != spec->latencyMs
            || reread->errorRate != spec->errorRate || reread->durationS != spec->durationS)
            return QStringLiteral(
                "toJson() of the accepted fault does not parse back to it (%1: %2)")
                .arg(again.field, again.reason);
        return QString();
    });
    return {Outcome::Accepted, violation};
}

QList<FuzzHarness::KnownBug> knownBugs()
{
    return {}; // none left: an unknown empty key was once refused naming no field
}

} // namespace

class TestFaultSpecFuzz : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mutations_data();
    void mutations();
    void truncations();
    void treeMutations();
    void missingKeys();
    void retypedValues();
    void regressions_data();
    void regressions();
};

void TestFaultSpecFuzz::initTestCase()
{
    FuzzCrashGuard::install();
    for (const QByteArray &seed : seeds()) {
        const Outcome outcome = checkBody(seed);
        QVERIFY2(
            outcome.kind == Outcome::Accepted && outcome.violation.isEmpty(), seed.constData());
    }
}

void TestFaultSpecFuzz::mutations_data()
{
    QTest::addColumn<int>("strategy");
    QTest::addColumn<quint32>("seed");
    QTest::newRow("bit flips") << int(Strategy::BitFlips) << 0xFA170001u;
    QTest::newRow("byte inserts") << int(Strategy::ByteInserts) << 0xFA170002u;
    QTest::newRow("range edits") << int(Strategy::RangeEdits) << 0xFA170003u;
    QTest::newRow("token edits") << int(Strategy::TokenEdits) << 0xFA170004u;
    QTest::newRow("value swaps") << int(Strategy::ValueSwaps) << 0xFA170005u;
    QTest::newRow("key edits") << int(Strategy::KeyEdits) << 0xFA170006u;
    QTest::newRow("string poison") << int(Strategy::StringPoison) << 0xFA170007u;
    QTest::newRow("stacked") << int(Strategy::Stacked) << 0xFA170008u;
}

void TestFaultSpecFuzz::mutations()
{
    QFETCH(int, strategy);
    QFETCH(quint32, seed);
    QList<FuzzHarness::KnownBug> bugs = knownBugs();
    const auto stats = FuzzHarness::fuzzText("faultspec", seeds(), Strategy(strategy), seed,
        FuzzHarness::iterations(1200), bugs, checkBody);
    RP_FUZZ_REPORT(stats, bugs);
    QVERIFY2(stats.reachedValidation() > 0, qPrintable(stats.summary()));
}

void TestFaultSpecFuzz::truncations()
{
    QList<FuzzHarness::KnownBug> bugs = knownBugs();
    const auto stats = FuzzHarness::fuzzTruncations("faultspec", seeds(), 1, bugs, checkBody);
    RP_FUZZ_REPORT(stats, bugs);
    QVERIFY2(stats.syntaxErrors > 0, qPrintable(stats.summary()));
}

void TestFaultSpecFuzz::treeMutations()
{
    QList<QJsonObject> objects;
    for (const QByteArray &seed : seeds())
        objects.append(QJsonDocument::fromJson(seed).object());
    QList<FuzzHarness::KnownBug> bugs = knownBugs();
    const auto stats = FuzzHarness::fuzzTree("faultspec", objects, 0xFA170010u,
        FuzzHarness::iterations(4000), bugs, [](const QJsonObject &object) {
            return checkBody(QJsonDocument(object).toJson(QJsonDocument::Compact));
        });
    RP_FUZZ_REPORT(stats, bugs);
    QVERIFY2(stats.accepted > 0 && stats.rejected > 0, qPrintable(stats.summary()));
}

void TestFaultSpecFuzz::missingKeys()
{
    // "mode" is always required; latency_ms for mode latency, error_rate for mode errors.
    int required = 0;
    for (const QByteArray &seed : seeds()) {
        const QJsonObject object = QJsonDocument::fromJson(seed).object();
        const QString mode = object.value(QLatin1StringView("mode")).toString();
        for (const QString &key : object.keys()) {
            QJsonObject dropped = object;
            dropped.remove(key);
            const QByteArray body = QJsonDocument(dropped).toJson(QJsonDocument::Compact);
            const Outcome outcome = checkBody(body);
            const QString mutation = QStringLiteral("remove '%1'").arg(key);
            if (!outcome.violation.isEmpty())
                QFAIL(qPrintable(FuzzHarness::report(outcome.violation, 0, 0, mutation, body)));
            const bool needed = key == u"mode" || (key == u"latency_ms" && mode == u"latency")
                || (key == u"error_rate" && mode == u"errors");
            if (!needed)
                continue;
            ++required;
            FaultSpec::Error error;
            const bool parsed = FaultSpec::parse(body, &error).has_value();
            if (parsed || error.field != key)
                QFAIL(qPrintable(FuzzHarness::report(
                    QStringLiteral("dropping required '%1' was not refused naming it (got '%2')")
                        .arg(key, error.field),
                    0, 0, mutation, body)));
        }
    }
    QCOMPARE(required, 9);
}

void TestFaultSpecFuzz::retypedValues()
{
    QList<FuzzHarness::KnownBug> bugs = knownBugs();
    int iteration = 0;
    for (const QByteArray &seed : seeds()) {
        const QJsonObject object = QJsonDocument::fromJson(seed).object();
        for (const QString &key : kKeys) {
            for (const QJsonValue &value : FuzzMutator::hostileValues()) {
                QJsonObject retyped = object;
                retyped.insert(key, value);
                const QByteArray body = QJsonDocument(retyped).toJson(QJsonDocument::Compact);
                const Outcome outcome = checkBody(body);
                ++iteration;
                if (outcome.violation.isEmpty())
                    continue;
                const auto makeReport = [&] {
                    return FuzzHarness::report(outcome.violation, 0, iteration,
                        QStringLiteral("set '%1' to a hostile value").arg(key), body);
                };
                if (!FuzzHarness::tally(bugs, body, outcome.violation, makeReport))
                    QFAIL(qPrintable(makeReport()));
            }
        }
    }
    FuzzHarness::expectKnownBugs(bugs);
}

void TestFaultSpecFuzz::regressions_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field"); // null: accepted; "*": any non-empty field
    QTest::addColumn<QString>("knownBug");
    const auto row
        = [](const char *name, const QByteArray &body, const QString &field, const char *bug = "") {
              QTest::newRow(name) << body << field << QString::fromLatin1(bug);
          };
    row("empty body", QByteArray(), "body");
    row("NUL byte", QByteArray(1, '\0'), "body");
    row("array of faults", R"([{"mode":"crash"}])", "body");
    row("10k nested arrays", QByteArray(10000, '[') + QByteArray(10000, ']'), "body");
    row("latency 1e309", R"({"mode":"latency","latency_ms":1e309})", "body");
    row("latency at the limit", R"({"mode":"latency","latency_ms":600000})", QString());
    row("latency one above the limit", R"({"mode":"latency","latency_ms":600001})", "latency_ms");
    row("latency 4294967296 (would wrap to 0 as int)",
        R"({"mode":"latency","latency_ms":4294967296})", "latency_ms");
    row("latency 5e-324", R"({"mode":"latency","latency_ms":5e-324})", "latency_ms");
    row("error rate -0", R"({"mode":"errors","error_rate":-0})", QString());
    row("duration just above a day", R"({"mode":"hang","duration_s":86400.000001})", "duration_s");
    row("mode with a NUL", R"({"mode":"crash\u0000"})", "mode");
    row("mode in upper case", R"({"mode":"CRASH"})", "mode");
    row("duplicate mode: the last one counts", R"({"mode":"crash","mode":"none"})", QString());
    row("unknown empty key", R"({"mode":"none","":1})", "\"\"");
}

void TestFaultSpecFuzz::regressions()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    QFETCH(QString, knownBug);
    const Outcome outcome = checkBody(body);
    if (!knownBug.isEmpty())
        QEXPECT_FAIL("", qPrintable(knownBug), Abort);
    QVERIFY2(outcome.violation.isEmpty(),
        qPrintable(FuzzHarness::report(outcome.violation, 0, 0, QString(), body)));
    FaultSpec::Error error;
    const bool parsed = FaultSpec::parse(body, &error).has_value();
    QCOMPARE(parsed, field.isNull());
    if (field == u"*")
        QVERIFY(!error.field.isEmpty());
    else if (!field.isNull())
        QCOMPARE(error.field, field);
}

RP_TEST(TestFaultSpecFuzz, "tst_faultspecfuzz")
#include "tst_faultspecfuzz.moc"
