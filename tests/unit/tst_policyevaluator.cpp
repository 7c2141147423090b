// Tests of PolicyEvaluator against the shipped default pack (resources/policies/default.json)
// and small purpose-built packs. Expected verdicts come from the rules as the product states
// them (DESIGN.md, "Residency policy"), not from running the evaluator.

#include "backend/core/residency/policyevaluator.h"
#include "backend/core/residency/policypack.h"
#include "testmain.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <optional>

namespace {

const QString kUsState = QStringLiteral("us-student-records-in-state");
const QString kGdpr = QStringLiteral("gdpr-eu-residency");
const QString kCanada = QStringLiteral("ca-provincial-residency");
const QString kCoppa = QStringLiteral("coppa-certified-target");
const QString kAnywhere = QStringLiteral("unregulated-anywhere");
const QString kDefault = QStringLiteral("default-deny");
const QString kInvalid = QStringLiteral("invalid-query");

// The 27 EU member states, written out here rather than read from the pack under test.
const QStringList kEu = {
    QStringLiteral("AT"),
    QStringLiteral("BE"),
    QStringLiteral("BG"),
    QStringLiteral("CY"),
    QStringLiteral("CZ"),
    QStringLiteral("DE"),
    QStringLiteral("DK"),
    QStringLiteral("EE"),
    QStringLiteral("ES"),
    QStringLiteral("FI"),
    QStringLiteral("FR"),
    QStringLiteral("GR"),
    QStringLiteral("HR"),
    QStringLiteral("HU"),
    QStringLiteral("IE"),
    QStringLiteral("IT"),
    QStringLiteral("LT"),
    QStringLiteral("LU"),
    QStringLiteral("LV"),
    QStringLiteral("MT"),
    QStringLiteral("NL"),
    QStringLiteral("PL"),
    QStringLiteral("PT"),
    QStringLiteral("RO"),
    QStringLiteral("SE"),
    QStringLiteral("SI"),
    QStringLiteral("SK"),
};

const QDateTime kNow = QDateTime(QDate(2025, 1, 15), QTime(12, 0), Qt::UTC);

PolicyPack loadPack(const QByteArray &json)
{
    auto result = PolicyPack::fromJson(json, QStringLiteral("test.json"));
    if (!result.ok()) {
        for (const PolicyError &error : result.errors)
            qWarning().noquote() << error.toString();
        qFatal("test pack does not load");
    }
    return *result.pack;
}

PolicyPack loadDefaultPack()
{
    QFile file(QDir(qEnvironmentVariable("RP_SOURCE_DIR"))
                   .filePath(QStringLiteral("resources/policies/default.json")));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read resources/policies/default.json (is RP_SOURCE_DIR set?)");
    return loadPack(file.readAll());
}

PlacementQuery query(const QString &districtJurisdiction, const QString &dataClass,
    const QString &targetJurisdiction, const QStringList &certifications = {},
    const QString &targetRegion = QStringLiteral("target-region"))
{
    PlacementQuery q;
    q.districtId = QStringLiteral("district-1");
    q.districtJurisdiction = districtJurisdiction;
    q.dataClass = dataClassFromString(dataClass).value_or(DataClass::StudentPii);
    q.targetRegionId = targetRegion;
    q.targetJurisdiction = targetJurisdiction;
    q.targetCertifications = certifications;
    return q;
}

Consent consent(const QString &id, const QString &region, const QDateTime &expires,
    const QString &district = QStringLiteral("district-1"),
    DataClass dataClass = DataClass::StudentPii, bool revoked = false)
{
    return Consent{id, district, dataClass, region, QStringLiteral("DPA-") + id, expires, revoked};
}

} // namespace

class TestPolicyEvaluator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void defaultRules_data();
    void defaultRules();
    void consents_data();
    void consents();
    void scope_data();
    void scope();
    void scopeAgreesWithEvaluate();

    void firstDenyingRuleInPackOrderIsNamed();
    void packWithoutRulesDeniesEverything();
    void evaluatorWithoutPackDeniesEverything();
    void allowedVerdictDoesNotCarryRemedy();

