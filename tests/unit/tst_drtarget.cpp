// chooseDrTarget (issue #24): where a district's DR copy goes, and what to do when it has none.

#include "testmain.h"

#include "backend/core/replication/drtarget.h"

#include <QtTest>

namespace {

DrCandidate candidate(const QString &region, bool allowed, bool backup = false, double km = 1000,
    bool consent = false)
{
    DrCandidate c;
    c.region = region;
    c.hasBackupPod = backup;
    c.distanceKm = km;
    c.replicaStore = QStringLiteral("directory:/dr/") + region;
    c.verdict.allowed = allowed;
    c.verdict.ruleId = allowed ? QStringLiteral("allow-rule") : QStringLiteral("deny-rule");
    c.consentWouldAllow = consent;
    return c;
}

} // namespace

class TestDrTarget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void neverTheSourceRegion();
    void neverTheSourceStoreItself();
    void backupPodRegionThenNearest();
    void noneAllowedGivesRemedyWithConsent();
    void noneAllowedWithoutConsentGivesStoreRemedy();
    void stableOnTies();
};

void TestDrTarget::neverTheSourceRegion()
{
    // Even when the policy allows only the source region, the copy does not go there.
    const DrChoice c = chooseDrTarget(QStringLiteral("US-TX"), QStringLiteral("student_pii"),
        QStringLiteral("us-east"), QStringLiteral("directory:/stores/us-east"),
        {candidate(QStringLiteral("us-east"), true, true, 0)});
    QVERIFY(!c.hasTarget());
    QVERIFY(c.remedy.contains(u"US-TX"));
    QVERIFY(c.remedy.contains(u"us-east"));
}

void TestDrTarget::neverTheSourceStoreItself()
{
    auto same = candidate(QStringLiteral("us-west"), true);
    same.replicaStore = QStringLiteral("s3://one@x");
    const DrChoice c = chooseDrTarget(QStringLiteral("US-OR"), QStringLiteral("deidentified"),
        QStringLiteral("us-east"), QStringLiteral("s3://one@x"), {same});
    QVERIFY(!c.hasTarget());
}

void TestDrTarget::backupPodRegionThenNearest()
{
    const QString source = QStringLiteral("eu-central");
    const QList<DrCandidate> all{candidate(QStringLiteral("far-backup"), true, true, 9000),
        candidate(QStringLiteral("near"), true, false, 100),
        candidate(QStringLiteral("denied-backup"), false, true, 10)};
    DrChoice c = chooseDrTarget(
        QStringLiteral("DE"), QStringLiteral("deidentified"), source, QString(), all);
    QCOMPARE(c.targetRegion, QStringLiteral("far-backup"));
    QCOMPARE(c.rule, QStringLiteral("allow-rule"));
    QCOMPARE(c.targetStore, QStringLiteral("directory:/dr/far-backup"));
    QVERIFY(c.reason.contains(u"backup"));
    QVERIFY(c.remedy.isEmpty());
    c = chooseDrTarget(
        QStringLiteral("DE"), QStringLiteral("deidentified"), source, QString(), all.mid(1));
    QCOMPARE(c.targetRegion, QStringLiteral("near"));
}

void TestDrTarget::noneAllowedGivesRemedyWithConsent()
{
    const DrChoice c = chooseDrTarget(QStringLiteral("US-TX"), QStringLiteral("student_pii"),
        QStringLiteral("us-east"), QString(),
        {candidate(QStringLiteral("eu-west"), false, true, 6000),
            candidate(QStringLiteral("us-west"), false, false, 3500, true),
            candidate(QStringLiteral("ca-central"), false, false, 800, true)});
    QVERIFY(!c.hasTarget());
    QVERIFY(c.targetStore.isEmpty());
    // The consent named is the best region one would allow: nearest among those.
    QCOMPARE(c.remedy,
        QStringLiteral("add a replica store in US-TX outside region us-east, or record a consent "
                       "of the district naming region ca-central"));
    QVERIFY(c.reason.contains(u"deny-rule"));
}

void TestDrTarget::noneAllowedWithoutConsentGivesStoreRemedy()
{
    const DrChoice c = chooseDrTarget(QStringLiteral("CA-ON"), QStringLiteral("ca_personal"),
        QStringLiteral("ca-central"), QString(),
        {candidate(QStringLiteral("us-east"), false, true, 800)});
    QCOMPARE(c.remedy, QStringLiteral("add a replica store in CA-ON outside region ca-central"));
}

void TestDrTarget::stableOnTies()
{
    const DrChoice a = chooseDrTarget(QStringLiteral("DE"), QStringLiteral("model_artifact"),
        QStringLiteral("x"), QString(),
        {candidate(QStringLiteral("b"), true), candidate(QStringLiteral("a"), true)});
    const DrChoice b = chooseDrTarget(QStringLiteral("DE"), QStringLiteral("model_artifact"),
        QStringLiteral("x"), QString(),
        {candidate(QStringLiteral("a"), true), candidate(QStringLiteral("b"), true)});
    QCOMPARE(a.targetRegion, QStringLiteral("a"));
    QCOMPARE(a, b);
}

RP_TEST(TestDrTarget, "tst_drtarget")
#include "tst_drtarget.moc"
