// RoutePlanner and RouteExplainer against the shipped default policy pack: which pods are
// candidates (residency judged at the pod's own jurisdiction and certifications, with consents),
// their ranking, the weighted split over priority levels, failback ramps, capacity and fail-closed.
#include "backend/core/residency/policyevaluator.h"
#include "backend/core/residency/policypack.h"
#include "backend/core/routing/routeexplainer.h"
#include "backend/core/routing/routeplanner.h"
#include "backend/core/validationerror.h"
#include "testmain.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

namespace {

const QDateTime kPlannerNow = QDateTime(QDate(2026, 3, 2), QTime(15, 0), Qt::UTC);

PolicyEvaluator defaultEvaluator()
{
    QFile file(QDir(qEnvironmentVariable("RP_SOURCE_DIR"))
                   .filePath(QStringLiteral("resources/policies/default.json")));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read resources/policies/default.json (is RP_SOURCE_DIR set?)");
    auto result = PolicyPack::fromJson(file.readAll(), QStringLiteral("default.json"));
    if (!result.ok())
        qFatal("default pack does not load");
    return PolicyEvaluator(*result.pack);
}

RoutingPod pod(const QString &id, const QString &region, PodType type, const QString &jurisdiction,
    const QStringList &certifications, double lat, double lon, double capacity = 100)
{
    RoutingPod p;
    p.id = id;
    p.region = region;
    p.type = type;
    p.jurisdiction = jurisdiction;
    p.certifications = certifications;
    p.latitude = lat;
    p.longitude = lon;
    p.health = HealthState::Healthy;
    p.nominalRps = capacity;
    p.capacityRps = capacity;
    p.endpoint = QStringLiteral("http://127.0.0.1:1/") + id;
    return p;
}

// A small fleet shaped like the demo's: an Oregon region with a Washington edge pod, a Virginia
// region with a Texas edge pod and a COPPA compliance pod, an EU region, an APAC region.
QList<RoutingPod> fleet()
{
    const QStringList soc2 = {QStringLiteral("SOC2")};
    const QStringList coppa = {QStringLiteral("SOC2"), QStringLiteral("COPPA")};
    return {
        pod(QStringLiteral("west-primary"), QStringLiteral("us-west"), PodType::Primary,
            QStringLiteral("US-OR"), coppa, 45.8, -119.7),
        pod(QStringLiteral("west-edge-wa"), QStringLiteral("us-west"), PodType::Edge,
            QStringLiteral("US-WA"), coppa, 45.8, -119.7),
        pod(QStringLiteral("west-backup"), QStringLiteral("us-west"), PodType::Backup,
            QStringLiteral("US-OR"), coppa, 45.8, -119.7),
        pod(QStringLiteral("east-primary"), QStringLiteral("us-east"), PodType::Primary,
            QStringLiteral("US-VA"), soc2, 38.9, -77.4),
        pod(QStringLiteral("east-edge-tx"), QStringLiteral("us-east"), PodType::Edge,
            QStringLiteral("US-TX"), coppa, 38.9, -77.4),
        pod(QStringLiteral("east-compliance"), QStringLiteral("us-east"), PodType::Compliance,
            QStringLiteral("US-VA"), coppa, 38.9, -77.4),
        pod(QStringLiteral("eu-primary"), QStringLiteral("eu-central"), PodType::Primary,
            QStringLiteral("DE"), {QStringLiteral("GDPR"), QStringLiteral("COPPA")}, 50.1, 8.7),
        pod(QStringLiteral("ap-primary"), QStringLiteral("ap-southeast"), PodType::Primary,
            QStringLiteral("AU-NSW"), soc2, -33.9, 151.2),
    };
}

int indexOf(const QList<RoutingPod> &pods, const QString &id)
{
    for (int i = 0; i < pods.size(); ++i) {
        if (pods.at(i).id == id)
            return i;
    }
    qFatal("no pod %s", qPrintable(id));
}

RoutingDistrict district(const QString &jurisdiction, const QStringList &classes, double lat = 30,
    double lon = -97, QList<Consent> consents = {})
{
    RoutingDistrict d;
    d.id = QStringLiteral("district-") + jurisdiction.toLower();
    d.jurisdiction = jurisdiction;
    d.latitude = lat;
    d.longitude = lon;
    for (const auto &name : classes)
        d.requestClasses.append(*dataClassFromString(name));
    d.consents = std::move(consents);
    return d;
}

Consent consent(const QString &districtId, const QString &cls, const QString &region,
    const QDateTime &expires, bool revoked = false)
{
    Consent c;
    c.id = QStringLiteral("consent-") + region;
    c.districtId = districtId;
    c.dataClass = *dataClassFromString(cls);
    c.regionId = region;
    c.reference = QStringLiteral("DPA-1");
    c.expires = expires;
    c.revoked = revoked;
    return c;
}

QStringList allowedIds(const QList<PodCandidacy> &candidacies, const QList<RoutingPod> &pods)
{
    QStringList ids;
    for (const auto &c : candidacies) {
        if (c.allowed)
            ids.append(pods.at(c.pod).id);
    }
    return ids;
}

QString routeText(const Route &route, const QList<RoutingPod> &pods)
{
    QStringList parts;
    for (const auto &w : route.weights)
        parts.append(QStringLiteral("%1=%2").arg(pods.at(w.pod).id).arg(w.weight));
    for (const int f : route.fallbacks)
        parts.append(QStringLiteral("fallback:") + pods.at(f).id);
    for (const auto &out : route.unavailable)
        parts.append(QStringLiteral("out:%1/%2").arg(pods.at(out.pod).id).arg(int(out.reason)));
    parts.append(QStringLiteral("idle-from:%1").arg(route.idleFrom));
    return parts.join(QLatin1Char(' '));
}

QString weightsText(const Route &route, const QList<RoutingPod> &pods)
{
    QStringList parts;
    for (const auto &w : route.weights)
        parts.append(QStringLiteral("%1=%2").arg(pods.at(w.pod).id).arg(w.weight));
    return parts.join(QLatin1Char(' '));
}

} // namespace

class TestRoutePlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void candidates_data();
    void candidates();
    void deniedPodsNameTheirRule();
    void split_data();
    void split();
    void atCapacityPodsAreSkippedWhileOthersHaveHeadroom();
    void outliersAreEjectedWhileAnotherAllowedPodCanServe();
    void patchAgreesWithAFullPlan();
    void failsClosedAndSaysWhatWouldFixIt();
    void failClosedSuggestsOnlyConsentsThePolicyHonours();
    void decisionRoundTripsThroughJson();
    void measuredLatencyRanksWithinATier();
    void latencyBandsAreTransitiveAndTolerateJitter();
};

void TestRoutePlanner::candidates_data()
{
    QTest::addColumn<QString>("jurisdiction");
    QTest::addColumn<QStringList>("classes");
    QTest::addColumn<QList<Consent>>("consents");
    QTest::addColumn<QStringList>("expected"); // allowed pods, in rank order

    const auto tx = QStringLiteral("district-us-tx");
    const QStringList pii = {QStringLiteral("student_pii")};
    const QStringList piiKids = {QStringLiteral("student_pii"), QStringLiteral("child_under_13")};
    // The Texas edge pod sits in a Virginia region: its own jurisdiction decides.
    QTest::newRow("pod jurisdiction beats region") << QStringLiteral(
        "US-TX") << pii << QList<Consent>{} << QStringList{QStringLiteral("east-edge-tx")};
    QTest::newRow("own edge first, then primary, compliance; backup last (by consent)")
        << QStringLiteral("US-TX") << pii
        << QList<Consent>{consent(tx, QStringLiteral("student_pii"), QStringLiteral("us-east"),
               kPlannerNow.addDays(30))}
        << QStringList{QStringLiteral("east-edge-tx"), QStringLiteral("east-primary"),
               QStringLiteral("east-compliance")};
    QTest::newRow("expired consent does not count")
        << QStringLiteral("US-TX") << pii
        << QList<Consent>{consent(tx, QStringLiteral("student_pii"), QStringLiteral("us-east"),
               kPlannerNow.addSecs(-1))}
        << QStringList{QStringLiteral("east-edge-tx")};
    QTest::newRow("revoked consent does not count")
        << QStringLiteral("US-TX") << pii
        << QList<Consent>{consent(tx, QStringLiteral("student_pii"), QStringLiteral("us-east"),
               kPlannerNow.addDays(30), true)}
        << QStringList{QStringLiteral("east-edge-tx")};
    // With a consent for us-east, children's data still needs COPPA: the primary lacks it.
    QTest::newRow("COPPA certification required for child data")
        << QStringLiteral("US-TX") << piiKids
        << QList<Consent>{consent(tx, QStringLiteral("student_pii"), QStringLiteral("us-east"),
               kPlannerNow.addDays(30))}
        << QStringList{QStringLiteral("east-edge-tx"), QStringLiteral("east-compliance")};
    QTest::newRow("Washington: own edge, then an Oregon-region pod is out of state")
        << QStringLiteral("US-WA") << pii << QList<Consent>{}
        << QStringList{QStringLiteral("west-edge-wa")};
    QTest::newRow("Oregon: primary before backup, Washington edge is out of state")
        << QStringLiteral("US-OR") << piiKids << QList<Consent>{}
        << QStringList{QStringLiteral("west-primary"), QStringLiteral("west-backup")};
    QTest::newRow("EU personal data only in the EU")
        << QStringLiteral("FR") << QStringList{QStringLiteral("eu_personal")} << QList<Consent>{}
        << QStringList{QStringLiteral("eu-primary")};
    QTest::newRow("APAC child data: no COPPA-certified APAC pod, no candidate")
        << QStringLiteral("AU-VIC") << piiKids << QList<Consent>{} << QStringList{};
    QTest::newRow("unregulated requests go anywhere, nearest primary first")
        << QStringLiteral("US-TX") << QStringList{QStringLiteral("deidentified")}
        << QList<Consent>{}
        << QStringList{QStringLiteral("east-edge-tx"), QStringLiteral("east-primary"),
               QStringLiteral("west-primary"), QStringLiteral("eu-primary"),
               QStringLiteral("ap-primary"), QStringLiteral("east-compliance"),
               QStringLiteral("west-edge-wa"), QStringLiteral("west-backup")};
}

