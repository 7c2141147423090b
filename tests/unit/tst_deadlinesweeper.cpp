// DeadlineSweeper, the plain connections' timeouts: an entry past its deadline is expired once
// and never before its deadline; one whose deadline moved on, or that has none, is left alone;
// a removed entry is never touched; the tick follows the shortest configured timeout.

#include "backend/api/deadlinesweeper.h"
#include "testmain.h"

#include <QTest>

using namespace transport;
using namespace std::chrono_literals;

namespace {

struct Probe : DeadlineSweeper::Entry
{
    void expire() override
    {
        ++expired;
        expiredAt = SweepClock::now();
    }
    int expired = 0;
    SweepClock::time_point expiredAt;
};

/** Runs @p io until @p done or five seconds have passed; returns done(). */
template <class Done> bool runUntil(boost::asio::io_context &io, Done done)
{
    const auto giveUp = SweepClock::now() + 5s;
    while (!done() && SweepClock::now() < giveUp)
        io.run_one_for(50ms);
    return done();
}

} // namespace

class TestDeadlineSweeper : public QObject
{
    Q_OBJECT

private slots:
    void expiresWhatIsPastItsDeadline();
    void removedEntriesAreNeverTouched();
    void tickFollowsTheShortestTimeout_data();
    void tickFollowsTheShortestTimeout();
};

void TestDeadlineSweeper::expiresWhatIsPastItsDeadline()
{
    boost::asio::io_context io(1);
    DeadlineSweeper sweeper(io, 10ms);
    Probe soon, later, never, moved, last;
    const auto start = SweepClock::now();
    soon.deadline = start + 30ms;
    later.deadline = start + 1h;
    moved.deadline = start + 30ms;
    last.deadline = start + 120ms;
    for (auto *probe : {&soon, &later, &never, &moved, &last})
        sweeper.add(probe);
    sweeper.start();
    // What a connection does when its next phase starts: the deadline moves on.
    moved.deadline = start + 1h;

    QVERIFY(runUntil(io, [&] { return last.expired > 0; }));
    QCOMPARE(soon.expired, 1); // once, not again on every later tick
    QVERIFY(soon.expiredAt >= start + 30ms);
    QVERIFY(last.expiredAt >= start + 120ms);
    QVERIFY(soon.expiredAt <= last.expiredAt);
    QCOMPARE(later.expired, 0);
    QCOMPARE(never.expired, 0);
    QCOMPARE(moved.expired, 0);
    QVERIFY(soon.deadline == SweepClock::time_point::max()); // cleared, so never expired twice

    for (auto *probe : {&soon, &later, &never, &moved, &last})
        sweeper.remove(probe);
    sweeper.stop();
}

void TestDeadlineSweeper::removedEntriesAreNeverTouched()
{
    boost::asio::io_context io(1);
    DeadlineSweeper sweeper(io, 10ms);
    Probe first, middle, lastAdded, witness;
    for (auto *probe : {&first, &middle, &lastAdded, &witness}) {
        probe->deadline = SweepClock::now(); // all past due at the first tick
        sweeper.add(probe);
    }
    // Unlinked from the head, the middle and the tail of the list.
    sweeper.remove(&lastAdded);
    sweeper.remove(&middle);
    sweeper.remove(&first);
    sweeper.remove(&first); // twice is harmless
    sweeper.start();
    QVERIFY(runUntil(io, [&] { return witness.expired > 0; }));
    QCOMPARE(first.expired, 0);
    QCOMPARE(middle.expired, 0);
    QCOMPARE(lastAdded.expired, 0);

    // A removed entry may be added again and is then swept like any other.
    middle.deadline = SweepClock::now();
    sweeper.add(&middle);
    QVERIFY(runUntil(io, [&] { return middle.expired > 0; }));
    QCOMPARE(middle.expired, 1);
    sweeper.remove(&middle);
    sweeper.remove(&witness);
    sweeper.stop();
}

void TestDeadlineSweeper::tickFollowsTheShortestTimeout_data()
{
    QTest::addColumn<int>("headerMs");
    QTest::addColumn<int>("bodyMs");
    QTest::addColumn<int>("idleMs");
    QTest::addColumn<int>("tickMs");
    QTest::newRow("defaults: at most 250 ms") << 10000 << 30000 << 60000 << 250;
    QTest::newRow("an eighth of the shortest") << 800 << 30000 << 600 << 75;
    QTest::newRow("never under 10 ms") << 20 << 20 << 20 << 10;
}

void TestDeadlineSweeper::tickFollowsTheShortestTimeout()
{
    QFETCH(int, headerMs);
    QFETCH(int, bodyMs);
    QFETCH(int, idleMs);
    QFETCH(int, tickMs);
    TransportLimits limits;
    limits.headerTimeoutMs = headerMs;
    limits.bodyTimeoutMs = bodyMs;
    limits.idleTimeoutMs = idleMs;
    QCOMPARE(DeadlineSweeper::tickFor(limits).count(), tickMs);
}

RP_TEST(TestDeadlineSweeper, "tst_deadlinesweeper")
#include "tst_deadlinesweeper.moc"
