// Mutation fuzzing of the residency policy pack parser (PolicyPack::fromJson). Operators edit
// packs by hand and the daemon reloads them while it runs, so a broken file has to come back as
// a list of errors that point into the file, never as a crash, a hang or half a pack that the
// evaluator then trusts. Seed: the shipped resources/policies/default.json.

#include "backend/core/residency/jurisdictioncode.h"
#include "backend/core/residency/policyevaluator.h"
#include "backend/core/residency/policypack.h"
#include "backend/core/residency/policypackparser.h"
#include "fuzz/fuzzharness.h"
#include "testmain.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

using Outcome = FuzzHarness::Outcome;
using Strategy = FuzzMutator::Strategy;

const QString kFileName = QStringLiteral("fuzz.json");

QByteArray readDefaultPack()
{
    QFile file(QDir(qEnvironmentVariable("RP_SOURCE_DIR"))
                   .filePath(QStringLiteral("resources/policies/default.json")));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read resources/policies/default.json (is RP_SOURCE_DIR set?)");
    return file.readAll();
}

// A valid pack with one zone and one rule; %1 replaces the rule, %2 the zones object.
QByteArray packWith(
    const QString &rule, const QString &zones = QStringLiteral(R"({"EU": ["DE", "FR"]})"))
{
    return QStringLiteral(R"({"version": 1, "name": "t", "zones": %2, "rules": [%1],
        "default": {"id": "default-deny", "legal_basis": "deny by default", "remedy": "add a rule"}})")
        .arg(rule, zones)
        .toUtf8();
}

// A valid rule; %1 is its allow_target object and %2 extra members.
QString ruleWith(const QString &allowTarget = QStringLiteral(R"({"in": ["@EU"]})"),
    const QString &extra = QString(), const QString &id = QStringLiteral("r1"))
{
    return QStringLiteral(R"({"id": "%3", "applies_to": [{"data_classes": ["eu_personal"]}],
        "allow_target": %1, "legal_basis": "GDPR", "remedy": "use the EU"%2})")
        .arg(allowTarget, extra, id);
}

// RFC 6901 reference tokens of @p pointer ("~1" is '/', "~0" is '~').
QStringList pointerTokens(const QString &pointer)
{
    QStringList tokens = pointer.split(u'/');
    tokens.removeFirst(); // the empty text before the leading '/'
    for (QString &token : tokens)
        token.replace(QStringLiteral("~1"), QStringLiteral("/"))
            .replace(QStringLiteral("~0"), QStringLiteral("~"));
    return tokens;
}

// True if @p pointer names a value of @p root, or a missing member of an object in it (the
// parser points at where a required key should be).
bool pointerResolves(const QJsonValue &root, const QString &pointer)
{
    if (pointer.isEmpty())
        return true;
    // A '~' that is not "~0" or "~1" means a key went into the pointer unescaped.
    static const QRegularExpression badEscape(QStringLiteral("~(?![01])"));
    if (badEscape.match(pointer).hasMatch())
        return false;
    const QStringList tokens = pointerTokens(pointer);
    QJsonValue at = root;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const bool last = i + 1 == tokens.size();
        if (at.isObject()) {
            const QJsonObject object = at.toObject();
            if (!object.contains(tokens.at(i)))
                return last;
            at = object.value(tokens.at(i));
        } else if (at.isArray()) {
            bool ok = false;
            const qsizetype index = tokens.at(i).toLongLong(&ok);
            if (!ok || index < 0 || index >= at.toArray().size())
                return false;
            at = at.toArray().at(index);
        } else {
            return false;
        }
    }
    return true;
}

