// Tests of PolicyPack loading: the shipped default pack, the round trip through toJson(), and
// strict validation — every broken pack is refused as a whole with the exact JSON pointer and
// reason of what is wrong.

#include "backend/core/residency/policypack.h"
#include "testmain.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

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

// A valid rule with %1 as its applies_to array and %2 as its allow_target object.
QString ruleWith(
    const QString &appliesTo = QStringLiteral(R"([{"data_classes": ["eu_personal"]}])"),
    const QString &allowTarget = QStringLiteral(R"({"in": ["@EU"]})"),
    const QString &extra = QString())
{
    return QStringLiteral(R"({"id": "r1", "applies_to": %1, "allow_target": %2,
        "legal_basis": "GDPR", "remedy": "use the EU"%3})")
        .arg(appliesTo, allowTarget, extra);
}

QString describe(const QList<PolicyError> &errors)
{
    QStringList lines;
    for (const PolicyError &error : errors)
        lines.append(error.toString());
    return lines.join(u'\n');
}

} // namespace

class TestPolicyPack : public QObject
{
    Q_OBJECT

private slots:
    void defaultPackLoads();
    void defaultPackRulesAreComplete();
    void roundTripThroughToJson();
    void minimalPackLoads();
    void brokenPack_data();
    void brokenPack();
    void everyErrorIsReported();
    void translatedTexts();
    void localizedVerdict_data();
    void localizedVerdict();
    void defaultPackIsTranslated();
};

void TestPolicyPack::defaultPackLoads()
{
    const auto result = PolicyPack::fromJson(readDefaultPack(), QStringLiteral("default.json"));
    QVERIFY2(result.ok(), qPrintable(describe(result.errors)));
    QVERIFY(result.errors.isEmpty());
    QCOMPARE(result.pack->version(), 1);
    QCOMPARE(result.pack->name(), QStringLiteral("default"));
    QCOMPARE(result.pack->zones().value(QStringLiteral("EU")).size(), 27);
    QCOMPARE(result.pack->zones().value(QStringLiteral("EEA")).size(), 30);
    for (const QString &efta : {QStringLiteral("IS"), QStringLiteral("LI"), QStringLiteral("NO")}) {
        QVERIFY(result.pack->zones().value(QStringLiteral("EEA")).contains(efta));
        QVERIFY(!result.pack->zones().value(QStringLiteral("EU")).contains(efta));
    }
    QVERIFY(!result.pack->zones().value(QStringLiteral("EU")).contains(QStringLiteral("GB")));
}

void TestPolicyPack::defaultPackRulesAreComplete()
{
    const auto result = PolicyPack::fromJson(readDefaultPack(), QStringLiteral("default.json"));
    QVERIFY(result.ok());
    QStringList ids;
    for (const PolicyRule &rule : result.pack->rules()) {
        ids.append(rule.id);
        QVERIFY2(!rule.legalBasis.trimmed().isEmpty(), qPrintable(rule.id));
        QVERIFY2(!rule.remedy.trimmed().isEmpty(), qPrintable(rule.id));
    }
    QCOMPARE(ids,
        (QStringList{"us-student-records-in-state", "gdpr-eu-residency", "ca-provincial-residency",
            "apac-student-records-in-region", "coppa-certified-target", "unregulated-anywhere"}));
    QCOMPARE(result.pack->defaultRule().id, QStringLiteral("default-deny"));
    QVERIFY(!result.pack->defaultRule().remedy.isEmpty());
    // Only the in-state rule may be lifted by a district's consent.
    QVERIFY(result.pack->rules().at(0).consentCanAllow);
    for (qsizetype i = 1; i < result.pack->rules().size(); ++i)
        QVERIFY(!result.pack->rules().at(i).consentCanAllow);
}

void TestPolicyPack::roundTripThroughToJson()
{
    const auto original = PolicyPack::fromJson(readDefaultPack(), QStringLiteral("default.json"));
    QVERIFY(original.ok());
    const QByteArray written = QJsonDocument(original.pack->toJson()).toJson();
    const auto reread = PolicyPack::fromJson(written, QStringLiteral("written.json"));
    QVERIFY2(reread.ok(), qPrintable(describe(reread.errors)));
    QVERIFY(*reread.pack == *original.pack);
}