void TestRoutePlanner::candidates()
{
    QFETCH(QString, jurisdiction);
    QFETCH(QStringList, classes);
    QFETCH(QList<Consent>, consents);
    QFETCH(QStringList, expected);
    const auto pods = fleet();
    const auto evaluator = defaultEvaluator();
    const auto candidacies = RoutePlanner::judge(
        district(jurisdiction, classes, 30, -97, consents), pods, evaluator, kPlannerNow);
    QCOMPARE(candidacies.size(), pods.size());
    QCOMPARE(allowedIds(candidacies, pods), expected);
}

void TestRoutePlanner::deniedPodsNameTheirRule()
{
    const auto pods = fleet();
    const auto evaluator = defaultEvaluator();
    const auto d = district(
        QStringLiteral("US-TX"), {QStringLiteral("student_pii"), QStringLiteral("child_under_13")});
    const auto candidacies = RoutePlanner::judge(d, pods, evaluator, kPlannerNow);
    const auto route = RoutePlanner().plan(candidacies, pods);
    const auto decision
        = RouteExplainer::explain(d, candidacies, route, pods, evaluator, kPlannerNow);
    QCOMPARE(decision.pod, QStringLiteral("east-edge-tx"));
    QCOMPARE(decision.excluded.size(), pods.size() - 1);
    QHash<QString, RouteDecision::Exclusion> byPod;
    for (const auto &e : decision.excluded)
        byPod.insert(e.pod, e);
    QCOMPARE(byPod.value(QStringLiteral("east-primary")).reason, QStringLiteral("residency"));
    QCOMPARE(byPod.value(QStringLiteral("east-primary")).rule,
        QStringLiteral("us-student-records-in-state"));
    QCOMPARE(byPod.value(QStringLiteral("eu-primary")).dataClass, QStringLiteral("student_pii"));
    QCOMPARE(byPod.value(QStringLiteral("ap-primary")).region, QStringLiteral("ap-southeast"));
}