// The contract of a refusal: at least one error, each naming our file, a reason, and a JSON
// pointer that exists in the document (or "" for the whole document).
QString errorsViolation(const QByteArray &input, const QList<PolicyError> &errors)
{
    if (errors.isEmpty())
        return QStringLiteral("refused the pack without any error");
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(input, &parseError);
    const bool parsed = parseError.error == QJsonParseError::NoError && document.isObject();
    for (const PolicyError &error : errors) {
        if (error.file != kFileName)
            return QStringLiteral("error names file '%1', not '%2'").arg(error.file, kFileName);
        if (error.reason.trimmed().isEmpty())
            return QStringLiteral("error at '%1' has no reason").arg(error.path);
        if (!error.path.isEmpty() && !error.path.startsWith(u'/'))
            return QStringLiteral("error path '%1' is not a JSON pointer").arg(error.path);
        if (parsed && !pointerResolves(document.object(), error.path))
            return QStringLiteral("error path '%1' does not exist in the document (%2)")
                .arg(error.path, error.toString());
    }
    return {};
}

QString ruleViolation(const PolicyRule &rule, const QString &where)
{
    if (rule.id.trimmed().isEmpty() || rule.id.size() > 64)
        return QStringLiteral("%1 has id '%2'").arg(where, rule.id);
    if (rule.legalBasis.trimmed().isEmpty() || rule.remedy.trimmed().isEmpty())
        return QStringLiteral("%1 ('%2') has no legal basis or remedy").arg(where, rule.id);
    return {};
}

bool refResolves(const QString &ref, const PolicyPack &pack)
{
    if (ref.startsWith(u'@'))
        return pack.zones().contains(ref.mid(1));
    return JurisdictionCode::parse(ref).isValid();
}

// What a loaded pack promises the evaluator (PolicyPack: "a pack only exists once it passed
// validation as a whole"), checked on every pack a mutation got accepted.
QString packViolation(const PolicyPack &pack)
{
    if (pack.version() != 1 || pack.name().trimmed().isEmpty())
        return QStringLiteral("accepted version %1, name '%2'")
            .arg(pack.version())
            .arg(pack.name());
    for (auto it = pack.zones().cbegin(); it != pack.zones().cend(); ++it) {
        if (it.value().isEmpty())
            return QStringLiteral("accepted empty zone '%1'").arg(it.key());
        for (const QString &code : it.value()) {
            if (!JurisdictionCode::parse(code).isValid())
                return QStringLiteral("zone '%1' holds invalid code '%2'").arg(it.key(), code);
        }
    }
    QSet<QString> ids{pack.defaultRule().id};
    QSet<QString> certifications;
    if (QString why = ruleViolation(pack.defaultRule(), QStringLiteral("the default"));
        !why.isEmpty())
        return why;
    for (qsizetype r = 0; r < pack.rules().size(); ++r) {
        const PolicyRule &rule = pack.rules().at(r);
        const QString where = QStringLiteral("rule %1").arg(r);
        if (QString why = ruleViolation(rule, where); !why.isEmpty())
            return why;
        if (ids.contains(rule.id))
            return QStringLiteral("%1 repeats id '%2'").arg(where, rule.id);
        ids.insert(rule.id);
        if (rule.appliesTo.isEmpty() || rule.targetIn.isEmpty())
            return QStringLiteral("%1 has no selector or no target").arg(where);
        for (const PolicySelector &selector : rule.appliesTo) {
            if (selector.dataClasses.isEmpty())
                return QStringLiteral("%1 has a selector without data classes").arg(where);
            for (const QString &ref : selector.districtIn) {
                if (!refResolves(ref, pack))
                    return QStringLiteral("%1 selects districts in '%2'").arg(where, ref);
            }
        }
        for (const QString &ref : rule.targetIn) {
            const bool special = (ref == u"*" && rule.targetIn.size() == 1) || ref == u"$district";
            if (!special && !refResolves(ref, pack))
                return QStringLiteral("%1 allows target '%2'").arg(where, ref);
        }
        for (const QString &certification : rule.targetCertifications)
            certifications.insert(certification);
    }
    if (certifications.size() > PolicyPackParser::MaxCertifications)
        return QStringLiteral("accepted %1 certification names").arg(certifications.size());

    const auto reread = PolicyPack::fromJson(QJsonDocument(pack.toJson()).toJson(), kFileName);
    if (!reread.ok() || !(*reread.pack == pack))
        return QStringLiteral("the accepted pack does not survive toJson() and back");

    // The evaluator compiles it and names a real rule in every verdict.
    const PolicyEvaluator evaluator(pack);
    const QDateTime now(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    for (const QString &district : {QStringLiteral("US-WA"), QStringLiteral("DE"),
             QStringLiteral("CA-ON"), QStringLiteral("AU")}) {
        for (DataClass dataClass : allDataClasses()) {
            const ResidencyScope scope = evaluator.allowedScopeFor(district, dataClass);
            for (const QString &id : scope.ruleIds) {
                if (!ids.contains(id))
                    return QStringLiteral("scope names unknown rule '%1'").arg(id);
            }
            for (const QString &target :
                {QStringLiteral("US-WA"), QStringLiteral("FR"), QStringLiteral("CA")}) {
                const Verdict verdict = evaluator.evaluate(
                    {QStringLiteral("d"), district, dataClass, QStringLiteral("r"), target,
                        {QStringLiteral("COPPA")}},
                    {}, now);
                if (!ids.contains(verdict.ruleId) || verdict.legalBasis.trimmed().isEmpty())
                    return QStringLiteral("verdict names rule '%1'").arg(verdict.ruleId);
            }
        }
    }
    return {};
}

Outcome checkPack(const QByteArray &input)
{
    std::optional<PolicyPack::LoadResult> result;
    // fromJson reports errors by value; it must not throw at all.
    const QString escaped = FuzzHarness::guardNoThrow([&] {
        result = PolicyPack::fromJson(input, kFileName);
        return QString();
    });
    if (!escaped.isEmpty())
        return Outcome::fail(escaped);
    if (result->ok()) {
        if (!result->errors.isEmpty())
            return Outcome::fail(QStringLiteral("returned a pack together with errors"));
        return {Outcome::Accepted,
            FuzzHarness::guardNoThrow([&] { return packViolation(*result->pack); })};
    }
    if (result->pack)
        return Outcome::fail(QStringLiteral("returned a pack although it failed"));
    const bool syntax = result->errors.size() == 1 && result->errors.first().path.isEmpty()
        && result->errors.first().reason.startsWith(QLatin1String("not valid JSON"));
    return {
        syntax ? Outcome::SyntaxError : Outcome::Rejected, errorsViolation(input, result->errors)};
}

// Every member of every object in @p value, as JSON pointers.
void collectMembers(const QJsonValue &value, const QString &path, QStringList *out)
{
    auto escape = [](QString key) {
        return key.replace(u'~', QStringLiteral("~0")).replace(u'/', QStringLiteral("~1"));
    };
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString at = path + u'/' + escape(it.key());
            out->append(at);
            collectMembers(it.value(), at, out);
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString at = path + u'/' + QString::number(i);
            out->append(at);
            collectMembers(array.at(i), at, out);
        }
    }
}