void TestPolicyPack::minimalPackLoads()
{
    const auto result = PolicyPack::fromJson(packWith(ruleWith()), QStringLiteral("t.json"));
    QVERIFY2(result.ok(), qPrintable(describe(result.errors)));
    QCOMPARE(result.pack->rules().size(), 1);
    QCOMPARE(result.pack->rules().at(0).targetIn, QStringList{QStringLiteral("@EU")});
    QCOMPARE(result.pack->rules().at(0).appliesTo.at(0).dataClasses,
        QList<DataClass>{DataClass::EuPersonal});
}

void TestPolicyPack::brokenPack_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("reason"); // a fragment the reason must contain
    const auto row = [](const char *name, const QByteArray &json, const QString &path,
                         const QString &reason) { QTest::newRow(name) << json << path << reason; };

    row("not JSON", QByteArray("{\"version\": 1,\n \"name\": }"), "", "not valid JSON at line 2");
    row("not an object", QByteArray("[1, 2]"), "", "must be a JSON object");
    row("unknown top-level key", QByteArray(packWith(ruleWith()).replace("\"zones\"", "\"zone\"")),
        "/zone", "unknown key 'zone'");
    row("missing version", QByteArray(packWith(ruleWith()).replace("\"version\": 1,", "")),
        "/version", "required key 'version' is missing");
    row("future version",
        QByteArray(packWith(ruleWith()).replace("\"version\": 1", "\"version\": 2")), "/version",
        "unsupported version 2");
    row("version as a string",
        QByteArray(packWith(ruleWith()).replace("\"version\": 1", "\"version\": \"1\"")),
        "/version", "must be the number 1, not a string");
    row("rules not an array", QByteArray(R"({"version": 1, "name": "t", "rules": {},
            "default": {"id": "d", "legal_basis": "b", "remedy": "r"}})"),
        "/rules", "must be an array, not an object");
    row("unknown data class",
        packWith(ruleWith(R"([{"data_classes": ["eu_personal", "student_records"]}])")),
        "/rules/0/applies_to/0/data_classes/1", "unknown data class 'student_records'");
    const QString eu = QStringLiteral(R"([{"data_classes": ["eu_personal"]}])");
    const QString anywhere = QStringLiteral(R"({"in": ["@EU"]})");
    row("unknown regime", packWith(ruleWith(eu, anywhere, QStringLiteral(R"(, "regime": "eu")"))),
        "/rules/0/regime", "'eu' is not a regime");
    row("regime not a string", packWith(ruleWith(eu, anywhere, QStringLiteral(R"(, "regime": 3)"))),
        "/rules/0/regime", "must be a string, not a number");
    row("data_classes is a string", packWith(ruleWith(R"([{"data_classes": "eu_personal"}])")),
        "/rules/0/applies_to/0/data_classes", "must be an array, not a string");
    row("data class not a string", packWith(ruleWith(R"([{"data_classes": [7]}])")),
        "/rules/0/applies_to/0/data_classes/0", "must be a data class name, not a number");
    row("duplicate rule id", packWith(ruleWith() + u',' + ruleWith()), "/rules/1/id",
        "duplicate rule id 'r1'");
    row("rule id clashes with default id",
        packWith(ruleWith().replace(QStringLiteral("\"r1\""), QStringLiteral("\"default-deny\""))),
        "/default/id", "duplicate rule id 'default-deny'");
    row("blank legal_basis",
        packWith(ruleWith().replace(QStringLiteral("\"GDPR\""), QStringLiteral("\"  \""))),
        "/rules/0/legal_basis", "must not be empty");
    row("missing legal_basis",
        packWith(ruleWith().replace(QStringLiteral("\"legal_basis\": \"GDPR\","), QString())),
        "/rules/0/legal_basis", "required key 'legal_basis' is missing");
    row("legal_basis not a string",
        packWith(ruleWith().replace(QStringLiteral("\"GDPR\""), QStringLiteral("true"))),
        "/rules/0/legal_basis", "must be a string, not a boolean");
    row("missing remedy",
        packWith(ruleWith().replace(QStringLiteral(", \"remedy\": \"use the EU\""), QString())),
        "/rules/0/remedy", "required key 'remedy' is missing");
    row("UK is not a country code", packWith(ruleWith(), R"({"EU": ["DE", "FR", "UK"]})"),
        "/zones/EU/2",
        "'UK' is not an assigned ISO 3166-1 alpha-2 country code (the United Kingdom is 'GB')");
    row("lower-case district code",
        packWith(
            ruleWith(R"([{"data_classes": ["student_pii"], "district_in": ["US", "us-wa"]}])")),
        "/rules/0/applies_to/0/district_in/1", "'us-wa' is not a jurisdiction code");
    row("subdivision too long",
        packWith(ruleWith(R"([{"data_classes": ["student_pii"]}])", R"({"in": ["US-WASH"]})")),
        "/rules/0/allow_target/in/0", "'US-WASH' is not a jurisdiction code");
    row("undefined zone",
        packWith(ruleWith(R"([{"data_classes": ["eu_personal"]}])", R"({"in": ["@EUROPE"]})")),
        "/rules/0/allow_target/in/0", "reference to undefined zone 'EUROPE'");
    row("undefined zone in district_in",
        packWith(ruleWith(R"([{"data_classes": ["student_pii"], "district_in": ["@EEA"]}])")),
        "/rules/0/applies_to/0/district_in/0", "reference to undefined zone 'EEA'");
    row("unknown key in rule",
        packWith(
            ruleWith().replace(QStringLiteral("\"allow_target\""), QStringLiteral("\"allow\""))),
        "/rules/0/allow", "unknown key 'allow'");
    row("unknown key in selector",
        packWith(ruleWith(R"([{"data_classes": ["eu_personal"], "districts": ["DE"]}])")),
        "/rules/0/applies_to/0/districts", "unknown key 'districts'");
    row("star mixed with codes",
        packWith(ruleWith(R"([{"data_classes": ["eu_personal"]}])", R"({"in": ["DE", "*"]})")),
        "/rules/0/allow_target/in/1", "'*' (any jurisdiction) must be the only entry");
    row("$district in district_in",
        packWith(ruleWith(R"([{"data_classes": ["student_pii"], "district_in": ["$district"]}])")),
        "/rules/0/applies_to/0/district_in/0", "only allowed in allow_target.in");
    row("empty allow_target.in",
        packWith(ruleWith(R"([{"data_classes": ["eu_personal"]}])", R"({"in": []})")),
        "/rules/0/allow_target/in", "must not be empty");
    row("empty applies_to", packWith(ruleWith(R"([])")), "/rules/0/applies_to",
        "must list at least one selector");
    row("lower-case certification",
        packWith(ruleWith(R"([{"data_classes": ["child_under_13"]}])",
            R"({"in": ["*"], "certifications": ["coppa"]})")),
        "/rules/0/allow_target/certifications/0", "'coppa' is not a certification name");
    row("consent_can_allow not a boolean",
        packWith(ruleWith(R"([{"data_classes": ["eu_personal"]}])", R"({"in": ["@EU"]})",
            R"(, "consent_can_allow": "yes")")),
        "/rules/0/consent_can_allow", "must be a boolean, not a string");
    row("consent basis without consent",
        packWith(ruleWith(R"([{"data_classes": ["eu_personal"]}])", R"({"in": ["@EU"]})",
            R"(, "consent_legal_basis": "DPA")")),
        "/rules/0/consent_legal_basis", "only meaningful with \"consent_can_allow\": true");
    row("empty zone", packWith(ruleWith(), R"({"EU": ["DE", "FR"], "NONE": []})"), "/zones/NONE",
        "zone 'NONE' is empty");
    row("duplicate zone member", packWith(ruleWith(), R"({"EU": ["DE", "FR", "DE"]})"),
        "/zones/EU/2", "'DE' is listed twice");
    // JSON pointer escaping (RFC 6901): '/' in a key is written "~1".
    row("bad zone name", packWith(ruleWith(), R"({"EU": ["DE"], "EU/X": ["FR"]})"), "/zones/EU~1X",
        "zone name 'EU/X' must be upper-case");
    row("missing default", QByteArray(R"({"version": 1, "name": "t", "rules": []})"), "/default",
        "required key 'default' is missing");
    row("default without remedy", QByteArray(R"({"version": 1, "name": "t", "rules": [],
            "default": {"id": "d", "legal_basis": "b"}})"),
        "/default/remedy", "required key 'remedy' is missing");
    // Translated texts: {"en": …, "de": …}; English is required, tags and texts are checked.
    row("translation without English",
        packWith(ruleWith().replace(
            QStringLiteral(R"("use the EU")"), QStringLiteral(R"({"de": "in die EU"})"))),
        "/rules/0/remedy", "must have the English text (\"en\")");
    row("translation with a bad language tag",
        packWith(ruleWith().replace(QStringLiteral(R"("use the EU")"),
            QStringLiteral(R"({"en": "use the EU", "German": "in die EU"})"))),
        "/rules/0/remedy/German", "is not a language tag");
    row("empty translation",
        packWith(ruleWith().replace(
            QStringLiteral(R"("GDPR")"), QStringLiteral(R"({"en": "GDPR", "fr-CA": " "})"))),
        "/rules/0/legal_basis/fr-CA", "must be a non-empty string");
    row("translation not a string",
        packWith(ruleWith().replace(
            QStringLiteral(R"("GDPR")"), QStringLiteral(R"({"en": "GDPR", "es": 7})"))),
        "/rules/0/legal_basis/es", "must be a non-empty string, not a number");
    row("rule id with spaces",
        packWith(ruleWith().replace(QStringLiteral("\"r1\""), QStringLiteral("\"my rule\""))),
        "/rules/0/id", "rule id 'my rule' must be");
}

