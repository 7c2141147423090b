// Mutation fuzzing of JsonReader and parseJsonObject, the strict readers under every request
// body the daemon takes (pods, consents, migrations, tokens, config). Contract: each accessor
// returns a value of the promised shape or throws ValidationError whose field is the reader's
// prefix plus the key it was asked for; parseJsonObject refuses anything but one JSON object
// with field "body".

#include "backend/core/jsonreader.h"
#include "backend/core/validationerror.h"
#include "fuzz/fuzzharness.h"
#include "testmain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <cmath>

namespace {

using Outcome = FuzzHarness::Outcome;
using Strategy = FuzzMutator::Strategy;

// A prefix as the migration and placement endpoints use it, so errors must keep it.
const QString kPrefix = QStringLiteral("placements[2].");

const QJsonObject kSeed{
    {QStringLiteral("name"), QStringLiteral("us-west-primary")},
    {QStringLiteral("count"), 3},
    {QStringLiteral("ratio"), 0.25},
    {QStringLiteral("flag"), true},
    {QStringLiteral("tags"), QJsonArray{QStringLiteral("SOC2"), QStringLiteral("COPPA")}},
    {QStringLiteral("items"), QJsonArray{1, QStringLiteral("x"), QJsonObject()}},
    {QStringLiteral("nested"), QJsonObject{{QStringLiteral("k"), QStringLiteral("v")}}},
};

// Checks one accessor call: what it returned must have the promised shape, and a refusal must
// name kPrefix + key (rejectUnknown names the offending key, which the object must hold).
template <typename Read, typename Holds>
QString checkAccessor(const char *accessor, const QJsonObject &object, const QString &key,
    Read read, Holds holds, bool *refused)
{
    const QString violation = FuzzHarness::guard<ValidationError>(
        [&]() -> QString {
            const auto value = read();
            if (!holds(value))
                return QStringLiteral("%1(\"%2\") returned a value it promises not to")
                    .arg(accessor, key);
            return {};
        },
        [&](const ValidationError &e) -> QString {
            *refused = true;
            if (e.reason().trimmed().isEmpty())
                return QStringLiteral("%1(\"%2\") refused without a reason").arg(accessor, key);
            if (!e.field().startsWith(kPrefix))
                return QStringLiteral("%1(\"%2\") refused naming '%3', without the prefix '%4'")
                    .arg(accessor, key, e.field(), kPrefix);
            const QString shown = e.field().mid(kPrefix.size());
            const QString named = shown == ValidationError::keyName({}) ? QString() : shown;
            const bool exact = named == key || named.startsWith(key + u'[');
            if (!exact && !(key.isNull() && object.contains(named)))
                return QStringLiteral("%1(\"%2\") refused naming '%3'")
                    .arg(accessor, key, e.field());
            return {};
        });
    return violation;
}

// Every accessor on every key of the seed (and one absent key) against @p object.
Outcome checkReader(const QJsonObject &object)
{
    const JsonReader r(object, kPrefix);
    bool refused = false;
    const QStringList keys = kSeed.keys() + QStringList{QStringLiteral("absent")};
    auto any = [](const auto &) { return true; };
    for (const QString &key : keys) {
        const QList<std::function<QString()>> calls{
            [&] {
                return checkAccessor(
                    "requiredString", object, key, [&] { return r.requiredString(key); },
                    [](const QString &v) { return !v.trimmed().isEmpty(); }, &refused);
            },
            [&] {
                return checkAccessor(
                    "optionalString", object, key, [&] { return r.optionalString(key); }, any,
                    &refused);
            },
            [&] {
                return checkAccessor(
                    "requiredInt", object, key, [&] { return r.requiredInt(key); },
                    [](qint64 v) { return std::abs(double(v)) < 9.0e15; }, &refused);
            },
            [&] {
                return checkAccessor(
                    "optionalInt", object, key, [&] { return r.optionalInt(key); },
                    [](const std::optional<qint64> &v) {
                        return !v || std::abs(double(*v)) < 9.0e15;
                    },
                    &refused);
            },
            [&] {
                return checkAccessor(
                    "requiredDouble", object, key, [&] { return r.requiredDouble(key); },
                    [](double v) { return std::isfinite(v); }, &refused);
            },
            [&] {
                return checkAccessor(
                    "optionalDouble", object, key, [&] { return r.optionalDouble(key); },
                    [](const std::optional<double> &v) { return !v || std::isfinite(*v); },
                    &refused);
            },
            [&] {
                return checkAccessor(
                    "optionalBool", object, key, [&] { return r.optionalBool(key); }, any,
                    &refused);
            },
            [&] {
                return checkAccessor(
                    "stringList", object, key, [&] { return r.stringList(key); }, any, &refused);
            },
            [&] {
                return checkAccessor(
                    "requiredArray", object, key, [&] { return r.requiredArray(key); }, any,
                    &refused);
            },
        };
        for (const auto &call : calls) {
            if (QString why = call(); !why.isEmpty())
                return Outcome::fail(why);
        }
    }
    // A null key marks "the field is whichever unknown key the object holds".
    const QString unknown = checkAccessor(
        "rejectUnknown", object, QString(),
        [&] {
            r.rejectUnknown(kSeed.keys());
            return true;
        },
        any, &refused);
    if (!unknown.isEmpty())
        return Outcome::fail(unknown);
    return {refused ? Outcome::Rejected : Outcome::Accepted, QString()};
}

Outcome checkText(const QByteArray &bytes)
{
    std::optional<QJsonObject> object;
    const QString violation = FuzzHarness::guard<ValidationError>(
        [&] {
            object = parseJsonObject(bytes);
            return QString();
        },
        [](const ValidationError &e) {
            return e.field() == u"body" && !e.reason().trimmed().isEmpty()
                ? QString()
                : QStringLiteral("parseJsonObject refused naming '%1': %2")
                      .arg(e.field(), e.reason());
        });
    if (!object)
        return {Outcome::SyntaxError, violation};
    return checkReader(*object);
}

} // namespace