void TestRoutePlanner::split_data()
{
    QTest::addColumn<QString>("jurisdiction");
    QTest::addColumn<QStringList>("changes"); // pod:field=value
    QTest::addColumn<QString>("expected"); // "pod=weight …", highest first; "" = fails closed
    QTest::addColumn<QStringList>("fallbacks");

    // Oregon, child data: us-west primary (level 1) then us-west backup (level 2).
    const auto or_ = QStringLiteral("US-OR");
    QTest::newRow("healthy primary takes everything")
        << or_ << QStringList{} << QStringLiteral("west-primary=100")
        << QStringList{QStringLiteral("west-backup")};
    // Half its capacity: 50 % × 1.4 = 70 % stays, 30 % spills to the backup (Envoy priority).
    QTest::newRow("degraded primary spills over the overprovisioning factor")
        << or_ << QStringList{QStringLiteral("west-primary:capacity=50")}
        << QStringLiteral("west-primary=70 west-backup=30") << QStringList{};
    QTest::newRow("72 % healthy is enough to keep it all")
        << or_ << QStringList{QStringLiteral("west-primary:capacity=72")}
        << QStringLiteral("west-primary=100") << QStringList{QStringLiteral("west-backup")};
    QTest::newRow("dead primary: the backup takes over")
        << or_ << QStringList{QStringLiteral("west-primary:health=unhealthy")}
        << QStringLiteral("west-backup=100") << QStringList{};
    QTest::newRow("draining primary is out")
        << or_ << QStringList{QStringLiteral("west-primary:draining=1")}
        << QStringLiteral("west-backup=100") << QStringList{};
    QTest::newRow("not yet probed is out")
        << or_ << QStringList{QStringLiteral("west-primary:health=unknown")}
        << QStringLiteral("west-backup=100") << QStringList{};
    QTest::newRow("failback hold-down: no traffic back yet")
        << or_ << QStringList{QStringLiteral("west-primary:ramp=0")}
        << QStringLiteral("west-backup=100") << QStringList{};
    QTest::newRow("failback step 1: 10 %")
        << or_ << QStringList{QStringLiteral("west-primary:ramp=0.1")}
        << QStringLiteral("west-backup=90 west-primary=10") << QStringList{};
    QTest::newRow("failback step 2: 50 %")
        << or_ << QStringList{QStringLiteral("west-primary:ramp=0.5")}
        << QStringLiteral("west-primary=50 west-backup=50") << QStringList{};
    QTest::newRow("both out: fails closed")
        << or_
        << QStringList{QStringLiteral("west-primary:health=unhealthy"),
               QStringLiteral("west-backup:draining=1")}
        << QString() << QStringList{};
    // Unregulated Texas requests: own edge, then two primaries in one level each.
    const auto tx = QStringLiteral("US-TX");
    QTest::newRow("dead edge: nearest primary, others are fallbacks")
        << tx << QStringList{QStringLiteral("east-edge-tx:health=unhealthy")}
        << QStringLiteral("east-primary=100")
        << QStringList{QStringLiteral("west-primary"), QStringLiteral("eu-primary"),
               QStringLiteral("ap-primary"), QStringLiteral("east-compliance"),
               QStringLiteral("west-edge-wa"), QStringLiteral("west-backup")};
    QTest::newRow("degraded edge and primary: spill down two levels")
        << tx
        << QStringList{QStringLiteral("east-edge-tx:capacity=50"),
               QStringLiteral("east-primary:capacity=10")}
        << QStringLiteral("east-edge-tx=70 west-primary=16 east-primary=14")
        << QStringList{QStringLiteral("eu-primary"), QStringLiteral("ap-primary"),
               QStringLiteral("east-compliance"), QStringLiteral("west-edge-wa"),
               QStringLiteral("west-backup")};
}

