// fitValueAxis: whole-number tick labels that are all different, at or above the peak, and not
// far above it; refitValueAxis keeps that when the tick count changes with the window's size.

#include "testmain.h"
#include "ui/capacity/valueaxisfit.h"

#include <QValueAxis>
#include <QtTest>

#include <cmath>

namespace {

QStringList labels(const QValueAxis &axis)
{
    QStringList shown;
    const int ticks = axis.tickCount();
    for (int i = 0; i < ticks; ++i) {
        const double value = axis.min() + (axis.max() - axis.min()) * i / (ticks - 1);
        shown.append(QString::asprintf("%.0f", value));
    }
    return shown;
}

} // namespace

class TestValueAxisFit : public QObject
{
    Q_OBJECT

private slots:
    void fits_data();
    void fits();
    void refitFollowsTheTickCount();
};

void TestValueAxisFit::fits_data()
{
    QTest::addColumn<double>("peak");
    QTest::addColumn<int>("room"); // ticks that fit
    QTest::addColumn<double>("top");
    QTest::addColumn<int>("ticks");
    QTest::newRow("idle") << 0.0 << 6 << 1.0 << 2;
    QTest::newRow("1.7 req/s (was 0 0 1 1 2 2)") << 1.7 << 6 << 2.0 << 3;
    QTest::newRow("2.3 req/s") << 2.3 << 6 << 3.0 << 4;
    QTest::newRow("37 %") << 37.0 << 6 << 40.0 << 5;
    QTest::newRow("100 %, four ticks of room (was 0 50 100 150)") << 100.0 << 4 << 100.0 << 3;
    QTest::newRow("100 req/s, five ticks of room") << 100.0 << 5 << 100.0 << 5;
    QTest::newRow("1234 req/s") << 1234.0 << 4 << 1500.0 << 4;
    QTest::newRow("two ticks of room") << 7.0 << 2 << 10.0 << 2;
}

void TestValueAxisFit::fits()
{
    QFETCH(double, peak);
    QFETCH(int, room);
    QFETCH(double, top);
    QFETCH(int, ticks);
    QValueAxis axis;
    setValueAxisTickRoom(&axis, room);
    fitValueAxis(&axis, peak);
    QCOMPARE(axis.min(), 0.0);
    QCOMPARE(axis.max(), top);
    QCOMPARE(axis.tickCount(), ticks);
    QVERIFY(axis.max() >= peak);
    QVERIFY(axis.tickCount() <= room);
    const double step = axis.max() / (ticks - 1);
    QCOMPARE(step, std::round(step)); // whole steps: "%.0f" shows each tick as it is
    const auto shown = labels(axis);
    QCOMPARE(QSet<QString>(shown.cbegin(), shown.cend()).size(), ticks); // all different
}

void TestValueAxisFit::refitFollowsTheTickCount()
{
    QValueAxis axis;
    setValueAxisTickRoom(&axis, 6);
    fitValueAxis(&axis, 23);
    QCOMPARE(axis.max(), 25.0);
    QCOMPARE(axis.tickCount(), 6);
    setValueAxisTickRoom(&axis, 3); // a smaller window: 0 25 wastes less than 0 20 40
    QCOMPARE(axis.max(), 25.0);
    QCOMPARE(axis.tickCount(), 2);
    setValueAxisTickRoom(&axis, 6); // and back: the room, not the last count, is the limit
    QCOMPARE(axis.tickCount(), 6);
    QValueAxis never; // an axis never fitted keeps its range and takes the tick count
    never.setRange(0, 7);
    setValueAxisTickRoom(&never, 4);
    QCOMPARE(never.max(), 7.0);
    QCOMPARE(never.tickCount(), 4);
}

RP_TEST(TestValueAxisFit, "tst_valueaxisfit")
#include "tst_valueaxisfit.moc"
