// Routing overrides end to end (issue #9) on a real regionalpodsd and the demo fleet's agents:
// an override narrows a district's pods to its target and never past residency; one that breaks
// residency or the safety rule (AWS Route 53 ARC: never leave a district without a healthy
// allowed pod while one exists) is refused and changes nothing; overrides are audited, lapse by
// themselves, survive a restart and are suspended while their target is out.
#include "daemonprocess.h"
#include "testmain.h"

#include "backend/core/routing/routedecision.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

class TestOverrides : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void badRequestsAreRefusedAndChangeNothing_data();
    void badRequestsAreRefusedAndChangeNothing();
    void residencyBreakingOverrideIsRefused();
    void overrideMovesADistrictAndIsAudited();
    void safetyRuleRefusesAnUnavailableTarget();
    void overrideIsSuspendedWhileItsTargetIsOut();
    void overrideExpiresByItself();
    void regionOverrideCoversTheDistrictsItServes();
    void overridesSurviveARestart();
    void auditorSeesOnlyItsDistrictsAndCannotOverride();

private:
    RouteDecision route(const QString &district);
    QJsonArray overrides(const QByteArray &token = QByteArrayLiteral("admin"));
    HttpResult post(const QString &body);
    static QString in(int seconds);
    bool allServed();
    QJsonArray auditOf(const QString &district, const QString &action);

    QTemporaryDir m_dir;
    std::unique_ptr<DaemonProcess> m_daemon;
};

void TestOverrides::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    m_daemon = std::make_unique<DaemonProcess>(m_dir.path());
    QVERIFY(m_daemon->start());
    QTRY_VERIFY_WITH_TIMEOUT(allServed(), 20000);
}

void TestOverrides::cleanupTestCase()
{
    if (m_daemon)
        QCOMPARE(m_daemon->stop(), 0);
}

void TestOverrides::cleanup()
{
    // Each test starts with no override in force.
    for (const auto &o : overrides())
        m_daemon->request(
            "DELETE", QStringLiteral("/routing/overrides/") + o.toObject().value("id").toString());
    QCOMPARE(overrides().size(), 0);
}

QString TestOverrides::in(int seconds)
{
    return QDateTime::currentDateTimeUtc().addSecs(seconds).toString(Qt::ISODate);
}

HttpResult TestOverrides::post(const QString &body)
{
    return m_daemon->request("POST", QStringLiteral("/routing/override"), body.toUtf8());
}

RouteDecision TestOverrides::route(const QString &district)
{
    const auto reply = m_daemon->request("GET", QStringLiteral("/routing/") + district);
    try {
        return RouteDecision::fromJson(reply.json());
    } catch (const std::exception &e) {
        qWarning("GET /routing/%s: %d %s", qPrintable(district), reply.status, e.what());
        return {};
    }
}

QJsonArray TestOverrides::overrides(const QByteArray &token)
{
    return m_daemon->request("GET", QStringLiteral("/routing/overrides"), {}, token)
        .json()
        .value(QStringLiteral("overrides"))
        .toArray();
}

bool TestOverrides::allServed()
{
    // The demo's APAC districts hold child data and the demo has a COPPA-certified APAC pod for
    // them: every district is served once every pod is healthy.
    return m_daemon->fleetSettled();
}

QJsonArray TestOverrides::auditOf(const QString &district, const QString &action)
{
    QJsonArray out;
    const auto records = m_daemon->request("GET", QStringLiteral("/audit?district=") + district)
                             .json()
                             .value(QStringLiteral("records"))
                             .toArray();
    for (const auto &r : records) {
        if (r.toObject().value(QStringLiteral("action")).toString() == action)
            out.append(r);
    }
    return out;
}

