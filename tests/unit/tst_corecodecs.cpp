#include "backend/core/district.h"
#include "backend/core/event.h"
#include "backend/core/jsonreader.h"
#include "backend/core/pod.h"
#include "backend/core/problemdetails.h"
#include "backend/core/region.h"
#include "backend/core/validationerror.h"
#include "testmain.h"

#include <QJsonDocument>
#include <QtTest>

class TestCoreCodecs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrips();
    void podSpecRejects_data();
    void podSpecRejects();
    void regionRejects_data();
    void regionRejects();
    void districtRejects_data();
    void districtRejects();
    void problemDetails();
    void jurisdictionCodes_data();
    void jurisdictionCodes();
};

void TestCoreCodecs::roundTrips()
{
    Region region{QStringLiteral("eu-central"), QStringLiteral("EU Central"),
        QStringLiteral("local"), QStringLiteral("eu-central-1"), 50.11, 8.68, QStringLiteral("DE"),
        {QStringLiteral("GDPR")}, 0.46};
    QCOMPARE(Region::fromJson(region.toJson()), region);

    District district{QStringLiteral("de-berlin"), QStringLiteral("Berlin"), QStringLiteral("DE"),
        52.5, 13.4, QStringLiteral("Europe/Berlin"), {QStringLiteral("eu_personal")}};
    QCOMPARE(District::fromJson(district.toJson()), district);

    Pod pod;
    pod.id = QStringLiteral("eu-central-edge");
    pod.region = QStringLiteral("eu-central");
    pod.type = PodType::Edge;
    pod.replicas = 2;
    pod.minReplicas = 1;
    pod.maxReplicas = 3;
    pod.capacityRps = 30;
    pod.modelVersion = QStringLiteral("tutor-v3");
    pod.jurisdiction = QStringLiteral("FR");
    pod.health = HealthState::Degraded;
    pod.draining = true;
    pod.replicaStatus = {Replica{0, QStringLiteral("a"), 11, 4100, HealthState::Healthy},
        Replica{1, QStringLiteral("b"), 12, 4101, HealthState::Unhealthy}};
    // Through text, as on the wire.
    const auto wire = QJsonDocument(pod.toJson()).toJson();
    QCOMPARE(Pod::fromJson(QJsonDocument::fromJson(wire).object()), pod);

    Event event{42, QDateTime(QDate(2026, 11, 22), QTime(8, 0, 1, 250), Qt::UTC),
        PodHealthEvent{QStringLiteral("x"), QStringLiteral("eu-central"), HealthState::Healthy,
            HealthState::Unknown}};
    QCOMPARE(Event::fromJson(event.toJson()), event);
    QCOMPARE(event.toJson().value(QStringLiteral("time")).toString(),
        QStringLiteral("2026-11-22T08:00:01.250Z"));
}

void TestCoreCodecs::podSpecRejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::newRow("missing region") << QByteArray(R"({"type":"edge"})") << "region";
    QTest::newRow("empty region") << QByteArray(R"({"region":" ","type":"edge"})") << "region";
    QTest::newRow("missing type") << QByteArray(R"({"region":"r"})") << "type";
    QTest::newRow("unknown type") << QByteArray(R"({"region":"r","type":"gpu"})") << "type";
    QTest::newRow("replicas string")
        << QByteArray(R"({"region":"r","type":"edge","replicas":"2"})") << "replicas";
    QTest::newRow("replicas over max")
        << QByteArray(R"({"region":"r","type":"edge","replicas":4,"max_replicas":3})")
        << "replicas";
    QTest::newRow("min zero") << QByteArray(R"({"region":"r","type":"edge","min_replicas":0})")
                              << "min_replicas";
    QTest::newRow("max ceiling") << QByteArray(
        R"({"region":"r","type":"edge","max_replicas":1000})")
                                 << "max_replicas";
    QTest::newRow("certs not list")
        << QByteArray(R"({"region":"r","type":"edge","certifications":"COPPA"})")
        << "certifications";
    QTest::newRow("cert not string")
        << QByteArray(R"({"region":"r","type":"edge","certifications":[1]})")
        << "certifications[0]";
    QTest::newRow("unknown key") << QByteArray(R"({"region":"r","type":"edge","colour":"red"})")
                                 << "colour";
}

