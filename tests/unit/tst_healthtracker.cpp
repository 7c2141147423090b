#include "backend/core/healthtracker.h"

#include <QtTest>

class TestHealthTracker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sequences_data();
    void sequences();
    void podHealth_data();
    void podHealth();
};

void TestHealthTracker::sequences_data()
{
    QTest::addColumn<QString>("probes"); // '+' success, '-' failure
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
}

void TestHealthTracker::sequences()
{
    QFETCH(QString, probes);
    QFETCH(QString, expected);
    QFETCH(int, changes);
    HealthTracker tracker;
    int changed = 0;
    for (const auto c : probes)
        changed += tracker.record(c == QLatin1Char('+')) ? 1 : 0;
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

QTEST_GUILESS_MAIN(TestHealthTracker)
#include "tst_healthtracker.moc"