void TestPolicyPack::brokenPack()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(QString, reason);

    const auto result = PolicyPack::fromJson(json, QStringLiteral("broken.json"));
    QVERIFY(!result.ok());
    QVERIFY(!result.pack.has_value());
    QVERIFY(!result.errors.isEmpty());
    bool found = false;
    for (const PolicyError &error : result.errors) {
        QCOMPARE(error.file, QStringLiteral("broken.json"));
        if (error.path == path && error.reason.contains(reason))
            found = true;
    }
    QVERIFY2(found,
        qPrintable(QStringLiteral("expected %1: …%2…, got:\n%3")
                       .arg(path, reason, describe(result.errors))));
}

void TestPolicyPack::everyErrorIsReported()
{
    // Three independent mistakes: one run must name all three, and no pack is returned.
    const QByteArray json
        = packWith(ruleWith(R"([{"data_classes": ["eu_personel"]}])", R"({"in": ["@EUROPE"]})")
                       .replace(QStringLiteral("\"GDPR\""), QStringLiteral("\"\"")));
    const auto result = PolicyPack::fromJson(json, QStringLiteral("three.json"));
    QVERIFY(!result.ok());
    QStringList paths;
    for (const PolicyError &error : result.errors)
        paths.append(error.path);
    paths.sort();
    QCOMPARE(paths,
        (QStringList{"/rules/0/allow_target/in/0", "/rules/0/applies_to/0/data_classes/0",
            "/rules/0/legal_basis"}));
    QCOMPARE(result.errors.first().toString().left(11), QStringLiteral("three.json:"));
}