void TestCoreCodecs::podSpecRejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    try {
        PodSpec::fromJson(parseJsonObject(json));
        QFAIL("accepted bad input");
    } catch (const ValidationError &e) {
        QCOMPARE(e.field(), field);
        QVERIFY(!e.reason().isEmpty());
    }
}

void TestCoreCodecs::regionRejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::newRow("no id") << QByteArray(R"({"latitude":1,"longitude":2,"jurisdiction":"DE"})")
                           << "id";
    QTest::newRow("latitude out of range")
        << QByteArray(R"({"id":"x","latitude":91,"longitude":2,"jurisdiction":"DE"})")
        << "latitude";
    QTest::newRow("longitude text")
        << QByteArray(R"({"id":"x","latitude":1,"longitude":"2","jurisdiction":"DE"})")
        << "longitude";
    QTest::newRow("bad jurisdiction")
        << QByteArray(R"({"id":"x","latitude":1,"longitude":2,"jurisdiction":"Germany"})")
        << "jurisdiction";
}

void TestCoreCodecs::regionRejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QVERIFY_THROWS_EXCEPTION(ValidationError, Region::fromJson(parseJsonObject(json)));
    try {
        Region::fromJson(parseJsonObject(json));
    } catch (const ValidationError &e) {
        QCOMPARE(e.field(), field);
    }
}

void TestCoreCodecs::districtRejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::newRow("bad zone") << QByteArray(
        R"({"id":"d","jurisdiction":"US-WA","latitude":1,"longitude":2,"time_zone":"Mars/Olympus"})")
                              << "time_zone";
    QTest::newRow("lower-case jurisdiction")
        << QByteArray(R"({"id":"d","jurisdiction":"us-wa","latitude":1,"longitude":2})")
        << "jurisdiction";
    QTest::newRow("malformed") << QByteArray(R"({"id":)") << "body";
}

void TestCoreCodecs::districtRejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    try {
        District::fromJson(parseJsonObject(json));
        QFAIL("accepted bad input");
    } catch (const ValidationError &e) {
        QCOMPARE(e.field(), field);
    }
}

void TestCoreCodecs::problemDetails()
{
    ProblemDetails p{400, QStringLiteral("Bad Request"), QStringLiteral("replicas: too many"),
        QStringLiteral("replicas")};
    const auto parsed = ProblemDetails::fromHttp(400, QJsonDocument(p.toJson()).toJson());
    QCOMPARE(parsed.field, p.field);
    QCOMPARE(parsed.detail, p.detail);
    QCOMPARE(parsed.message(), QStringLiteral("Bad Request: replicas: too many"));
    const auto fromText = ProblemDetails::fromHttp(502, "upstream died");
    QCOMPARE(fromText.title, QStringLiteral("HTTP 502"));
    QCOMPARE(fromText.detail, QStringLiteral("upstream died"));
}

void TestCoreCodecs::jurisdictionCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("valid");
    QTest::newRow("country") << "DE" << true;
    QTest::newRow("state") << "US-WA" << true;
    QTest::newRow("province") << "CA-ON" << true;
    QTest::newRow("numeric subdivision") << "FR-75" << true;
    QTest::newRow("lower") << "de" << false;
    QTest::newRow("three letters") << "DEU" << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("long subdivision") << "US-WASH" << false;
}

void TestCoreCodecs::jurisdictionCodes()
{
    QFETCH(QString, code);
    QFETCH(bool, valid);
    QCOMPARE(isValidJurisdiction(code), valid);
}

RP_TEST(TestCoreCodecs, "tst_corecodecs")
#include "tst_corecodecs.moc"
