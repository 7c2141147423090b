#include "backend/core/healthtracker.h"
#include "backend/core/probehistory.h"
#include "backend/core/validationerror.h"
#include "testmain.h"

#include <QtTest>

class TestHealthTracker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sequences_data();
    void sequences();
    void podHealth_data();
    void podHealth();
    void probeLogKeepsOnlyTheNewest();
    void podProbesRefuseBadFields_data();
    void podProbesRefuseBadFields();
};

void TestHealthTracker::sequences_data()
{
    QTest::addColumn<QString>("probes"); // '+' success, '-' failure, 'x' passive mark-down
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("changes");

    // Defaults: unhealthy after 3 failures, healthy after 2 successes.
    QTest::newRow("fresh") << ""
                           << "unknown" << 0;
    QTest::newRow("one success is not enough") << "+"
                                               << "unknown" << 0;
    QTest::newRow("two successes") << "++"
                                   << "healthy" << 1;
    QTest::newRow("two failures stay healthy") << "++--"
                                               << "healthy" << 1;
    QTest::newRow("three failures") << "++---"
                                    << "unhealthy" << 2;
    QTest::newRow("interrupted failures") << "++--+--"
                                          << "healthy" << 1;
    QTest::newRow("one success after unhealthy") << "---+"
                                                 << "unhealthy" << 1;
    QTest::newRow("recovers after two") << "---++"
                                        << "healthy" << 2;
    QTest::newRow("flapping never settles") << "++-+-+-+-"
                                            << "healthy" << 1;
    QTest::newRow("unknown to unhealthy") << "---"
                                          << "unhealthy" << 1;
    // Passive detection: down at once, back only after passThreshold good probes.
    QTest::newRow("passive mark-down") << "++x"
                                       << "unhealthy" << 2;
    QTest::newRow("one good probe after it is not enough") << "++x+"
                                                           << "unhealthy" << 2;
    QTest::newRow("two good probes bring it back") << "++x++"
                                                   << "healthy" << 3;
    QTest::newRow("mark-down of a down replica changes nothing") << "---x"
                                                                 << "unhealthy" << 1;
    QTest::newRow("a failure after it keeps it down") << "++x+-+"
                                                      << "unhealthy" << 2;
}

void TestHealthTracker::sequences()
{
    QFETCH(QString, probes);
    QFETCH(QString, expected);
    QFETCH(int, changes);
    HealthTracker tracker;
    int changed = 0;
    for (const auto c : probes)
        changed
            += (c == QLatin1Char('x') ? tracker.markDown() : tracker.record(c == QLatin1Char('+')))
            ? 1
            : 0;
    QCOMPARE(healthStateName(tracker.state()), expected);
    QCOMPARE(changed, changes);
}

void TestHealthTracker::podHealth_data()
{
    QTest::addColumn<QList<HealthState>>("replicas");
    QTest::addColumn<QString>("expected");
    using H = HealthState;
    QTest::newRow("none") << QList<H>{} << "unknown";
    QTest::newRow("all unknown") << QList<H>{H::Unknown, H::Unknown} << "unknown";
    QTest::newRow("all healthy") << QList<H>{H::Healthy, H::Healthy} << "healthy";
    QTest::newRow("healthy plus starting") << QList<H>{H::Healthy, H::Unknown} << "healthy";
    QTest::newRow("mixed") << QList<H>{H::Healthy, H::Unhealthy} << "degraded";
    QTest::newRow("all down") << QList<H>{H::Unhealthy, H::Unhealthy} << "unhealthy";
    QTest::newRow("down plus starting") << QList<H>{H::Unhealthy, H::Unknown} << "unhealthy";
}

void TestHealthTracker::podHealth()
{
    QFETCH(QList<HealthState>, replicas);
    QFETCH(QString, expected);
    QCOMPARE(healthStateName(derivePodHealth(replicas)), expected);
}

RP_TEST(TestHealthTracker, "tst_healthtracker")
void TestHealthTracker::probeLogKeepsOnlyTheNewest()
{
    const QDateTime t0(QDate(2026, 12, 3), QTime(8, 0), Qt::UTC);
    ProbeLog log(5, 2);
    for (int i = 0; i < 12; ++i)
        log.addProbe({t0.addSecs(i), i % 3 != 0, double(i), {}});
    for (int i = 0; i < 4; ++i)
        log.addChange({t0.addSecs(i), i % 2 ? HealthState::Healthy : HealthState::Unhealthy});
    const auto probes = log.probes();
    QCOMPARE(probes.size(), 5);
    QCOMPARE(probes.first().time, t0.addSecs(7)); // oldest kept first, newest last
    QCOMPARE(probes.last().ms, 11.0);
    const auto changes = log.changes();
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes.first().time, t0.addSecs(2));
    QCOMPARE(changes.last().health, HealthState::Healthy);
}

void TestHealthTracker::podProbesRefuseBadFields_data()
{
    QTest::addColumn<QByteArray>("replica");
    QTest::addColumn<QString>("field");
    const QByteArray probe = R"({"t":"2026-12-03T08:00:00Z","ok":true,"ms":3.5})";
    QTest::newRow("negative ms") << QByteArray(
        R"({"index":0,"health":"healthy","changes":[],)"
        R"("probes":[{"t":"2026-12-03T08:00:00Z","ms":-1}]})")
                                 << "replicas[0].probes[0].ms";
    QTest::newRow("unknown health")
        << QByteArray(R"({"index":0,"health":"fine","probes":[],"changes":[]})")
        << "replicas[0].health";
    QTest::newRow("time without offset")
        << QByteArray(R"({"index":0,"health":"healthy","probes":[],)"
                      R"("changes":[{"t":"2026-12-03T08:00:00","health":"healthy"}]})")
        << "replicas[0].changes[0].t";
    QTest::newRow("probe not an object") << QByteArray(R"({"index":0,"health":"healthy","probes":[)"
        + probe + R"(,7],"changes":[]})") << "replicas[0].probes[1]";
    QTest::newRow("index out of range")
        << QByteArray(R"({"index":-1,"health":"healthy","probes":[],"changes":[]})")
        << "replicas[0].index";
}

void TestHealthTracker::podProbesRefuseBadFields()
{
    QFETCH(QByteArray, replica);
    QFETCH(QString, field);
    const QByteArray body
        = R"({"pod":"p","region":"r","interval_ms":1000,"timeout_ms":500,"replicas":[)" + replica
        + "]}";
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    QVERIFY2(!json.isEmpty(), body.constData());
    try {
        PodProbes::fromJson(json);
        QFAIL("accepted");
    } catch (const ValidationError &e) {
        QCOMPARE(e.field(), field);
    }
}

#include "tst_healthtracker.moc"