void TestPolicyPack::translatedTexts()
{
    const auto json = packWith(ruleWith().replace(QStringLiteral(R"("use the EU")"),
        QStringLiteral(R"({"en": "use the EU", "de": "in die EU", "fr-CA": "dans l’UE"})")));
    const auto result = PolicyPack::fromJson(json, QStringLiteral("t.json"));
    QVERIFY2(result.ok(), qPrintable(describe(result.errors)));
    const PolicyRule &rule = result.pack->rules().at(0);
    QCOMPARE(rule.remedy, QStringLiteral("use the EU")); // the plain field is the English
    QCOMPARE(rule.translations.value("remedy").value("de"), QStringLiteral("in die EU"));
    QVERIFY(!rule.translations.contains("legal_basis")); // a plain string has none
    // Written back as the object form, and read back equal.
    const auto written = result.pack->toJson();
    const auto remedy
        = written.value("rules").toArray().at(0).toObject().value("remedy").toObject();
    QCOMPARE(remedy.value("en").toString(), QStringLiteral("use the EU"));
    QCOMPARE(remedy.value("fr-CA").toString(), QStringLiteral("dans l’UE"));
    QCOMPARE(written.value("rules").toArray().at(0).toObject().value("legal_basis").toString(),
        QStringLiteral("GDPR"));
    const auto reread = PolicyPack::fromJson(QJsonDocument(written).toJson(), "w.json");
    QVERIFY(reread.ok() && *reread.pack == *result.pack);
}