private:
    std::optional<PolicyPack> m_pack;
    std::optional<PolicyEvaluator> m_evaluator;

    QString legalBasisOf(const QString &ruleId) const;
};

void TestPolicyEvaluator::initTestCase()
{
    m_pack = loadDefaultPack();
    m_evaluator.emplace(*m_pack);
}

QString TestPolicyEvaluator::legalBasisOf(const QString &ruleId) const
{
    if (ruleId == m_pack->defaultRule().id)
        return m_pack->defaultRule().legalBasis;
    for (const PolicyRule &rule : m_pack->rules()) {
        if (rule.id == ruleId)
            return rule.legalBasis;
    }
    return {};
}

void TestPolicyEvaluator::defaultRules_data()
{
    QTest::addColumn<QString>("district");
    QTest::addColumn<QString>("dataClass");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QStringList>("certifications");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("rule");
    const auto row = [](const char *name, const QString &district, const QString &dataClass,
                         const QString &target, const QStringList &certifications, bool allowed,
                         const QString &rule) {
        QTest::newRow(name) << district << dataClass << target << certifications << allowed << rule;
    };

    const QStringList none;
    const QStringList coppa{QStringLiteral("SOC2"), QStringLiteral("COPPA")};

    // 1. US student records stay in the district's state.
    row("WA student_pii in WA", "US-WA", "student_pii", "US-WA", none, true, kUsState);
    row("WA student_pii in OR", "US-WA", "student_pii", "US-OR", none, false, kUsState);
    row("WA student_pii in VA", "US-WA", "student_pii", "US-VA", none, false, kUsState);
    row("WA student_pii in nationwide US region", "US-WA", "student_pii", "US", none, false,
        kUsState);
    row("WA student_pii in DE", "US-WA", "student_pii", "DE", none, false, kUsState);
    row("WA student_pii in CA-BC", "US-WA", "student_pii", "CA-BC", none, false, kUsState);
    row("country-wide US district, any state", "US", "student_pii", "US-TX", none, true, kUsState);
    row("country-wide US district, abroad", "US", "student_pii", "CA-ON", none, false, kUsState);

    // 2. EU/EEA, UK and Swiss personal data only in EU regions.
    row("DE eu_personal in FR", "DE", "eu_personal", "FR", none, true, kGdpr);
    row("DE-BY eu_personal in DE", "DE-BY", "eu_personal", "DE", none, true, kGdpr);
    row("DE eu_personal in DE-HE subdivision", "DE", "eu_personal", "DE-HE", none, true, kGdpr);
    row("DE eu_personal in US-VA", "DE", "eu_personal", "US-VA", none, false, kGdpr);
    row("eu_personal held by a US district, in IE", "US-WA", "eu_personal", "IE", none, true,
        kGdpr);
    row("eu_personal held by a US district, in WA", "US-WA", "eu_personal", "US-WA", none, false,
        kGdpr);
    row("eu_personal in NO (EEA, not EU)", "DE", "eu_personal", "NO", none, false, kGdpr);
    row("FR student_pii in IE", "FR", "student_pii", "IE", none, true, kGdpr);
    row("FR student_pii in GB", "FR", "student_pii", "GB", none, false, kGdpr);
    row("FR student_pii in CH", "FR", "student_pii", "CH", none, false, kGdpr);
    row("GB student_pii in DE", "GB", "student_pii", "DE", none, true, kGdpr);
    row("GB student_pii in GB", "GB", "student_pii", "GB", none, false, kGdpr);
    row("GB-ENG student_pii in NL", "GB-ENG", "student_pii", "NL", none, true, kGdpr);
    row("CH student_pii in FR", "CH", "student_pii", "FR", none, true, kGdpr);
    row("CH student_pii in CH", "CH", "student_pii", "CH", none, false, kGdpr);
    row("NO student_pii in SE", "NO", "student_pii", "SE", none, true, kGdpr);
    row("NO student_pii in NO", "NO", "student_pii", "NO", none, false, kGdpr);
    row("IS student_pii in US-VA", "IS", "student_pii", "US-VA", none, false, kGdpr);

    // 3. Ontario and British Columbia data only in Canadian regions.
    row("ON ca_personal in CA-QC", "CA-ON", "ca_personal", "CA-QC", none, true, kCanada);
    row("ON ca_personal in nationwide CA", "CA-ON", "ca_personal", "CA", none, true, kCanada);
    row("ON ca_personal in US-WA", "CA-ON", "ca_personal", "US-WA", none, false, kCanada);
    row("BC ca_personal in CA-BC", "CA-BC", "ca_personal", "CA-BC", none, true, kCanada);
    row("BC student_pii in CA-ON", "CA-BC", "student_pii", "CA-ON", none, true, kCanada);
    row("BC student_pii in US-WA", "CA-BC", "student_pii", "US-WA", none, false, kCanada);
    row("ON student_pii in DE", "CA-ON", "student_pii", "DE", none, false, kCanada);
    row("ca_personal held by a US district, in CA-ON", "US-WA", "ca_personal", "CA-ON", none, true,
        kCanada);
    row("ca_personal held by a US district, in US-WA", "US-WA", "ca_personal", "US-WA", none, false,
        kCanada);

    // 4. child_under_13 only on COPPA-certified targets, on top of every other rule.
    row("DE child in DE without COPPA", "DE", "child_under_13", "DE", none, false, kCoppa);
    row("DE child in DE with COPPA pod", "DE", "child_under_13", "DE", coppa, true, kGdpr);
    row("DE child in US-WA with COPPA", "DE", "child_under_13", "US-WA", coppa, false, kGdpr);
    row("DE child in US-WA without COPPA", "DE", "child_under_13", "US-WA", none, false, kGdpr);
    row("ON child in CA-ON with COPPA", "CA-ON", "child_under_13", "CA-ON", coppa, true, kCanada);
    row("ON child in CA-ON without COPPA", "CA-ON", "child_under_13", "CA-ON", none, false, kCoppa);
    row("ON child in US-WA with COPPA", "CA-ON", "child_under_13", "US-WA", coppa, false, kCanada);
    row("WA child in OR with COPPA", "US-WA", "child_under_13", "US-OR", coppa, true, kCoppa);
    row("WA child in WA without COPPA", "US-WA", "child_under_13", "US-WA",
        QStringList{QStringLiteral("SOC2")}, false, kCoppa);
    row("certification names are exact", "US-WA", "child_under_13", "US-WA",
        QStringList{QStringLiteral("coppa")}, false, kCoppa);

    // 5. De-identified data and model artifacts anywhere.
    row("WA deidentified in SG", "US-WA", "deidentified", "SG", none, true, kAnywhere);
    row("DE deidentified in US-VA", "DE", "deidentified", "US-VA", none, true, kAnywhere);
    row("ON model_artifact in AU", "CA-ON", "model_artifact", "AU", none, true, kAnywhere);
    row("AU model_artifact in DE", "AU", "model_artifact", "DE", none, true, kAnywhere);

    // APAC student records stay in APAC (AU, NZ, SG): across those countries is fine.
    const QString kApac = QStringLiteral("apac-student-records-in-region");
    row("AU student_pii in AU", "AU", "student_pii", "AU", none, true, kApac);
    row("AU-VIC student_pii in AU-NSW", "AU-VIC", "student_pii", "AU-NSW", none, true, kApac);
    row("NZ student_pii in AU-NSW", "NZ", "student_pii", "AU-NSW", none, true, kApac);
    row("SG student_pii in US-VA", "SG", "student_pii", "US-VA", none, false, kApac);
    row("AU student_pii in DE", "AU", "student_pii", "DE", none, false, kApac);

    // 6. Regulated data no rule covers is denied by default.
    row("QC student_pii in CA-QC", "CA-QC", "student_pii", "CA-QC", none, false, kDefault);
    row("JP student_pii in JP", "JP", "student_pii", "JP", none, false, kDefault);
    row("SG ca_personal in SG", "SG", "ca_personal", "SG", none, false,
        QStringLiteral("ca-provincial-residency"));

    // Unusable queries fail closed.
    row("empty target jurisdiction", "US-WA", "deidentified", "", none, false, kInvalid);
    row("UK is not ISO 3166", "US-WA", "student_pii", "UK", none, false, kInvalid);
    row("lower-case district", "us-wa", "student_pii", "US-WA", none, false, kInvalid);
}

