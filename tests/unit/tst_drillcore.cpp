// The drill core types: school calendars (DST-correct, validated), the POST /drills body, and
// the meter that turns probes and fleet events into detection, reroute and RTO per district.
// Expected values are worked out by hand from the zone rules and the fed times.
#include "backend/core/drills/drillmeter.h"
#include "backend/core/drills/drillrequest.h"
#include "backend/core/drills/drillschedule.h"
#include "backend/core/drills/schoolcalendar.h"
#include "backend/core/validationerror.h"
#include "testmain.h"

#include <QJsonDocument>
#include <QtTest>

class TestDrillCore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void calendarBusy_data();
    void calendarBusy();
    void calendarRoundTrips();
    void calendarRefuses_data();
    void calendarRefuses();
    void requestRefuses_data();
    void requestRefuses();
    void requestDefaults();
    void meterMeasuresFailover();
    void meterFailClosedAndOutOfZone();
    void meterFailureRateWindow();
    void meterLeavesLawfulFailClosedOutOfTheFailureRate();
    void scheduleNextRun_data();
    void scheduleNextRun();
    void scheduleRefuses_data();
    void scheduleRefuses();
};

namespace {

QDateTime utc(const char *text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate).toUTC();
}

SchoolCalendar newYorkCalendar()
{
    SchoolCalendar c = SchoolCalendar::typicalWeek(); // Mon-Fri 08:00-15:00
    c.holidays = {QDate(2027, 1, 18)}; // a Monday
    c.closures = {QDate(2027, 1, 12)}; // a snow day, a Tuesday
    c.testingWindows = {{QDate(2027, 4, 12), QDate(2027, 4, 23), QStringLiteral("State tests")}};
    return c;
}

} // namespace

void TestDrillCore::calendarBusy_data()
{
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<int>("minutes");
    QTest::addColumn<QDateTime>("busyFrom"); // invalid: free
    QTest::addColumn<QString>("why");
    // 2027-01-13 is a Wednesday; New York is UTC-5 in January, UTC-4 in June.
    QTest::newRow("winter: 08:00 New York is 13:00 UTC")
        << utc("2027-01-13T12:30:00Z") << 60 << utc("2027-01-13T13:00:00Z") << "instructional";
    QTest::newRow("winter: 12:59 UTC is before school")
        << utc("2027-01-13T12:00:00Z") << 59 << QDateTime() << "";
    QTest::newRow("summer time: 08:00 New York is 12:00 UTC")
        << utc("2027-06-02T11:30:00Z") << 60 << utc("2027-06-02T12:00:00Z") << "instructional";
    QTest::newRow("after 15:00 local is free")
        << utc("2027-01-13T20:00:00Z") << 120 << QDateTime() << "";
    QTest::newRow("saturday is free") << utc("2027-01-16T15:00:00Z") << 240 << QDateTime() << "";
    QTest::newRow("holiday is free") << utc("2027-01-18T15:00:00Z") << 120 << QDateTime() << "";
    QTest::newRow("snow day is free") << utc("2027-01-12T15:00:00Z") << 120 << QDateTime() << "";
    QTest::newRow("testing window: the whole day, even at night")
        << utc("2027-04-14T03:00:00Z") << 30 << utc("2027-04-13T04:00:00Z")
        << "testing window"; // 23:00 on the 13th in New York: that whole local day
    QTest::newRow("a range across the weekend reaches monday")
        << utc("2027-01-16T12:00:00Z") << 80 * 60 << utc("2027-01-19T13:00:00Z")
        << "instructional"; // Monday the 18th is a holiday: Tuesday the 19th
    QTest::newRow("DST change weekend: monday 08:00 is 12:00 UTC")
        << utc("2027-03-15T11:00:00Z") << 120 << utc("2027-03-15T12:00:00Z") << "instructional";
}