void TestRoutePlanner::split()
{
    QFETCH(QString, jurisdiction);
    QFETCH(QStringList, changes);
    QFETCH(QString, expected);
    QFETCH(QStringList, fallbacks);
    auto pods = fleet();
    for (const auto &change : changes) {
        const auto id = change.section(QLatin1Char(':'), 0, 0);
        const auto field = change.section(QLatin1Char(':'), 1).section(QLatin1Char('='), 0, 0);
        const auto value = change.section(QLatin1Char('='), 1);
        RoutingPod &p = pods[indexOf(pods, id)];
        if (field == QLatin1String("capacity"))
            p.capacityRps = value.toDouble();
        else if (field == QLatin1String("health"))
            p.health = *healthStateFromName(value);
        else if (field == QLatin1String("draining"))
            p.draining = true;
        else if (field == QLatin1String("ramp"))
            p.ramp = value.toDouble();
    }
    const QStringList classes = jurisdiction == QLatin1String("US-OR")
        ? QStringList{QStringLiteral("student_pii"), QStringLiteral("child_under_13")}
        : QStringList{QStringLiteral("deidentified")};
    const auto candidacies = RoutePlanner::judge(
        district(jurisdiction, classes), pods, defaultEvaluator(), kPlannerNow);
    const auto route = RoutePlanner().plan(candidacies, pods);
    QCOMPARE(weightsText(route, pods), expected);
    QCOMPARE(route.failsClosed(), expected.isEmpty());
    int sum = 0;
    for (const auto &w : route.weights)
        sum += w.weight;
    QCOMPARE(sum, expected.isEmpty() ? 0 : 100);
    QStringList fallbackIds;
    for (const int i : route.fallbacks)
        fallbackIds.append(pods.at(i).id);
    QCOMPARE(fallbackIds, fallbacks);
}

void TestRoutePlanner::atCapacityPodsAreSkippedWhileOthersHaveHeadroom()
{
    auto pods = fleet();
    const auto evaluator = defaultEvaluator();
    const auto d = district(QStringLiteral("US-OR"), {QStringLiteral("student_pii")});
    pods[indexOf(pods, QStringLiteral("west-primary"))].loadRps = 100;
    auto candidacies = RoutePlanner::judge(d, pods, evaluator, kPlannerNow);
    auto route = RoutePlanner().plan(candidacies, pods);
    QCOMPARE(weightsText(route, pods), QStringLiteral("west-backup=100"));
    QCOMPARE(route.unavailable,
        (QList<Route::Out>{
            {indexOf(pods, QStringLiteral("west-primary")), Unavailability::AtCapacity}}));
    QVERIFY(!route.overCapacity);

    // Two pods in one level split by headroom: 80 and 20 rps free.
    pods[indexOf(pods, QStringLiteral("west-primary"))].loadRps = 20;
    pods[indexOf(pods, QStringLiteral("west-backup"))].type = PodType::Primary;
    pods[indexOf(pods, QStringLiteral("west-backup"))].loadRps = 80;
    candidacies = RoutePlanner::judge(d, pods, evaluator, kPlannerNow);
    route = RoutePlanner().plan(candidacies, pods);
    QCOMPARE(weightsText(route, pods), QStringLiteral("west-primary=80 west-backup=20"));

    // Everything full: still served (over capacity) rather than failing closed.
    pods[indexOf(pods, QStringLiteral("west-primary"))].loadRps = 150;
    pods[indexOf(pods, QStringLiteral("west-backup"))].loadRps = 100;
    route = RoutePlanner().plan(candidacies, pods);
    QVERIFY(!route.failsClosed());
    QVERIFY(route.overCapacity);
}

void TestRoutePlanner::outliersAreEjectedWhileAnotherAllowedPodCanServe()
{
    auto pods = fleet();
    const auto evaluator = defaultEvaluator();
    const auto d = district(QStringLiteral("US-OR"), {QStringLiteral("student_pii")});
    const int primary = indexOf(pods, QStringLiteral("west-primary"));
    const int backup = indexOf(pods, QStringLiteral("west-backup"));
    pods[primary].outlier = true;
    const auto candidacies = RoutePlanner::judge(d, pods, evaluator, kPlannerNow);
    auto route = RoutePlanner().plan(candidacies, pods);
    QCOMPARE(weightsText(route, pods), QStringLiteral("west-backup=100"));
    QCOMPARE(route.unavailable, (QList<Route::Out>{{primary, Unavailability::Outlier}}));
    const auto decision
        = RouteExplainer::explain(d, candidacies, route, pods, evaluator, kPlannerNow);
    const auto excluded = std::find_if(decision.excluded.cbegin(), decision.excluded.cend(),
        [](const RouteDecision::Exclusion &e) { return e.pod == u"west-primary"; });
    QVERIFY(excluded != decision.excluded.cend());
    QCOMPARE(excluded->reason, QStringLiteral("outlier"));

    // Every allowed pod an outlier: errors alone never make a district fail closed.
    pods[backup].outlier = true;
    route = RoutePlanner().plan(candidacies, pods);
    QVERIFY(!route.failsClosed());
    QCOMPARE(weightsText(route, pods), QStringLiteral("west-primary=100"));
}