void TestPolicyEvaluator::defaultRules()
{
    QFETCH(QString, district);
    QFETCH(QString, dataClass);
    QFETCH(QString, target);
    QFETCH(QStringList, certifications);
    QFETCH(bool, allowed);
    QFETCH(QString, rule);

    const Verdict verdict
        = m_evaluator->evaluate(query(district, dataClass, target, certifications), {}, kNow);
    QCOMPARE(verdict.ruleId, rule);
    QCOMPARE(verdict.allowed, allowed);
    QVERIFY(verdict.consentIds.isEmpty());
    QVERIFY(!verdict.legalBasis.isEmpty());
    if (rule != kInvalid)
        QCOMPARE(verdict.legalBasis, legalBasisOf(rule));
    QCOMPARE(verdict.remedy.isEmpty(), allowed);
    // The verdict carries its rule's regime, as the shipped pack names it.
    static const QHash<QString, Regime> regimes{
        {QStringLiteral("us-student-records-in-state"), Regime::StateStudentRecords},
        {QStringLiteral("gdpr-eu-residency"), Regime::Gdpr},
        {QStringLiteral("ca-provincial-residency"), Regime::CanadianProvincial},
        {QStringLiteral("apac-student-records-in-region"), Regime::Apac},
        {QStringLiteral("coppa-certified-target"), Regime::Coppa},
        {QStringLiteral("unregulated-anywhere"), Regime::Unregulated}};
    QCOMPARE(verdict.regime, regimes.value(rule, Regime::Other));
}