void TestDrillCore::calendarBusy()
{
    QFETCH(QDateTime, from);
    QFETCH(int, minutes);
    QFETCH(QDateTime, busyFrom);
    QFETCH(QString, why);
    const auto busy = newYorkCalendar().firstBusy(
        from, from.addSecs(minutes * 60), QTimeZone("America/New_York"));
    if (!busyFrom.isValid()) {
        QVERIFY2(!busy, qPrintable(busy ? busy->why : QString()));
        return;
    }
    QVERIFY(busy);
    QCOMPARE(busy->from, busyFrom);
    QVERIFY2(busy->why.contains(why), qPrintable(busy->why));
    QVERIFY(busy->why.contains(QStringLiteral("America/New_York")));
}

void TestDrillCore::calendarRoundTrips()
{
    const SchoolCalendar c = newYorkCalendar();
    QCOMPARE(SchoolCalendar::fromJson(c.toJson()), c);
    QCOMPARE(c.toJson().value(QStringLiteral("hours")).toObject().value(QStringLiteral("wed")),
        QJsonValue(QStringLiteral("08:00-15:00")));
    QVERIFY(SchoolCalendar().isEmpty());
    QVERIFY(!c.isEmpty());
}

void TestDrillCore::calendarRefuses_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::newRow("inverted hours")
        << QByteArray(R"({"hours":{"mon":"15:00-08:00"}})") << "calendar.hours.mon";
    QTest::newRow("not a range") << QByteArray(R"({"hours":{"tue":"8am"}})")
                                 << "calendar.hours.tue";
    QTest::newRow("unknown weekday")
        << QByteArray(R"({"hours":{"monday":"08:00-15:00"}})") << "calendar.hours.monday";
    QTest::newRow("bad holiday") << QByteArray(R"({"holidays":["2027-02-30"]})")
                                 << "calendar.holidays[0]";
    QTest::newRow("holiday twice")
        << QByteArray(R"({"holidays":["2027-01-01","2027-01-01"]})") << "calendar.holidays[1]";
    QTest::newRow("inverted window")
        << QByteArray(R"({"testing_windows":[{"first":"2027-04-23","last":"2027-04-12"}]})")
        << "calendar.testing_windows[0].last";
    QTest::newRow("overlapping windows")
        << QByteArray(R"({"testing_windows":[{"first":"2027-04-01","last":"2027-04-10"},)"
                      R"({"first":"2027-04-10","last":"2027-04-20"}]})")
        << "calendar.testing_windows[1]";
    QTest::newRow("unknown key") << QByteArray(R"({"hour":{}})") << "calendar.hour";
}

void TestDrillCore::calendarRefuses()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    try {
        SchoolCalendar::fromJson(
            QJsonDocument::fromJson(json).object(), QStringLiteral("calendar."));
        QFAIL("accepted");
    } catch (const ValidationError &e) {
        QCOMPARE(e.field(), field);
    }
}

void TestDrillCore::requestRefuses_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::newRow("unknown scenario")
        << QByteArray(R"({"scenario":"meteor","pods":["a"]})") << "scenario";
    QTest::newRow("empty blast radius") << QByteArray(R"({"scenario":"pod_crash"})") << "pods";
    QTest::newRow("region outage names pods")
        << QByteArray(R"({"scenario":"region_outage","pods":["a"]})") << "regions";
    QTest::newRow("too short") << QByteArray(
        R"({"scenario":"pod_hang","pods":["a"],"duration_s":1})")
                               << "duration_s";
    QTest::newRow("too long") << QByteArray(
        R"({"scenario":"pod_hang","pods":["a"],"duration_s":86400})")
                              << "duration_s";
    QTest::newRow("latency without ms")
        << QByteArray(R"({"scenario":"latency","pods":["a"]})") << "latency_ms";
    QTest::newRow("error rate above 1")
        << QByteArray(R"({"scenario":"errors","pods":["a"],"error_rate":1.5})") << "error_rate";
    QTest::newRow("replicas for a hang")
        << QByteArray(R"({"scenario":"pod_hang","pods":["a"],"replicas":1})") << "replicas";
    QTest::newRow("force without reason")
        << QByteArray(R"({"scenario":"pod_hang","pods":["a"],"force":true})") << "force_reason";
    QTest::newRow("pod twice") << QByteArray(R"({"scenario":"pod_hang","pods":["a","a"]})")
                               << "pods[1]";
    QTest::newRow("typo") << QByteArray(R"({"scenario":"pod_hang","pods":["a"],"duraton_s":9})")
                          << "duraton_s";
    QTest::newRow("target out of range")
        << QByteArray(R"({"scenario":"pod_hang","pods":["a"],"targets":{"rto_s":0}})")
        << "targets.rto_s";
}