// The incremental path: after one pod's state changes, patch() either declines (the district
// needs plan()) or gives exactly what plan() gives. Random states over a fleet with several
// levels per district, fixed seed so a failure reproduces.
void TestRoutePlanner::patchAgreesWithAFullPlan()
{
    auto pods = fleet();
    // More depth: a second and third pod in each US region, so levels hold several pods.
    for (int i = 0; i < 3; ++i) {
        RoutingPod extra = pods.at(indexOf(pods, QStringLiteral("west-primary")));
        extra.id = QStringLiteral("west-primary-%1").arg(i);
        pods.append(extra);
        extra = pods.at(indexOf(pods, QStringLiteral("east-primary")));
        extra.id = QStringLiteral("east-primary-%1").arg(i);
        extra.certifications
            = pods.at(indexOf(pods, QStringLiteral("east-compliance"))).certifications;
        pods.append(extra);
    }
    const auto evaluator = defaultEvaluator();
    const QList<RoutingDistrict> districts = {
        district(QStringLiteral("US-OR"), {QStringLiteral("deidentified")}, 45.5, -122.6),
        district(QStringLiteral("US-TX"), {QStringLiteral("deidentified")}, 29.8, -95.4),
        district(QStringLiteral("US-WA"), {QStringLiteral("deidentified")}, 47.6, -122.3),
        district(QStringLiteral("DE"), {QStringLiteral("deidentified")}, 52.5, 13.4),
    };
    QList<QList<PodCandidacy>> candidacies;
    for (const auto &d : districts)
        candidacies.append(RoutePlanner::judge(d, pods, evaluator, kPlannerNow));
    const RoutePlanner planner;
    QRandomGenerator rng(20261203);
    const auto randomize = [&rng](RoutingPod &p) {
        const int pick = int(rng.bounded(10));
        p.health = pick == 0 ? HealthState::Unhealthy
            : pick == 1      ? HealthState::Unknown
                             : HealthState::Healthy;
        p.draining = pick == 2;
        p.ramp = pick == 3 ? 0.0 : pick == 4 ? 0.5 : 1.0;
        p.capacityRps = pick == 5 ? 40 : p.nominalRps;
        p.loadRps = pick == 6 ? p.capacityRps : double(rng.bounded(30));
        p.outlier = pick == 7 && p.loadRps < 3; // rare: an ejected pod makes patch() decline
    };
    int patched = 0;
    int declined = 0;
    for (int round = 0; round < 3000; ++round) {
        for (auto &p : pods)
            randomize(p);
        QList<Route> routes;
        for (const auto &c : std::as_const(candidacies))
            routes.append(planner.plan(c, pods));
        const int changed = int(rng.bounded(pods.size()));
        randomize(pods[changed]);
        for (int d = 0; d < districts.size(); ++d) {
            Route route = routes.at(d);
            if (!planner.patch(route, candidacies.at(d), changed, pods)) {
                QCOMPARE(route, routes.at(d)); // declined: untouched
                ++declined;
                continue;
            }
            ++patched;
            const Route expected = planner.plan(candidacies.at(d), pods);
            if (!(route == expected)) {
                QFAIL(qPrintable(QStringLiteral("round %1, district %2, pod %3: patched %4, "
                                                "planned %5")
                                     .arg(round)
                                     .arg(districts.at(d).id, pods.at(changed).id,
                                         routeText(route, pods), routeText(expected, pods))));
            }
        }
    }
    // Both paths must have been taken often, or the test proves nothing.
    QVERIFY2(patched > 500, qPrintable(QString::number(patched)));
    QVERIFY2(declined > 500, qPrintable(QString::number(declined)));
}