class TestJsonReaderFuzz : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void textMutations_data();
    void textMutations();
    void treeMutations();
    void regressions_data();
    void regressions();
};

void TestJsonReaderFuzz::initTestCase()
{
    FuzzCrashGuard::install();
    const Outcome seed = checkReader(kSeed);
    QVERIFY2(seed.violation.isEmpty(), qPrintable(seed.violation));
}

void TestJsonReaderFuzz::textMutations_data()
{
    QTest::addColumn<int>("strategy");
    QTest::addColumn<quint32>("seed");
    QTest::newRow("bit flips") << int(Strategy::BitFlips) << 0x4EAD0001u;
    QTest::newRow("token edits") << int(Strategy::TokenEdits) << 0x4EAD0002u;
    QTest::newRow("value swaps") << int(Strategy::ValueSwaps) << 0x4EAD0003u;
    QTest::newRow("key edits") << int(Strategy::KeyEdits) << 0x4EAD0004u;
    QTest::newRow("string poison") << int(Strategy::StringPoison) << 0x4EAD0005u;
    QTest::newRow("stacked") << int(Strategy::Stacked) << 0x4EAD0006u;
}

void TestJsonReaderFuzz::textMutations()
{
    QFETCH(int, strategy);
    QFETCH(quint32, seed);
    QList<FuzzHarness::KnownBug> bugs;
    const QByteArray text = QJsonDocument(kSeed).toJson(QJsonDocument::Compact);
    const auto stats = FuzzHarness::fuzzText("jsonreader", {text}, Strategy(strategy), seed,
        FuzzHarness::iterations(1000), bugs, checkText);
    RP_FUZZ_REPORT(stats, bugs);
    QVERIFY2(stats.reachedValidation() > 0, qPrintable(stats.summary()));
}

void TestJsonReaderFuzz::treeMutations()
{
    QList<FuzzHarness::KnownBug> bugs;
    const auto stats = FuzzHarness::fuzzTree(
        "jsonreader", {kSeed}, 0x4EAD0010u, FuzzHarness::iterations(3000), bugs, checkReader);
    RP_FUZZ_REPORT(stats, bugs);
    QVERIFY2(stats.rejected > 0, qPrintable(stats.summary()));
}

void TestJsonReaderFuzz::regressions_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("isObject"); // whether parseJsonObject must accept it
    QTest::newRow("empty body") << QByteArray() << false;
    QTest::newRow("whitespace only") << QByteArray(" \n\t ") << false;
    QTest::newRow("top-level array") << QByteArray("[{}]") << false;
    QTest::newRow("top-level string") << QByteArray("\"{}\"") << false;
    QTest::newRow("NUL inside the object") << QByteArray("{\"a\":\0 1}", 9) << false;
    QTest::newRow("two objects") << QByteArray("{}{}") << false;
    QTest::newRow("10k nested objects")
        << QByteArray(10000, '{').replace("{{", "{\"a\":{") + QByteArray(10000, '}') << false;
    QTest::newRow("count 9e15 is not an integer") << QByteArray(R"({"count":9e15})") << true;
    QTest::newRow("count -0") << QByteArray(R"({"count":-0})") << true;
    QTest::newRow("tags with a null") << QByteArray(R"({"tags":["a",null]})") << true;
    QTest::newRow("name is a lone surrogate") << QByteArray(R"({"name":"\udc00"})") << true;
}

void TestJsonReaderFuzz::regressions()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, isObject);
    const Outcome outcome = checkText(json);
    QVERIFY2(outcome.violation.isEmpty(),
        qPrintable(FuzzHarness::report(outcome.violation, 0, 0, QString(), json)));
    QCOMPARE(outcome.kind != Outcome::SyntaxError, isObject);
}

RP_TEST(TestJsonReaderFuzz, "tst_jsonreaderfuzz")
#include "tst_jsonreaderfuzz.moc"