// @p root with the value at @p pointer replaced by @p replacement, or removed when it is
// undefined.
QJsonValue withValueAt(const QJsonValue &root, const QStringList &tokens, qsizetype depth,
    const QJsonValue &replacement)
{
    const QString &token = tokens.at(depth);
    const bool last = depth + 1 == tokens.size();
    if (root.isObject()) {
        QJsonObject object = root.toObject();
        if (last && replacement.isUndefined())
            object.remove(token);
        else
            object[token] = last ? replacement
                                 : withValueAt(object.value(token), tokens, depth + 1, replacement);
        return object;
    }
    QJsonArray array = root.toArray();
    const qsizetype index = token.toLongLong();
    if (last && replacement.isUndefined())
        array.removeAt(index);
    else
        array[index]
            = last ? replacement : withValueAt(array.at(index), tokens, depth + 1, replacement);
    return array;
}

// Keys the parser must insist on, by the last token of the parent path pattern.
bool isRequiredKey(const QString &pointer)
{
    static const QList<QRegularExpression> required{
        QRegularExpression(QStringLiteral("^/(version|name|rules|default)$")),
        QRegularExpression(
            QStringLiteral("^/rules/\\d+/(id|applies_to|allow_target|legal_basis|remedy)$")),
        QRegularExpression(QStringLiteral("^/rules/\\d+/applies_to/\\d+/data_classes$")),
        QRegularExpression(QStringLiteral("^/rules/\\d+/allow_target/in$")),
        QRegularExpression(QStringLiteral("^/default/(id|legal_basis|remedy)$")),
    };
    for (const QRegularExpression &re : required) {
        if (re.match(pointer).hasMatch())
            return true;
    }
    return false;
}