void TestRoutePlanner::failsClosedAndSaysWhatWouldFixIt()
{
    auto pods = fleet();
    const auto evaluator = defaultEvaluator();
    const auto d = district(QStringLiteral("US-TX"), {QStringLiteral("student_pii")});
    pods[indexOf(pods, QStringLiteral("east-edge-tx"))].health = HealthState::Unhealthy;
    const auto candidacies = RoutePlanner::judge(d, pods, evaluator, kPlannerNow);
    const auto route = RoutePlanner().plan(candidacies, pods);
    QVERIFY(route.failsClosed());
    const auto decision
        = RouteExplainer::explain(d, candidacies, route, pods, evaluator, kPlannerNow);
    QVERIFY(decision.failClosed);
    QVERIFY(decision.pod.isEmpty());
    QVERIFY(decision.weights.isEmpty());
    QCOMPARE(decision.excluded.constFirst().pod, QStringLiteral("east-edge-tx"));
    QCOMPARE(decision.excluded.constFirst().reason, QStringLiteral("unhealthy"));
    QVERIFY2(
        decision.fixes.contains(QStringLiteral("restore region us-east: its allowed pods are out")),
        qPrintable(decision.fixes.join(QLatin1Char('\n'))));
    // student_pii may go to a consented region: us-east (healthy primary) and us-west qualify.
    QVERIFY2(decision.fixes.contains(QStringLiteral(
                 "record a consent from district-us-tx naming region us-east for student_pii")),
        qPrintable(decision.fixes.join(QLatin1Char('\n'))));
    QVERIFY(decision.fixes.contains(QStringLiteral(
        "record a consent from district-us-tx naming region us-west for student_pii")));
}

void TestRoutePlanner::failClosedSuggestsOnlyConsentsThePolicyHonours()
{
    // APAC child data has no COPPA-certified APAC pod and no consent can change that (the
    // COPPA and APAC rules do not honour consents): the only fix is a new pod.
    const auto pods = fleet();
    const auto evaluator = defaultEvaluator();
    const auto d = district(QStringLiteral("AU-VIC"),
        {QStringLiteral("student_pii"), QStringLiteral("child_under_13")}, -37.8, 145);
    const auto candidacies = RoutePlanner::judge(d, pods, evaluator, kPlannerNow);
    const auto route = RoutePlanner().plan(candidacies, pods);
    const auto decision
        = RouteExplainer::explain(d, candidacies, route, pods, evaluator, kPlannerNow);
    QVERIFY(decision.failClosed);
    QCOMPARE(decision.fixes.size(), 1);
    QVERIFY(decision.fixes.constFirst().startsWith(QStringLiteral("deploy a pod")));
    QCOMPARE(decision.excluded.size(), pods.size());
}

void TestRoutePlanner::decisionRoundTripsThroughJson()
{
    auto pods = fleet();
    const auto evaluator = defaultEvaluator();
    pods[indexOf(pods, QStringLiteral("west-primary"))].capacityRps = 50;
    const auto d = district(QStringLiteral("US-OR"), {QStringLiteral("student_pii")});
    const auto candidacies = RoutePlanner::judge(d, pods, evaluator, kPlannerNow);
    auto decision = RouteExplainer::explain(
        d, candidacies, RoutePlanner().plan(candidacies, pods), pods, evaluator, kPlannerNow);
    decision.tableVersion = 42;
    QCOMPARE(decision.weights.size(), 2);
    QCOMPARE(RouteDecision::fromJson(decision.toJson()), decision);

    auto broken = decision.toJson();
    broken.insert(QStringLiteral("fail_closed"), true);
    QVERIFY_THROWS_EXCEPTION(ValidationError, RouteDecision::fromJson(broken));
}