void TestDrillCore::requestRefuses()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    try {
        DrillRequest::fromJson(QJsonDocument::fromJson(json).object());
        QFAIL("accepted");
    } catch (const ValidationError &e) {
        QCOMPARE(e.field(), field);
    }
}

void TestDrillCore::requestDefaults()
{
    const auto r = DrillRequest::fromJson(QJsonDocument::fromJson(
        R"({"scenario":"region_outage","regions":["us-east"],"dry_run":true})")
                                              .object());
    QCOMPARE(r.scenario, DrillScenario::RegionOutage);
    QCOMPARE(r.durationS, 60);
    QVERIFY(r.dryRun);
    QCOMPARE(r.targets.rtoS, 60);
    QCOMPARE(r.maxUnservedDistricts, 0);
    QCOMPARE(DrillRequest::fromJson(r.toJson()), r);
}

void TestDrillCore::meterMeasuresFailover()
{
    const QList<DrillPreflight::District> affected{
        {QStringLiteral("d1"), QStringLiteral("p"), QStringLiteral("q"), QStringLiteral("r2")},
        {QStringLiteral("d2"), QStringLiteral("p"), QStringLiteral("q"), QStringLiteral("r2")}};
    DrillMeter meter({QStringLiteral("p")}, affected, DrillTargets{1000, 2, 3600});
    QCOMPARE(
        meter.probe(QStringLiteral("d1"), 50, QStringLiteral("p"), false, 1000, true).size(), 1);
    QVERIFY(
        meter.probe(QStringLiteral("d1"), 250, QStringLiteral("p"), false, 1000, true).isEmpty());
    const auto detected = meter.podDown(QStringLiteral("p"), 700);
    QCOMPARE(detected.size(), 1);
    QCOMPARE(detected.first().kind, QStringLiteral("detected"));
    QVERIFY(meter.podDown(QStringLiteral("p"), 900).isEmpty()); // once
    QVERIFY(meter.podDown(QStringLiteral("elsewhere"), 900).isEmpty());
    const auto moved
        = meter.routeChanged(QStringLiteral("d1"), QStringLiteral("p"), QStringLiteral("q"), 740);
    QCOMPARE(moved.first().kind, QStringLiteral("rerouted"));
    const auto good = meter.probe(QStringLiteral("d1"), 850, QStringLiteral("q"), true, 3, true);
    QCOMPARE(good.first().kind, QStringLiteral("first_good_probe"));
    meter.probe(
        QStringLiteral("d2"), 60, QStringLiteral("p"), true, 1500, true); // slow, not failed
    const auto results = meter.results();
    QCOMPARE(results.size(), 2);
    const auto &d1 = results.at(0);
    QCOMPARE(d1.detectionMs, 700);
    QCOMPARE(d1.rerouteMs, 740);
    QCOMPARE(d1.firstFailedProbeMs, 50);
    QCOMPARE(d1.rtoMs, 800); // 850 - 50
    QCOMPARE(d1.probes, 3);
    QCOMPARE(d1.failedProbes, 2);
    QCOMPARE(d1.toPod, QStringLiteral("q"));
    QVERIFY(d1.asPredicted);
    QVERIFY(d1.meetsTargets);
    const auto &d2 = results.at(1);
    QCOMPARE(d2.rtoMs, 0); // never failed
    QCOMPARE(d2.slowProbes, 1);
    QCOMPARE(d2.rerouteMs, -1);
}