QString describe(const QList<PolicyError> &errors)
{
    QStringList lines;
    for (const PolicyError &error : errors)
        lines.append(error.toString());
    return lines.join(u'\n');
}

} // namespace

class TestPolicyPackFuzz : public QObject
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

private:
    QByteArray m_seed;
    QJsonObject m_seedObject;
};

void TestPolicyPackFuzz::initTestCase()
{
    FuzzCrashGuard::install();
    m_seed = readDefaultPack();
    // Mutations of a pack that is already broken would only ever test the error path.
    const auto result = PolicyPack::fromJson(m_seed, kFileName);
    QVERIFY2(result.ok(), qPrintable(describe(result.errors)));
    m_seedObject = QJsonDocument::fromJson(m_seed).object();
}

void TestPolicyPackFuzz::mutations_data()
{
    QTest::addColumn<int>("strategy");
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("iterations");
    // Fixed seeds: a failure names its seed and iteration and reruns identically.
    QTest::newRow("bit flips") << int(Strategy::BitFlips) << 0x50A10001u << 500;
    QTest::newRow("byte inserts") << int(Strategy::ByteInserts) << 0x50A10002u << 300;
    QTest::newRow("range edits") << int(Strategy::RangeEdits) << 0x50A10003u << 300;
    QTest::newRow("token edits") << int(Strategy::TokenEdits) << 0x50A10004u << 500;
    QTest::newRow("value swaps") << int(Strategy::ValueSwaps) << 0x50A10005u << 800;
    QTest::newRow("key edits") << int(Strategy::KeyEdits) << 0x50A10006u << 600;
    QTest::newRow("string poison") << int(Strategy::StringPoison) << 0x50A10007u << 300;
    QTest::newRow("stacked") << int(Strategy::Stacked) << 0x50A10008u << 600;
}

void TestPolicyPackFuzz::mutations()
{
    QFETCH(int, strategy);
    QFETCH(quint32, seed);
    QFETCH(int, iterations);

    QList<FuzzHarness::KnownBug> bugs;
    const auto stats = FuzzHarness::fuzzText("policypack", {m_seed}, Strategy(strategy), seed,
        FuzzHarness::iterations(iterations), bugs, checkPack);
    RP_FUZZ_REPORT(stats, bugs);
    // A row whose inputs the JSON parser refuses every time never reaches the pack validator.
    QVERIFY2(stats.reachedValidation() > 0, qPrintable(stats.summary()));
}

void TestPolicyPackFuzz::truncations()
{
    QList<FuzzHarness::KnownBug> bugs;
    // Every 3rd byte of the compact and of the shipped (indented) form.
    const QByteArray compact = QJsonDocument(m_seedObject).toJson(QJsonDocument::Compact);
    const auto stats
        = FuzzHarness::fuzzTruncations("policypack", {compact, m_seed}, 3, bugs, checkPack);
    RP_FUZZ_REPORT(stats, bugs);
    QVERIFY2(stats.syntaxErrors > 1000, qPrintable(stats.summary()));
}

void TestPolicyPackFuzz::treeMutations()
{
    QList<FuzzHarness::KnownBug> bugs;
    const auto stats = FuzzHarness::fuzzTree("policypack", {m_seedObject}, 0x50A10010u,
        FuzzHarness::iterations(1500), bugs, [](const QJsonObject &object) {
            return checkPack(QJsonDocument(object).toJson(QJsonDocument::Compact));
        });
    RP_FUZZ_REPORT(stats, bugs);
    QVERIFY2(stats.accepted > 0 && stats.rejected > 0, qPrintable(stats.summary()));
}