void TestOverrides::badRequestsAreRefusedAndChangeNothing_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    const QString soon = in(600);
    QTest::newRow("no scope") << QStringLiteral(
        R"({"target_pod":"us-east-primary","reason":"x","expires":"%1"})")
                                     .arg(soon)
                              << 400 << "district";
    QTest::newRow("both scopes") << QStringLiteral(
        R"({"district":"us-ny-nyc","region":"us-east","target_pod":"us-east-primary","reason":"x","expires":"%1"})")
                                        .arg(soon)
                                 << 400 << "district";
    QTest::newRow("both targets") << QStringLiteral(
        R"({"district":"us-ny-nyc","target_pod":"us-east-primary","target_region":"us-east","reason":"x","expires":"%1"})")
                                         .arg(soon)
                                  << 400 << "target_pod";
    QTest::newRow("no reason") << QStringLiteral(
        R"({"district":"us-ny-nyc","target_pod":"us-east-primary","reason":"  ","expires":"%1"})")
                                      .arg(soon)
                               << 400 << "reason";
    QTest::newRow("no expiry") << QStringLiteral(
        R"({"district":"us-ny-nyc","target_pod":"us-east-primary","reason":"x"})")
                               << 400 << "expires";
    QTest::newRow("expired") << QStringLiteral(
        R"({"district":"us-ny-nyc","target_pod":"us-east-primary","reason":"x","expires":"%1"})")
                                    .arg(in(-60))
                             << 400 << "expires";
    QTest::newRow("too long") << QStringLiteral(
        R"({"district":"us-ny-nyc","target_pod":"us-east-primary","reason":"x","expires":"%1"})")
                                     .arg(in(31 * 86400))
                              << 400 << "expires";
    QTest::newRow("typo") << QStringLiteral(
        R"({"district":"us-ny-nyc","target":"us-east-primary","reason":"x","expires":"%1"})")
                                 .arg(soon)
                          << 400 << "target";
    QTest::newRow("unknown district") << QStringLiteral(
        R"({"district":"xx-nowhere","target_pod":"us-east-primary","reason":"x","expires":"%1"})")
                                             .arg(soon)
                                      << 404 << "district";
    QTest::newRow("unknown pod") << QStringLiteral(
        R"({"district":"us-ny-nyc","target_pod":"us-east-nothing","reason":"x","expires":"%1"})")
                                        .arg(soon)
                                 << 404 << "target_pod";
    QTest::newRow("not json") << QStringLiteral("{") << 400 << "body";
}

void TestOverrides::badRequestsAreRefusedAndChangeNothing()
{
    QFETCH(QString, body);
    QFETCH(int, status);
    QFETCH(QString, field);
    const auto before = route(QStringLiteral("us-ny-nyc"));
    const auto reply = post(body);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.json().value(QStringLiteral("field")).toString(), field);
    QCOMPARE(overrides().size(), 0);
    const auto after = route(QStringLiteral("us-ny-nyc"));
    QCOMPARE(after.weights, before.weights);
    QCOMPARE(after.overrideId, QString());
}

void TestOverrides::residencyBreakingOverrideIsRefused()
{
    // Berlin's child data may only go to COPPA-certified EU pods: not eu-central-primary
    // (no COPPA certification) and not anything in the US (GDPR).
    const auto before = route(QStringLiteral("de-berlin"));
    auto reply = post(QStringLiteral(
        R"({"district":"de-berlin","target_pod":"eu-central-primary","reason":"drill","expires":"%1"})")
                          .arg(in(600)));
    QCOMPARE(reply.status, 403);
    QVERIFY2(reply.json().value("detail").toString().contains("coppa-certified-target"),
        reply.body.constData());
    QCOMPARE(reply.json().value("field").toString(), QStringLiteral("target_pod"));
    reply = post(QStringLiteral(
        R"({"district":"de-berlin","target_region":"us-east","reason":"drill","expires":"%1"})")
                     .arg(in(600)));
    QCOMPARE(reply.status, 403);
    QVERIFY2(reply.json().value("detail").toString().contains("gdpr-eu-residency"),
        reply.body.constData());
    QCOMPARE(overrides().size(), 0);
    QCOMPARE(route(QStringLiteral("de-berlin")).weights, before.weights);
    QCOMPARE(auditOf(QStringLiteral("de-berlin"), QStringLiteral("routing.override")).size(), 0);
}