void TestDrillCore::meterFailClosedAndOutOfZone()
{
    const QList<DrillPreflight::District> affected{
        {QStringLiteral("tx"), QStringLiteral("p"), QString(), QString(), true}};
    DrillMeter meter({QStringLiteral("p")}, affected, DrillTargets{500, 60, 3600});
    meter.podDown(QStringLiteral("p"), 2000); // later than the 500 ms target
    const auto closed
        = meter.routeChanged(QStringLiteral("tx"), QStringLiteral("p"), QString(), 2100);
    QCOMPARE(closed.first().kind, QStringLiteral("fail_closed"));
    meter.probe(QStringLiteral("tx"), 2200, QString(), false, 0, true);
    QCOMPARE(meter.outOfZone(), 0);
    const auto out = meter.probe(QStringLiteral("tx"), 2400, QStringLiteral("va"), true, 2, false);
    QCOMPARE(out.first().kind, QStringLiteral("out_of_zone"));
    QCOMPARE(meter.outOfZone(), 1);
    const auto r = meter.results().first();
    QVERIFY(r.failedClosed);
    QVERIFY(r.asPredicted); // the preflight said it fails closed
    QVERIFY(!r.meetsTargets); // detection over target, and out of zone
}

void TestDrillCore::meterFailureRateWindow()
{
    DrillMeter meter({QStringLiteral("p")},
        {{QStringLiteral("d"), QStringLiteral("p"), QStringLiteral("q"), QString()}}, {});
    for (int t = 0; t < 10'000; t += 1000)
        meter.probe(QStringLiteral("d"), t, QStringLiteral("p"), t < 5000, 1, true); // fail late
    QCOMPARE(meter.failureRate(9'000, 5'000), 1.0); // 5000..9000 all failed (t > 4000)
    QCOMPARE(meter.failureRate(4'000, 5'000), 0.0);
    QCOMPARE(meter.failureRate(9'000, 10'000), 0.5);
    QCOMPARE(meter.failureRate(20'000, 1'000), 0.0); // nothing sent then
}

void TestDrillCore::meterLeavesLawfulFailClosedOutOfTheFailureRate()
{
    DrillMeter meter({QStringLiteral("p")},
        {{QStringLiteral("tx"), QStringLiteral("p"), QString(), QString(), true},
            {QStringLiteral("va"), QStringLiteral("p"), QStringLiteral("q"), QString()}},
        {});
    for (int t = 0; t < 4000; t += 1000) {
        meter.probe(QStringLiteral("tx"), t, QString(), false, 0, true); // fails closed, lawfully
        meter.probe(QStringLiteral("va"), t, QStringLiteral("q"), true, 1, true);
    }
    QCOMPARE(meter.failureRate(3'000, 10'000), 0.0);
    meter.probe(QStringLiteral("va"), 4000, QString(), false, 0, true); // unserved, unexpected
    QCOMPARE(meter.failureRate(4'000, 10'000), 0.2);
    QCOMPARE(meter.results().at(0).failedProbes, 4); // still counted for the district
}

namespace {

DrillSchedule weeklyTuesdayNight()
{
    return DrillSchedule::fromJson(QJsonDocument::fromJson(R"({"drill":{"scenario":"pod_hang",
        "pods":["us-east-primary"],"duration_s":60},"time_zone":"America/New_York",
        "weekdays":["tue"],"at":"22:00","starts":"2027-01-04","blocked":["2027-03-23"]})")
                                       .object(),
        true);
}

} // namespace