// Issue #9: "great-circle distance (or measured latency when known)". Two primaries for a
// district in Lyon: Frankfurt (~450 km) before Dublin (~1,200 km) by distance; measured round
// trips put a slow Frankfurt behind a quick Dublin, jitter within a band changes nothing, and no
// latency lifts a pod over a better tier or past the residency policy.
void TestRoutePlanner::measuredLatencyRanksWithinATier()
{
    const QStringList gdpr = {QStringLiteral("GDPR"), QStringLiteral("SOC2")};
    const QList<RoutingPod> pods{
        pod(QStringLiteral("frankfurt"), QStringLiteral("eu-central"), PodType::Primary,
            QStringLiteral("DE"), gdpr, 50.1, 8.7),
        pod(QStringLiteral("dublin"), QStringLiteral("eu-west"), PodType::Primary,
            QStringLiteral("IE"), gdpr, 53.3, -6.3),
        pod(QStringLiteral("lyon-edge"), QStringLiteral("eu-central"), PodType::Edge,
            QStringLiteral("FR"), gdpr, 50.1, 8.7),
        pod(QStringLiteral("virginia"), QStringLiteral("us-east"), PodType::Primary,
            QStringLiteral("US-VA"), {QStringLiteral("SOC2")}, 38.9, -77.4),
    };
    const RoutingDistrict lyon
        = district(QStringLiteral("FR"), {QStringLiteral("eu_personal")}, 45.76, 4.84);
    const auto order = [&](const RoutePlanner::MeasuredLatency &measured) {
        QStringList ids;
        for (const auto &c :
            RoutePlanner::judge(lyon, pods, defaultEvaluator(), kPlannerNow, measured))
            if (c.allowed)
                ids.append(pods.at(c.pod).id);
        return ids.join(u',');
    };
    const int frankfurt = 0, dublin = 1, edge = 2, virginia = 3;
    const auto measured
        = [](QHash<int, double> ms) { return [ms](int pod) { return ms.value(pod, -1.0); }; };
    // The district's own edge pod first (tier), then by modeled round trip = distance.
    QCOMPARE(order({}), QStringLiteral("lyon-edge,frankfurt,dublin"));
    // Frankfurt answers in 80 ms, Dublin in 15: Dublin ranks first among the primaries.
    QCOMPARE(order(measured({{frankfurt, 80}, {dublin, 15}})),
        QStringLiteral("lyon-edge,dublin,frankfurt"));
    // Within one band (7.0 and 6.6 ms) distance still decides: jitter moves nothing.
    QCOMPARE(RoutePlanner::latencyBand(7.0), RoutePlanner::latencyBand(6.6));
    QCOMPARE(order(measured({{frankfurt, 7.0}, {dublin, 6.6}})),
        QStringLiteral("lyon-edge,frankfurt,dublin"));
    // Only Dublin measured (slow): Frankfurt keeps its modeled 2 + 4.5 ms and stays first.
    QCOMPARE(order(measured({{dublin, 40}})), QStringLiteral("lyon-edge,frankfurt,dublin"));
    // A slow edge pod still leads its tier, and a fast pod out of zone is never a candidate.
    QCOMPARE(order(measured({{edge, 500}, {virginia, 1}})),
        QStringLiteral("lyon-edge,frankfurt,dublin"));
    const auto judged = RoutePlanner::judge(
        lyon, pods, defaultEvaluator(), kPlannerNow, measured({{frankfurt, 80}}));
    const auto f = std::find_if(
        judged.cbegin(), judged.cend(), [](const PodCandidacy &c) { return c.pod == 0; });
    QCOMPARE(f->measuredMs, 80.0);
    QCOMPARE(f->rankMs, 80.0);
    const auto d = std::find_if(
        judged.cbegin(), judged.cend(), [](const PodCandidacy &c) { return c.pod == 1; });
    QCOMPARE(d->measuredMs, -1.0);
    QVERIFY(qAbs(d->rankMs - RoutePlanner::modeledRoundTripMs(d->distanceKm)) < 1e-9);
}

// Bands are what the comparator sorts by, so they must order like the round trips they
// stand for (a strict weak order: std::sort needs it) and be 25 % wide.
void TestRoutePlanner::latencyBandsAreTransitiveAndTolerateJitter()
{
    int previous = RoutePlanner::latencyBand(0);
    for (double ms = 0; ms < 5000; ms += 0.37) {
        const int band = RoutePlanner::latencyBand(ms);
        QVERIFY2(band >= previous, qPrintable(QString::number(ms)));
        previous = band;
    }
    QCOMPARE(RoutePlanner::latencyBand(0.2), RoutePlanner::latencyBand(1.0)); // sub-ms: alike
    // Band edges are powers of 1.25 (9.31, 11.64 ms, …): 9.5 and 11.5 ms rank alike, 9.5 and
    // 12 ms (more than 25 % apart) never do.
    QCOMPARE(RoutePlanner::latencyBand(9.5), RoutePlanner::latencyBand(11.5));
    QVERIFY(RoutePlanner::latencyBand(9.5) < RoutePlanner::latencyBand(12.0));
}

RP_TEST(TestRoutePlanner, "tst_routeplanner")
#include "tst_routeplanner.moc"