void TestPolicyPackFuzz::missingKeys()
{
    // Drop every member of every object in turn. A required one must be refused with an error
    // that points exactly where the key is missing; any other drop just has to keep the contract.
    QStringList pointers;
    collectMembers(m_seedObject, QString(), &pointers);
    int required = 0;
    for (const QString &pointer : std::as_const(pointers)) {
        const QJsonValue dropped
            = withValueAt(m_seedObject, pointerTokens(pointer), 0, QJsonValue::Undefined);
        const QByteArray input = QJsonDocument(dropped.toObject()).toJson(QJsonDocument::Compact);
        const Outcome outcome = checkPack(input);
        const QString mutation = QStringLiteral("remove %1").arg(pointer);
        if (!outcome.violation.isEmpty())
            QFAIL(qPrintable(FuzzHarness::report(outcome.violation, 0, 0, mutation, input)));
        if (!isRequiredKey(pointer))
            continue;
        ++required;
        const auto result = PolicyPack::fromJson(input, kFileName);
        const bool named = std::any_of(result.errors.begin(), result.errors.end(),
            [&](const PolicyError &e) { return e.path == pointer; });
        if (result.ok() || !named) {
            QFAIL(qPrintable(FuzzHarness::report(
                QStringLiteral("dropping required %1 was not refused at that path; got:\n%2")
                    .arg(pointer, describe(result.errors)),
                0, 0, mutation, input)));
        }
    }
    QVERIFY(required > 30); // the walk really visited the rules, selectors and default
}

void TestPolicyPackFuzz::retypedValues()
{
    // Every value of the pack, replaced by every hostile value in turn (containers included, so
    // whole rules and zones become numbers, strings, 10k-deep arrays, …).
    QStringList pointers;
    collectMembers(m_seedObject, QString(), &pointers);
    const auto &hostile = FuzzMutator::hostileValues();
    const int budget = FuzzHarness::iterations(4000);
    int calls = 0;
    for (qsizetype p = 0; p < pointers.size(); ++p) {
        // The zone lists are long runs of alike codes; a sample of them is enough.
        if (pointers.at(p).startsWith(QLatin1String("/zones/")) && p % 5 != 0)
            continue;
        for (qsizetype v = 0; v < hostile.size() && calls < budget; ++v, ++calls) {
            const QJsonValue retyped
                = withValueAt(m_seedObject, pointerTokens(pointers.at(p)), 0, hostile.at(v));
            const QByteArray input
                = QJsonDocument(retyped.toObject()).toJson(QJsonDocument::Compact);
            Outcome outcome;
            {
                FuzzCrashGuard::Scope scope("policypack", 0, calls, input);
                outcome = checkPack(input);
            }
            if (!outcome.violation.isEmpty()) {
                QFAIL(qPrintable(FuzzHarness::report(outcome.violation, 0, calls,
                    QStringLiteral("set %1 = hostile value #%2").arg(pointers.at(p)).arg(v),
                    input)));
            }
        }
    }
    QVERIFY(calls > 1000);
}