void TestPolicyEvaluator::consents_data()
{
    QTest::addColumn<QString>("district");
    QTest::addColumn<QString>("dataClass");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QList<Consent>>("consents");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QStringList>("consentIds");
    const auto row = [](const char *name, const QString &district, const QString &dataClass,
                         const QString &target, const QList<Consent> &consents, bool allowed,
                         const QString &rule, const QStringList &consentIds) {
        QTest::newRow(name) << district << dataClass << target << consents << allowed << rule
                            << consentIds;
    };

    const QString east = QStringLiteral("us-east");
    const QString west = QStringLiteral("us-west");
    const QDateTime later = kNow.addDays(30);
    const QDateTime earlier = kNow.addDays(-1);
    const QList<Consent> none;

    row("no consent", "US-WA", "student_pii", "US-VA", none, false, kUsState, QStringList{});
    row("consent naming the target", "US-WA", "student_pii", "US-VA",
        QList<Consent>{consent("c1", east, later)}, true, kUsState, QStringList{"c1"});
    row("expired consent", "US-WA", "student_pii", "US-VA",
        QList<Consent>{consent("c1", east, earlier)}, false, kUsState, QStringList{});
    row("consent expiring this instant", "US-WA", "student_pii", "US-VA",
        QList<Consent>{consent("c1", east, kNow)}, false, kUsState, QStringList{});
    row("consent without expiry", "US-WA", "student_pii", "US-VA",
        QList<Consent>{consent("c1", east, QDateTime())}, false, kUsState, QStringList{});
    row("revoked consent", "US-WA", "student_pii", "US-VA",
        QList<Consent>{
            consent("c1", east, later, QStringLiteral("district-1"), DataClass::StudentPii, true)},
        false, kUsState, QStringList{});
    row("consent for another region", "US-WA", "student_pii", "US-VA",
        QList<Consent>{consent("c1", west, later)}, false, kUsState, QStringList{});
    row("consent for another data class", "US-WA", "student_pii", "US-VA",
        QList<Consent>{
            consent("c1", east, later, QStringLiteral("district-1"), DataClass::Deidentified)},
        false, kUsState, QStringList{});
    row("consent of another district", "US-WA", "student_pii", "US-VA",
        QList<Consent>{consent("c1", east, later, QStringLiteral("district-2"))}, false, kUsState,
        QStringList{});
    row("two valid consents, both cited", "US-WA", "student_pii", "US-VA",
        QList<Consent>{consent("c1", east, later), consent("c2", east, later.addDays(1))}, true,
        kUsState, QStringList{"c1", "c2"});
    row("only the valid one of several is cited", "US-WA", "student_pii", "US-VA",
        QList<Consent>{consent("old", east, earlier), consent("c2", east, later),
            consent("other", west, later)},
        true, kUsState, QStringList{"c2"});
    row("in-state placement needs no consent", "US-WA", "student_pii", "US-WA",
        QList<Consent>{consent("c1", east, later)}, true, kUsState, QStringList{});
    // Consents lift only rules marked consent_can_allow.
    row("consent cannot override GDPR residency", "DE", "eu_personal", "US-VA",
        QList<Consent>{
            consent("c1", east, later, QStringLiteral("district-1"), DataClass::EuPersonal)},
        false, kGdpr, QStringList{});
    row("consent cannot override COPPA certification", "US-WA", "child_under_13", "US-VA",
        QList<Consent>{
            consent("c1", east, later, QStringLiteral("district-1"), DataClass::ChildUnder13)},
        false, kCoppa, QStringList{});
    row("consent cannot override Canadian residency", "CA-ON", "student_pii", "US-VA",
        QList<Consent>{consent("c1", east, later)}, false, kCanada, QStringList{});
}

