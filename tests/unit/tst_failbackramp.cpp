// FailbackRamp (backend/core/routing/): a recovered pod is held down, then given its traffic back
// step by step, each step held for its full length. Driven through a ManualClock: no sleeps.

#include "backend/core/clock.h"
#include "backend/core/routing/failbackramp.h"
#include "testmain.h"

#include <QtTest>

namespace {

const QString RampPod = QStringLiteral("us-west-primary");

// Hold-down 5 s, failback 30 s in three steps: 10 s each.
FailbackRamp::Settings defaults()
{
    return {5000, 30000, {0.1, 0.5, 1.0}};
}

} // namespace

class TestFailbackRamp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void healthyPodIsNotRamped();
    void eachStepExactly_data();
    void eachStepExactly();
    void lateCallerNeverSkipsAStep();
    void downAgainStopsTheRamp();
    void nextStepIsWhenTheTimerShouldFire();
    void configuredSteps();
};

void TestFailbackRamp::healthyPodIsNotRamped()
{
    ManualClock clock;
    FailbackRamp ramp(defaults());
    ramp.observe(RampPod, false, true, clock.nowMs());
    QCOMPARE(ramp.share(RampPod, clock.nowMs()), 1.0);
    QVERIFY(!ramp.recovering(RampPod));
    QVERIFY(!ramp.nextStepAtMs(clock.nowMs()));
    // Serving after never being down is no recovery either.
    ramp.observe(RampPod, false, true, 1000);
    QVERIFY(!ramp.recovering(RampPod));
}

void TestFailbackRamp::eachStepExactly_data()
{
    QTest::addColumn<qint64>("sinceRecoveryMs");
    QTest::addColumn<double>("share");
    // Asked at every moment that matters, in order: a ramp that skipped 50 % fails here.
    QTest::newRow("recovered: held down") << qint64(0) << 0.0;
    QTest::newRow("hold-down, last ms") << qint64(4999) << 0.0;
    QTest::newRow("hold-down over: 10 %") << qint64(5000) << 0.1;
    QTest::newRow("10 %, last ms") << qint64(14999) << 0.1;
    QTest::newRow("50 %") << qint64(15000) << 0.5;
    QTest::newRow("50 %, last ms") << qint64(24999) << 0.5;
    QTest::newRow("100 %") << qint64(25000) << 1.0;
    QTest::newRow("done") << qint64(60000) << 1.0;
}

void TestFailbackRamp::eachStepExactly()
{
    // One ramp walked through every row so far: each row's share given the earlier calls.
    QFETCH(qint64, sinceRecoveryMs);
    QFETCH(double, share);
    const char *row = QTest::currentDataTag();
    ManualClock clock(100000);
    FailbackRamp ramp(defaults());
    ramp.observe(RampPod, true, false, clock.nowMs()); // down
    clock.advance(3000);
    const qint64 recoveredAt = clock.nowMs();
    ramp.observe(RampPod, false, true, recoveredAt); // serves again
    QVERIFY(ramp.recovering(RampPod));
    // Replay the rows before this one at their times, then ask at this one's.
    const QList<qint64> times{0, 4999, 5000, 14999, 15000, 24999, 25000, 60000};
    for (const qint64 t : times) {
        clock.set(recoveredAt + t);
        const double got = ramp.share(RampPod, clock.nowMs());
        if (t == sinceRecoveryMs) {
            QVERIFY2(qFuzzyCompare(got + 1, share + 1),
                qPrintable(QStringLiteral("%1: %2 at +%3 ms").arg(row).arg(got).arg(t)));
            break;
        }
    }
    QCOMPARE(ramp.recovering(RampPod), share < 1.0);
}

void TestFailbackRamp::lateCallerNeverSkipsAStep()
{
    ManualClock clock;
    FailbackRamp ramp(defaults());
    ramp.observe(RampPod, true, false, clock.nowMs());
    ramp.observe(RampPod, false, true, clock.nowMs());
    // A busy host: the first look comes a minute late. It still gets 10 % first...
    clock.advance(60000);
    QCOMPARE(ramp.share(RampPod, clock.nowMs()), 0.1);
    QCOMPARE(ramp.share(RampPod, clock.nowMs()), 0.1);
    // ... each step held for its full 10 s from when it was taken.
    clock.advance(9999);
    QCOMPARE(ramp.share(RampPod, clock.nowMs()), 0.1);
    clock.advance(1);
    QCOMPARE(ramp.share(RampPod, clock.nowMs()), 0.5);
    clock.advance(10000);
    QCOMPARE(ramp.share(RampPod, clock.nowMs()), 1.0);
    QVERIFY(!ramp.recovering(RampPod));
}

void TestFailbackRamp::downAgainStopsTheRamp()
{
    ManualClock clock;
    FailbackRamp ramp(defaults());
    ramp.observe(RampPod, true, false, clock.nowMs());
    ramp.observe(RampPod, false, true, clock.nowMs());
    clock.advance(5000);
    QCOMPARE(ramp.share(RampPod, clock.nowMs()), 0.1);
    ramp.observe(RampPod, true, false, clock.nowMs()); // fails again at 10 %
    QVERIFY(!ramp.recovering(RampPod));
    clock.advance(1000);
    ramp.observe(RampPod, false, true, clock.nowMs()); // and the hold-down starts over
    QCOMPARE(ramp.share(RampPod, clock.nowMs()), 0.0);
    clock.advance(4999);
    QCOMPARE(ramp.share(RampPod, clock.nowMs()), 0.0);
    clock.advance(1);
    QCOMPARE(ramp.share(RampPod, clock.nowMs()), 0.1);
    // Degraded (not down, not serving) changes nothing.
    ramp.observe(RampPod, false, false, clock.nowMs());
    QVERIFY(ramp.recovering(RampPod));
}

void TestFailbackRamp::nextStepIsWhenTheTimerShouldFire()
{
    ManualClock clock(1000);
    FailbackRamp ramp(defaults());
    ramp.observe(RampPod, true, false, clock.nowMs());
    ramp.observe(RampPod, false, true, clock.nowMs());
    QCOMPARE(ramp.nextStepAtMs(clock.nowMs()), std::optional<qint64>(6000));
    const QString other = QStringLiteral("eu-west-primary");
    clock.advance(2000);
    ramp.observe(other, true, false, clock.nowMs());
    ramp.observe(other, false, true, clock.nowMs());
    QCOMPARE(ramp.nextStepAtMs(clock.nowMs()), std::optional<qint64>(6000)); // the earlier one
    clock.set(6000);
    QCOMPARE(ramp.share(RampPod, clock.nowMs()), 0.1);
    QCOMPARE(ramp.nextStepAtMs(clock.nowMs()), std::optional<qint64>(8000)); // other's hold-down
    // Overdue: now, not in the past.
    QCOMPARE(ramp.nextStepAtMs(20000), std::optional<qint64>(20000));
}

void TestFailbackRamp::configuredSteps()
{
    ManualClock clock;
    FailbackRamp ramp({0, 2000, {0.25, 0.5, 0.75, 1.0}});
    ramp.observe(RampPod, true, false, 0);
    ramp.observe(RampPod, false, true, 0);
    QList<double> seen;
    for (qint64 t = 0; t <= 3000; t += 500)
        seen.append(ramp.share(RampPod, t));
    QCOMPARE(seen, (QList<double>{0.25, 0.5, 0.75, 1.0, 1.0, 1.0, 1.0}));
}

RP_TEST(TestFailbackRamp, "tst_failbackramp")
#include "tst_failbackramp.moc"