void TestPolicyPackFuzz::regressions_data()
{
    QTest::addColumn<QByteArray>("json");
    // Null: must load. Otherwise one of the errors must have exactly this path.
    QTest::addColumn<QString>("errorPath");

    QStringList certs64;
    for (int i = 0; i < 64; ++i)
        certs64.append(QStringLiteral("\"C%1\"").arg(i));
    const QString certs65 = certs64.join(u',') + QStringLiteral(",\"C64\"");
    const QByteArray deep = QByteArray(10000, '[') + QByteArray(10000, ']');

    QTest::newRow("empty file") << QByteArray() << QString("");
    QTest::newRow("one NUL byte") << QByteArray(1, '\0') << QString("");
    QTest::newRow("NUL after the pack")
        << packWith(ruleWith()) + QByteArray(1, '\0') << QString("");
    QTest::newRow("UTF-8 BOM before the pack")
        << QByteArray("\xEF\xBB\xBF") + packWith(ruleWith()) << QString();
    QTest::newRow("UTF-16 text") << QByteArray(
        reinterpret_cast<const char *>(QStringLiteral("{\"version\":1}").utf16()), 26)
                                 << QString("");
    QTest::newRow("a top-level array") << QByteArray("[]") << QString("");
    QTest::newRow("10k nested arrays") << deep << QString("");
    QTest::newRow("rules nested 1000 deep") << QByteArray(packWith(QString()).replace(
        "\"rules\": []", "\"rules\": " + QByteArray(1000, '[') + QByteArray(1000, ']')))
                                            << QString("/rules/0");
    QTest::newRow("version 1e309")
        << QByteArray(packWith(ruleWith()).replace("\"version\": 1", "\"version\": 1e309"))
        << QString("");
    QTest::newRow("version one ulp above 1") << QByteArray(
        packWith(ruleWith()).replace("\"version\": 1", "\"version\": 1.0000000000000002"))
                                             << QString("/version");
    QTest::newRow("version 1.0 is 1")
        << QByteArray(packWith(ruleWith()).replace("\"version\": 1", "\"version\": 1.0"))
        << QString();
    QTest::newRow("empty key at the root")
        << QByteArray(packWith(ruleWith()).replace("\"version\"", "\"\": 0, \"version\""))
        << QString("/");
    QTest::newRow("zone name with '~'")
        << packWith(ruleWith(), R"({"EU": ["DE"], "E~U": ["FR"]})") << QString("/zones/E~0U");
    QTest::newRow("NUL inside a rule id") << packWith(
        ruleWith(QStringLiteral(R"({"in": ["@EU"]})"), QString(), QStringLiteral("r\\u0000")))
                                          << QString("/rules/0/id");
    QTest::newRow("lone surrogate as rule id") << packWith(
        ruleWith(QStringLiteral(R"({"in": ["@EU"]})"), QString(), QStringLiteral("\\ud800")))
                                               << QString("/rules/0/id");
    QTest::newRow("duplicate 'rules' key: the last one counts")
        << QByteArray(packWith(ruleWith()).replace("\"default\"", "\"rules\": 5, \"default\""))
        << QString("/rules");
    QTest::newRow("64 certifications load") << packWith(ruleWith(
        QStringLiteral(R"({"in": ["*"], "certifications": [%1]})").arg(certs64.join(u','))))
                                            << QString();
    QTest::newRow("65 certifications do not") << packWith(
        ruleWith(QStringLiteral(R"({"in": ["*"], "certifications": [%1]})").arg(certs65)))
                                              << QString("");
    QTest::newRow("10 KB legal basis loads")
        << QByteArray(packWith(ruleWith()).replace("\"GDPR\"", '"' + QByteArray(10240, 'x') + '"'))
        << QString();
    QTest::newRow("65-character rule id")
        << packWith(ruleWith(QStringLiteral(R"({"in": ["@EU"]})"), QString(), QString(65, u'r')))
        << QString("/rules/0/id");
    QTest::newRow("zone referring to a zone")
        << packWith(ruleWith(), R"({"EU": ["@EU"]})") << QString("/zones/EU/0");
    QTest::newRow("'*' twice") << packWith(ruleWith(QStringLiteral(R"({"in": ["*", "*"]})")))
                               << QString("/rules/0/allow_target/in/0");
}

void TestPolicyPackFuzz::regressions()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, errorPath);

    const Outcome outcome = checkPack(json);
    QVERIFY2(outcome.violation.isEmpty(),
        qPrintable(FuzzHarness::report(outcome.violation, 0, 0, QString(), json)));
    const auto result = PolicyPack::fromJson(json, kFileName);
    if (errorPath.isNull()) {
        QVERIFY2(result.ok(), qPrintable(describe(result.errors)));
        return;
    }
    QVERIFY(!result.ok());
    const bool found = std::any_of(result.errors.begin(), result.errors.end(),
        [&](const PolicyError &e) { return e.path == errorPath; });
    QVERIFY2(found,
        qPrintable(
            QStringLiteral("no error at '%1'; got:\n%2").arg(errorPath, describe(result.errors))));
}

RP_TEST(TestPolicyPackFuzz, "tst_policypackfuzz")
#include "tst_policypackfuzz.moc"