void TestPolicyEvaluator::consents()
{
    QFETCH(QString, district);
    QFETCH(QString, dataClass);
    QFETCH(QString, target);
    QFETCH(QList<Consent>, consents);
    QFETCH(bool, allowed);
    QFETCH(QString, rule);
    QFETCH(QStringList, consentIds);

    const Verdict verdict = m_evaluator->evaluate(
        query(district, dataClass, target, {}, QStringLiteral("us-east")), consents, kNow);
    QCOMPARE(verdict.allowed, allowed);
    QCOMPARE(verdict.ruleId, rule);
    QCOMPARE(verdict.consentIds, consentIds);
    if (!consentIds.isEmpty()) {
        // An allow that rests on a consent cites the consent basis, not the in-state rule.
        QCOMPARE(verdict.legalBasis, m_pack->rules().at(0).consentLegalBasis);
        QVERIFY(verdict.legalBasis.contains(QStringLiteral("consent")));
    } else {
        QCOMPARE(verdict.legalBasis, legalBasisOf(rule));
    }
}

void TestPolicyEvaluator::scope_data()
{
    QTest::addColumn<QString>("district");
    QTest::addColumn<QString>("dataClass");
    QTest::addColumn<bool>("anywhere");
    QTest::addColumn<QStringList>("jurisdictions");
    QTest::addColumn<QStringList>("certifications");
    QTest::addColumn<bool>("consentMayExtend");
    QTest::addColumn<QStringList>("rules");
    const auto row
        = [](const char *name, const QString &district, const QString &dataClass, bool anywhere,
              const QStringList &jurisdictions, const QStringList &certifications,
              bool consentMayExtend, const QStringList &rules) {
              QTest::newRow(name) << district << dataClass << anywhere << jurisdictions
                                  << certifications << consentMayExtend << rules;
          };

    const QStringList none;
    const QStringList coppa{QStringLiteral("COPPA")};
    const QStringList canada{QStringLiteral("CA")};

    row("WA student_pii", "US-WA", "student_pii", false, QStringList{"US-WA"}, none, true,
        QStringList{kUsState});
    row("US-wide student_pii", "US", "student_pii", false, QStringList{"US"}, none, true,
        QStringList{kUsState});
    row("DE eu_personal", "DE", "eu_personal", false, kEu, none, false, QStringList{kGdpr});
    row("WA eu_personal", "US-WA", "eu_personal", false, kEu, none, false, QStringList{kGdpr});
    row("GB student_pii", "GB", "student_pii", false, kEu, none, false, QStringList{kGdpr});
    row("DE child", "DE", "child_under_13", false, kEu, coppa, false, QStringList{kGdpr, kCoppa});
    row("ON child", "CA-ON", "child_under_13", false, canada, coppa, false,
        QStringList{kCanada, kCoppa});
    row("BC student_pii", "CA-BC", "student_pii", false, canada, none, false, QStringList{kCanada});
    row("WA ca_personal", "US-WA", "ca_personal", false, canada, none, false, QStringList{kCanada});
    row("WA child", "US-WA", "child_under_13", true, none, coppa, false, QStringList{kCoppa});
    row("WA deidentified", "US-WA", "deidentified", true, none, none, false,
        QStringList{kAnywhere});
    row("QC student_pii: nowhere", "CA-QC", "student_pii", false, none, none, false,
        QStringList{kDefault});
    row("invalid district: nowhere", "XX", "deidentified", false, none, none, false,
        QStringList{kInvalid});
}