void TestDrillCore::scheduleNextRun_data()
{
    QTest::addColumn<QString>("variant");
    QTest::addColumn<QDateTime>("after");
    QTest::addColumn<QDateTime>("expected"); // invalid: never
    // Tuesday 22:00 in New York: 03:00 UTC the next day in winter, 02:00 in summer time.
    QTest::newRow("winter") << "" << utc("2027-03-01T00:00:00Z") << utc("2027-03-03T03:00:00Z");
    QTest::newRow("after the DST change")
        << "" << utc("2027-03-15T00:00:00Z") << utc("2027-03-17T02:00:00Z");
    QTest::newRow("strictly after")
        << "" << utc("2027-03-17T02:00:00Z") << utc("2027-03-31T02:00:00Z"); // the 23rd is blocked
    QTest::newRow("not before it starts")
        << "" << utc("2026-12-01T00:00:00Z") << utc("2027-01-06T03:00:00Z");
    QTest::newRow("every two weeks from the start's week")
        << "every2" << utc("2027-01-06T04:00:00Z") << utc("2027-01-20T03:00:00Z");
    QTest::newRow("disabled never runs")
        << "disabled" << utc("2027-03-01T00:00:00Z") << QDateTime();
}

void TestDrillCore::scheduleNextRun()
{
    QFETCH(QString, variant);
    QFETCH(QDateTime, after);
    QFETCH(QDateTime, expected);
    DrillSchedule s = weeklyTuesdayNight();
    if (variant == u"every2")
        s.everyWeeks = 2;
    if (variant == u"disabled")
        s.enabled = false;
    const auto next = s.nextRun(after);
    if (!expected.isValid()) {
        QVERIFY(!next);
        return;
    }
    QVERIFY(next);
    QCOMPARE(*next, expected);
}

void TestDrillCore::scheduleRefuses_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    const QByteArray drill = R"("drill":{"scenario":"pod_hang","pods":["a"]})";
    QTest::newRow("no drill") << QByteArray(
        R"({"time_zone":"UTC","weekdays":["tue"],"at":"22:00"})")
                              << "drill";
    QTest::newRow("bad drill") << QByteArray(
        R"({"drill":{"scenario":"x","pods":["a"]},"time_zone":"UTC","weekdays":["tue"],"at":"22:00"})")
                               << "drill.scenario";
    QTest::newRow("unknown zone") << "{" + drill
            + R"(,"time_zone":"Mars/Olympus","weekdays":["tue"],"at":"22:00"})"
                                  << "time_zone";
    QTest::newRow("no weekday") << "{" + drill + R"(,"time_zone":"UTC","weekdays":[],"at":"22:00"})"
                                << "weekdays";
    QTest::newRow("bad weekday") << "{" + drill
            + R"(,"time_zone":"UTC","weekdays":["tuesday"],"at":"22:00"})"
                                 << "weekdays[0]";
    QTest::newRow("bad time") << "{" + drill
            + R"(,"time_zone":"UTC","weekdays":["tue"],"at":"25:00"})"
                              << "at";
    QTest::newRow("forced") << QByteArray(
        R"({"drill":{"scenario":"pod_hang","pods":["a"],"force":true,"force_reason":"x"},"time_zone":"UTC","weekdays":["tue"],"at":"22:00"})")
                            << "drill.force";
    QTest::newRow("blocked twice") << "{" + drill
            + R"(,"time_zone":"UTC","weekdays":["tue"],"at":"22:00","blocked":["2027-01-05","2027-01-05"]})"
                                   << "blocked[1]";
}

void TestDrillCore::scheduleRefuses()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    try {
        DrillSchedule::fromJson(QJsonDocument::fromJson(json).object(), true);
        QFAIL("accepted");
    } catch (const ValidationError &e) {
        QCOMPARE(e.field(), field);
    }
}

RP_TEST(TestDrillCore, "tst_drillcore")
#include "tst_drillcore.moc"