void TestOverrides::overrideMovesADistrictAndIsAudited()
{
    const QString district = QStringLiteral("de-berlin");
    const QString target = QStringLiteral("eu-central-compliance");
    const auto before = route(district);
    QVERIFY(before.pod != target);
    const auto reply = post(QStringLiteral(
        R"({"district":"de-berlin","target_pod":"%1","reason":"drill 12","expires":"%2"})")
                                .arg(target, in(600)));
    QCOMPARE(reply.status, 201);
    const auto id = reply.json().value(QStringLiteral("id")).toString();
    QVERIFY(!id.isEmpty());
    const auto after = route(district);
    QCOMPARE(after.pod, target);
    QCOMPARE(after.weights.size(), 1);
    QCOMPARE(after.overrideId, id);
    QVERIFY(after.tableVersion > before.tableVersion);
    // The pod it left is named as excluded by the override, not by residency or health.
    bool named = false;
    for (const auto &e : after.excluded)
        named = named || (e.pod == before.pod && e.reason == QLatin1String("override"));
    QVERIFY(named);
    QCOMPARE(overrides().size(), 1);

    const auto audit = auditOf(district, QStringLiteral("routing.override"));
    QCOMPARE(audit.size(), 1);
    const auto details = audit.first().toObject().value(QStringLiteral("details")).toObject();
    QCOMPARE(details.value("before").toObject().value(district).toString(), before.pod);
    QCOMPARE(details.value("after").toObject().value(district).toString(), target);
    QCOMPARE(details.value("override").toObject().value("reason").toString(),
        QStringLiteral("drill 12"));

    QCOMPARE(m_daemon->request("DELETE", QStringLiteral("/routing/overrides/") + id).status, 200);
    QCOMPARE(route(district).pod, before.pod);
    QCOMPARE(route(district).overrideId, QString());
    QCOMPARE(m_daemon->request("DELETE", QStringLiteral("/routing/overrides/") + id).status, 404);
    QCOMPARE(auditOf(district, QStringLiteral("routing.override_end")).size(), 1);
}

void TestOverrides::safetyRuleRefusesAnUnavailableTarget()
{
    const QString pod = QStringLiteral("us-east-compliance");
    QCOMPARE(m_daemon
                 ->request("PUT", QStringLiteral("/pods/us-east/%1/drain").arg(pod),
                     R"({"draining":true})")
                 .status,
        200);
    const auto before = route(QStringLiteral("us-ny-nyc"));
    const auto reply = post(QStringLiteral(
        R"({"district":"us-ny-nyc","target_pod":"%1","reason":"drill","expires":"%2"})")
                                .arg(pod, in(600)));
    m_daemon->request(
        "PUT", QStringLiteral("/pods/us-east/%1/drain").arg(pod), R"({"draining":false})");
    QCOMPARE(reply.status, 409);
    QVERIFY2(reply.json().value("detail").toString().contains(before.pod), reply.body.constData());
    QCOMPARE(overrides().size(), 0);
}

void TestOverrides::overrideIsSuspendedWhileItsTargetIsOut()
{
    const QString district = QStringLiteral("us-ny-nyc");
    const QString target = QStringLiteral("us-east-primary");
    const auto normal = route(district).pod;
    QVERIFY(normal != target);
    const auto reply = post(QStringLiteral(
        R"({"district":"us-ny-nyc","target_pod":"%1","reason":"drill","expires":"%2"})")
                                .arg(target, in(600)));
    QCOMPARE(reply.status, 201);
    QCOMPARE(route(district).pod, target);
    // The target drains: the district goes back to its normal pod rather than failing closed.
    QCOMPARE(m_daemon
                 ->request("PUT", QStringLiteral("/pods/us-east/%1/drain").arg(target),
                     R"({"draining":true})")
                 .status,
        200);
    auto suspended = route(district);
    QCOMPARE(suspended.pod, normal);
    QVERIFY(!suspended.failClosed);
    QCOMPARE(suspended.overrideId, QString());
    QVERIFY(suspended.explanation.join('\n').contains("suspended"));
    QCOMPARE(overrides().size(), 1);
    m_daemon->request(
        "PUT", QStringLiteral("/pods/us-east/%1/drain").arg(target), R"({"draining":false})");
    QCOMPARE(route(district).pod, target);
}

void TestOverrides::overrideExpiresByItself()
{
    const QString district = QStringLiteral("us-ny-buffalo");
    const auto normal = route(district).pod;
    const auto expires = QDateTime::currentDateTimeUtc().addMSecs(1500);
    const auto reply = post(QStringLiteral(
        R"({"district":"us-ny-buffalo","target_pod":"us-east-primary","reason":"short","expires":"%1"})")
                                .arg(expires.toString(Qt::ISODateWithMs)));
    QCOMPARE(reply.status, 201);
    QCOMPARE(route(district).pod, QStringLiteral("us-east-primary"));
    QTRY_COMPARE_WITH_TIMEOUT(route(district).pod, normal, 10000);
    QVERIFY(QDateTime::currentDateTimeUtc() >= expires);
    QCOMPARE(overrides().size(), 0);
    const auto ended = auditOf(district, QStringLiteral("routing.override_end"));
    QCOMPARE(ended.size(), 1);
    QCOMPARE(ended.first().toObject().value("details").toObject().value("why").toString(),
        QStringLiteral("expired"));
}