void TestPolicyEvaluator::scope()
{
    QFETCH(QString, district);
    QFETCH(QString, dataClass);
    QFETCH(bool, anywhere);
    QFETCH(QStringList, jurisdictions);
    QFETCH(QStringList, certifications);
    QFETCH(bool, consentMayExtend);
    QFETCH(QStringList, rules);

    const ResidencyScope scope
        = m_evaluator->allowedScopeFor(district, *dataClassFromString(dataClass));
    QCOMPARE(scope.anywhere, anywhere);
    QCOMPARE(scope.jurisdictions, jurisdictions);
    QCOMPARE(scope.requiredCertifications, certifications);
    QCOMPARE(scope.consentMayExtend, consentMayExtend);
    QCOMPARE(scope.ruleIds, rules);
}

// The console shades the map from the scope; the daemon decides with evaluate(). They must agree.
void TestPolicyEvaluator::scopeAgreesWithEvaluate()
{
    const QStringList districts{
        "US-WA", "US", "CA-ON", "CA-BC", "CA-QC", "DE", "DE-BY", "GB", "CH", "NO", "AU", "SG"};
    const QStringList targets{"US-WA", "US-OR", "US", "CA", "CA-ON", "CA-QC", "DE", "DE-HE", "FR",
        "IE", "GB", "CH", "NO", "AU", "SG", "JP"};
    const QList<QStringList> certificationSets{{}, {"SOC2"}, {"COPPA"}, {"SOC2", "COPPA", "GDPR"}};
    int checked = 0;
    for (const QString &district : districts) {
        for (DataClass dataClass : allDataClasses()) {
            const ResidencyScope scope = m_evaluator->allowedScopeFor(district, dataClass);
            const JurisdictionSet allowed = JurisdictionSet::fromStrings(scope.jurisdictions);
            for (const QString &target : targets) {
                for (const QStringList &certs : certificationSets) {
                    bool certified = true;
                    for (const QString &required : scope.requiredCertifications)
                        certified = certified && certs.contains(required);
                    const bool inScope
                        = (scope.anywhere || allowed.contains(JurisdictionCode::parse(target)))
                        && certified;
                    PlacementQuery q = query(district, dataClassName(dataClass), target, certs);
                    const Verdict verdict = m_evaluator->evaluate(q, {}, kNow);
                    if (verdict.allowed != inScope) {
                        QFAIL(qPrintable(
                            QStringLiteral("%1 %2 → %3 %4: evaluate says %5 (%6), "
                                           "scope says %7")
                                .arg(district, dataClassName(dataClass), target, certs.join(u'+'))
                                .arg(verdict.allowed)
                                .arg(verdict.ruleId)
                                .arg(inScope)));
                    }
                    ++checked;
                }
            }
        }
    }
    QCOMPARE(checked, 12 * 6 * 16 * 4);
}