void TestPolicyPack::localizedVerdict_data()
{
    QTest::addColumn<QStringList>("languages");
    QTest::addColumn<QString>("remedy");
    QTest::newRow("none asked") << QStringList{} << "use the EU";
    QTest::newRow("German") << QStringList{"de"} << "in die EU";
    QTest::newRow("German (Austria) falls back to German") << QStringList{"de-AT"} << "in die EU";
    QTest::newRow("exact region first") << QStringList{"fr-CA", "fr"} << "dans l’UE (Canada)";
    QTest::newRow("French (France) gets French") << QStringList{"fr-FR"} << "dans l’UE";
    QTest::newRow("untranslated language: English") << QStringList{"ja"} << "use the EU";
    QTest::newRow("first language the pack has") << QStringList{"ja", "de"} << "in die EU";
    QTest::newRow("English preferred over German") << QStringList{"en", "de"} << "use the EU";
}

void TestPolicyPack::localizedVerdict()
{
    QFETCH(QStringList, languages);
    QFETCH(QString, remedy);
    const auto json = packWith(ruleWith().replace(QStringLiteral(R"("use the EU")"),
        QStringLiteral(
            R"js({"en": "use the EU", "de": "in die EU", "fr": "dans l’UE", "fr-CA": "dans l’UE (Canada)"})js")));
    const auto result = PolicyPack::fromJson(json, QStringLiteral("t.json"));
    QVERIFY2(result.ok(), qPrintable(describe(result.errors)));
    const Verdict deny{
        false, QStringLiteral("r1"), QStringLiteral("GDPR"), QStringLiteral("use the EU"), {}};
    const Verdict localized = result.pack->localized(deny, languages);
    QCOMPARE(localized.remedy, remedy);
    QCOMPARE(localized.legalBasis, QStringLiteral("GDPR")); // not translated in this pack
    QCOMPARE(localized.ruleId, deny.ruleId);
    QCOMPARE(localized.allowed, deny.allowed);
    // A text that is not the rule's own (an evaluator's) is never replaced.
    Verdict other = deny;
    other.remedy = QStringLiteral("Load a valid residency policy pack.");
    QCOMPARE(result.pack->localized(other, languages).remedy, other.remedy);
    // Nor is the verdict of a rule the pack does not have.
    other = deny;
    other.ruleId = QStringLiteral("gone");
    QCOMPARE(result.pack->localized(other, languages).remedy, deny.remedy);
}

void TestPolicyPack::defaultPackIsTranslated()
{
    // The shipped pack carries German, French and Spanish for every legal basis and remedy,
    // the languages the console ships catalogues for.
    const auto result = PolicyPack::fromJson(readDefaultPack(), QStringLiteral("default.json"));
    QVERIFY(result.ok());
    auto rules = result.pack->rules();
    rules.append(result.pack->defaultRule());
    for (const PolicyRule &rule : std::as_const(rules)) {
        for (const auto *field : {"legal_basis", "remedy"}) {
            for (const auto *language : {"de", "fr", "es"}) {
                const auto text = rule.translations.value(field).value(language);
                QVERIFY2(!text.isEmpty() && text != rule.remedy && text != rule.legalBasis,
                    qPrintable(QStringLiteral("%1 %2 %3").arg(rule.id, field, language)));
            }
        }
    }
    const PolicyRule &inState = result.pack->rules().at(0);
    QVERIFY(!inState.translations.value("consent_legal_basis").value("de").isEmpty());
    const Verdict consented{true, inState.id, inState.consentLegalBasis, {}, {"c1"}};
    QVERIFY(result.pack->localized(consented, {"de"}).legalBasis.startsWith("Einwilligung"));
}

RP_TEST(TestPolicyPack, "tst_policypack")
#include "tst_policypack.moc"
