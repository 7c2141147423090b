// LoadGuard's hysteresis (issue #9): when measured load takes a pod out of routing and when it
// comes back — worked out by hand from the thresholds, one scrape round per step.
#include "backend/core/routing/loadguard.h"
#include "testmain.h"

#include <QtTest>

namespace {

struct Round
{
    qint64 atMs;
    double rps;
    double errorRate;
};

} // namespace

Q_DECLARE_METATYPE(QList<Round>)

class TestLoadGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void overload_data();
    void overload();
    void outlierEjectionGrowsAndIsForgiven();
    void noCapacityIsNotOverload();
    void burstsBetweenQuickScrapesAreNotAFullPod();
};

// Capacity 100 req/s; enter at 95, leave below 80 after 30 s.
void TestLoadGuard::overload_data()
{
    QTest::addColumn<QList<Round>>("rounds");
    QTest::addColumn<QString>("expected"); // per round: 'F' full, '.' not

    QTest::newRow("one hot round is a spike") << QList<Round>{{0, 99, 0}, {5000, 10, 0}} << "..";
    QTest::newRow("two hot rounds fill it")
        << QList<Round>{{0, 95, 0}, {5000, 96, 0}, {10000, 99, 0}} << ".FF";
    QTest::newRow("shed load does not bring it back before the hold") << QList<Round>{{0, 99, 0},
        {5000, 99, 0}, {10000, 0, 0}, {34000, 0, 0}, {35000, 0, 0}} << ".FFF.";
    QTest::newRow("still above the leave share after the hold")
        << QList<Round>{{0, 99, 0}, {5000, 99, 0}, {40000, 85, 0}, {45000, 79, 0}} << ".FF.";
    QTest::newRow("94 % never fills it")
        << QList<Round>{{0, 94, 0}, {5000, 94, 0}, {10000, 94, 0}} << "...";
}

void TestLoadGuard::overload()
{
    QFETCH(QList<Round>, rounds);
    QFETCH(QString, expected);
    LoadGuardSettings rounds_as_is;
    rounds_as_is.smoothingMs = 0; // the hysteresis alone; smoothing has its own test
    LoadGuard guard(rounds_as_is);
    QString seen;
    bool was = false;
    for (const Round &r : rounds) {
        const bool changed = guard.update(r.atMs, r.rps, 100, r.errorRate);
        QCOMPARE(changed, guard.overloaded() != was);
        was = guard.overloaded();
        seen += guard.overloaded() ? QLatin1Char('F') : QLatin1Char('.');
        QVERIFY(!guard.ejected());
    }
    QCOMPARE(seen, expected);
}

void TestLoadGuard::outlierEjectionGrowsAndIsForgiven()
{
    LoadGuard guard; // half errors at 1 req/s ejects for 30 s × ejections, at most 300 s
    QVERIFY(!guard.update(0, 0.5, 100, 1.0)); // too little traffic to judge
    QVERIFY(!guard.update(1000, 20, 100, 0.49)); // below the share
    QVERIFY(guard.update(2000, 20, 100, 0.5));
    QVERIFY(guard.ejected());
    QCOMPARE(guard.ejections(), 1);
    QCOMPARE(guard.ejectedUntilMs(), 32000);
    QVERIFY(!guard.update(31999, 0, 100, 0)); // ejected: it gets no traffic, stays out
    QVERIFY(guard.update(32000, 0, 100, 0)); // readmitted
    QVERIFY(!guard.ejected());
    QVERIFY(guard.update(37000, 20, 100, 0.9)); // still failing: out again, for twice as long
    QCOMPARE(guard.ejections(), 2);
    QCOMPARE(guard.ejectedUntilMs(), 97000);
    QVERIFY(guard.update(97000, 0, 100, 0));
    // Clean for the longest ejection: the count starts over.
    QVERIFY(!guard.update(397000, 20, 100, 0));
    QVERIFY(guard.update(398000, 20, 100, 1.0));
    QCOMPARE(guard.ejections(), 1);
    QCOMPARE(guard.ejectedUntilMs(), 428000);
    // Ejection and overload are independent.
    QVERIFY(!guard.overloaded());
}

void TestLoadGuard::noCapacityIsNotOverload()
{
    LoadGuard guard;
    guard.update(0, 99, 100, 0);
    QVERIFY(guard.update(5000, 99, 100, 0));
    QVERIFY(guard.overloaded());
    // Its replicas went away: health takes it out, and load no longer claims it is full.
    QVERIFY(guard.update(10000, 0, 0, 0));
    QVERIFY(!guard.overloaded());
}

// The load judged is an average with a 15 s time constant: quick scrapes (250 ms) of Poisson
// traffic swing far above and below the mean without filling the pod, while a sustained load
// fills it once the average has caught up (here: from 20 to 99 req/s, the 9th and 10th
// 5 s rounds are the two above 95, worked out from 99 − 79·e^(−k/3)).
void TestLoadGuard::burstsBetweenQuickScrapesAreNotAFullPod()
{
    LoadGuard bursts;
    for (qint64 t = 0; t < 120000; t += 250) {
        bursts.update(t, (t / 250) % 2 ? 110 : 10, 100, 0); // mean 60 % of capacity
        QVERIFY2(!bursts.overloaded(), qPrintable(QString::number(t)));
    }
    QVERIFY(bursts.averageRps() > 40 && bursts.averageRps() < 80);

    LoadGuard sustained;
    sustained.update(0, 20, 100, 0);
    qint64 fullAt = -1;
    for (qint64 t = 5000; t <= 60000 && fullAt < 0; t += 5000) {
        sustained.update(t, 99, 100, 0);
        if (sustained.overloaded())
            fullAt = t;
    }
    QCOMPARE(fullAt, qint64(50000));
}

RP_TEST(TestLoadGuard, "tst_loadguard")
#include "tst_loadguard.moc"