void TestPolicyEvaluator::firstDenyingRuleInPackOrderIsNamed()
{
    // Both rules apply to DE student_pii and both deny US-WA; the earlier one must be named.
    const PolicyPack pack = loadPack(R"({
        "version": 1, "name": "order",
        "zones": {"EU": ["DE", "FR"]},
        "rules": [
            {"id": "needs-soc2", "applies_to": [{"data_classes": ["student_pii"]}],
             "allow_target": {"in": ["*"], "certifications": ["SOC2"]},
             "legal_basis": "contract", "remedy": "use a SOC2 target"},
            {"id": "eu-only", "applies_to": [{"data_classes": ["student_pii"], "district_in": ["@EU"]}],
             "allow_target": {"in": ["@EU"]},
             "legal_basis": "GDPR", "remedy": "use an EU target"}
        ],
        "default": {"id": "deny", "legal_basis": "deny by default", "remedy": "add a rule"}
    })");
    const PolicyEvaluator evaluator(pack);

    Verdict verdict = evaluator.evaluate(query("DE", "student_pii", "US-WA"), {}, kNow);
    QCOMPARE(verdict.ruleId, QStringLiteral("needs-soc2"));
    QCOMPARE(verdict.remedy, QStringLiteral("use a SOC2 target"));

    verdict = evaluator.evaluate(query("DE", "student_pii", "US-WA", {"SOC2"}), {}, kNow);
    QCOMPARE(verdict.ruleId, QStringLiteral("eu-only"));
    QVERIFY(!verdict.allowed);

    verdict = evaluator.evaluate(query("DE", "student_pii", "FR", {"SOC2"}), {}, kNow);
    QVERIFY(verdict.allowed);
    QCOMPARE(verdict.ruleId, QStringLiteral("needs-soc2")); // the first applicable rule

    // A US district only meets the first rule; the EU selector does not match it.
    verdict = evaluator.evaluate(query("US-WA", "student_pii", "SG", {"SOC2"}), {}, kNow);
    QVERIFY(verdict.allowed);
    verdict = evaluator.evaluate(query("US-WA", "deidentified", "SG", {"SOC2"}), {}, kNow);
    QVERIFY(!verdict.allowed);
    QCOMPARE(verdict.ruleId, QStringLiteral("deny"));
}

void TestPolicyEvaluator::packWithoutRulesDeniesEverything()
{
    const PolicyEvaluator evaluator(loadPack(R"({"version": 1, "name": "empty", "rules": [],
        "default": {"id": "nothing-allowed", "legal_basis": "no rules", "remedy": "write rules"}})"));
    for (DataClass dataClass : allDataClasses()) {
        const Verdict verdict
            = evaluator.evaluate(query("US-WA", dataClassName(dataClass), "US-WA"), {}, kNow);
        QVERIFY(!verdict.allowed);
        QCOMPARE(verdict.ruleId, QStringLiteral("nothing-allowed"));
        QCOMPARE(verdict.legalBasis, QStringLiteral("no rules"));
        QCOMPARE(verdict.remedy, QStringLiteral("write rules"));
    }
}

void TestPolicyEvaluator::evaluatorWithoutPackDeniesEverything()
{
    const PolicyEvaluator evaluator;
    const Verdict verdict = evaluator.evaluate(query("US-WA", "deidentified", "US-WA"), {}, kNow);
    QVERIFY(!verdict.allowed);
    QCOMPARE(verdict.ruleId, kDefault);
    QVERIFY(!verdict.remedy.isEmpty());
    QCOMPARE(evaluator.allowedScopeFor(QStringLiteral("US-WA"), DataClass::Deidentified).anywhere,
        false);
}

void TestPolicyEvaluator::allowedVerdictDoesNotCarryRemedy()
{
    const Verdict verdict = m_evaluator->evaluate(query("US-WA", "student_pii", "US-WA"), {}, kNow);
    QVERIFY(verdict.allowed);
    const QJsonObject json = verdict.toJson();
    QCOMPARE(json.value(QLatin1StringView("allowed")).toBool(), true);
    QCOMPARE(json.value(QLatin1StringView("rule")).toString(), kUsState);
    QCOMPARE(json.value(QLatin1StringView("remedy")).toString(), QString());
    QVERIFY(json.value(QLatin1StringView("consent_ids")).isArray());
}

RP_TEST(TestPolicyEvaluator, "tst_policyevaluator")
#include "tst_policyevaluator.moc"