void TestOverrides::regionOverrideCoversTheDistrictsItServes()
{
    // us-west serves the western districts; pinning its districts to us-east is refused: state
    // lines keep Washington's student records in Washington.
    auto reply = post(QStringLiteral(
        R"({"region":"us-west","target_region":"us-east","reason":"evacuate","expires":"%1"})")
                          .arg(in(600)));
    QCOMPARE(reply.status, 403);
    QCOMPARE(overrides().size(), 0);
    // The EU districts eu-west serves may all go to eu-central's COPPA-certified pod.
    QStringList served;
    for (const auto &r : m_daemon->request("GET", QStringLiteral("/routing"))
                             .json()
                             .value(QStringLiteral("routes"))
                             .toArray()) {
        if (r.toObject().value(QStringLiteral("region")).toString() == QLatin1String("eu-west"))
            served.append(r.toObject().value(QStringLiteral("district")).toString());
    }
    QVERIFY(served.size() >= 2);
    reply = post(QStringLiteral(
        R"({"region":"eu-west","target_region":"eu-central","reason":"evacuate","expires":"%1"})")
                     .arg(in(600)));
    QCOMPARE(reply.status, 201);
    QStringList covered;
    for (const auto &d : reply.json().value(QStringLiteral("districts")).toArray())
        covered.append(d.toString());
    served.sort();
    covered.sort();
    QCOMPARE(covered, served);
    for (const auto &d : std::as_const(served))
        QCOMPARE(route(d).region, QStringLiteral("eu-central"));
}

void TestOverrides::overridesSurviveARestart()
{
    const auto reply = post(QStringLiteral(
        R"({"district":"de-munich","target_pod":"eu-central-compliance","reason":"kept","expires":"%1"})")
                                .arg(in(600)));
    QCOMPARE(reply.status, 201);
    const auto id = reply.json().value(QStringLiteral("id")).toString();
    QCOMPARE(m_daemon->stop(), 0);
    QVERIFY(m_daemon->start());
    QTRY_VERIFY_WITH_TIMEOUT(allServed(), 20000);
    const auto list = overrides();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().toObject().value(QStringLiteral("id")).toString(), id);
    QCOMPARE(route(QStringLiteral("de-munich")).pod, QStringLiteral("eu-central-compliance"));
    QCOMPARE(route(QStringLiteral("de-munich")).overrideId, id);
}

void TestOverrides::auditorSeesOnlyItsDistrictsAndCannotOverride()
{
    QCOMPARE(
        post(
            QStringLiteral(
                R"({"region":"eu-west","target_region":"eu-central","reason":"evacuate","expires":"%1"})")
                .arg(in(600)))
            .status,
        201);
    const auto minted = m_daemon->request(
        "POST", QStringLiteral("/tokens"), R"({"role":"auditor","districts":["fr-paris"]})");
    const auto token = minted.json().value(QStringLiteral("token")).toString().toUtf8();
    const auto seen = overrides(token);
    QCOMPARE(seen.size(), 1);
    QCOMPARE(seen.first().toObject().value(QStringLiteral("districts")).toArray(),
        QJsonArray{QStringLiteral("fr-paris")});
    const auto other = m_daemon->request(
        "POST", QStringLiteral("/tokens"), R"({"role":"auditor","districts":["us-ny-nyc"]})");
    QCOMPARE(overrides(other.json().value(QStringLiteral("token")).toString().toUtf8()).size(), 0);
    const auto refused = m_daemon->request("POST", QStringLiteral("/routing/override"),
        QStringLiteral(
            R"({"district":"fr-paris","target_pod":"eu-central-compliance","reason":"x","expires":"%1"})")
            .arg(in(600))
            .toUtf8(),
        token);
    QCOMPARE(refused.status, 403);
    QCOMPARE(overrides().size(), 1);
}

RP_TEST(TestOverrides, "tst_overrides")
#include "tst_overrides.moc"
