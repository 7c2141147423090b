// The demo traffic's load curve: a school day in the district's own time zone, with an evening
// and weekend floor. Expected shares are worked out by hand from the curve's description.
#include "backend/core/traffic/schoolday.h"
#include "testmain.h"

#include <QTimeZone>
#include <QtTest>

class TestSchoolDay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shareOfThePeak_data();
    void shareOfThePeak();
    void localTimeDecides();
};

void TestSchoolDay::shareOfThePeak_data()
{
    QTest::addColumn<QString>("local"); // 2026-12-02 is a Wednesday
    QTest::addColumn<double>("floor");
    QTest::addColumn<double>("expected");
    QTest::newRow("night is the floor") << "2026-12-02T03:00:00" << 0.25 << 0.25;
    QTest::newRow("06:00 ramp starts") << "2026-12-02T06:00:00" << 0.25 << 0.25;
    QTest::newRow("07:00 half way up") << "2026-12-02T07:00:00" << 0.25 << 0.625;
    QTest::newRow("school day") << "2026-12-02T10:00:00" << 0.25 << 1.0;
    QTest::newRow("lunch dip bottom") << "2026-12-02T12:00:00" << 0.25 << 0.7;
    QTest::newRow("lunch dip half way back") << "2026-12-02T12:15:00" << 0.25 << 0.85;
    QTest::newRow("16:00 down to homework") << "2026-12-02T16:00:00" << 0.25 << 0.7;
    QTest::newRow("homework") << "2026-12-02T19:30:00" << 0.25 << 0.4;
    QTest::newRow("late evening") << "2026-12-02T22:00:00" << 0.25 << 0.25;
    QTest::newRow("saturday noon") << "2026-12-05T12:00:00" << 0.25 << 0.25;
    QTest::newRow("sunday homework") << "2026-12-06T18:00:00" << 0.25 << 0.4;
    QTest::newRow("a high floor wins") << "2026-12-02T19:30:00" << 0.6 << 0.6;
    QTest::newRow("no floor at night") << "2026-12-02T02:00:00" << 0.0 << 0.0;
    QTest::newRow("floor above 1 is 1") << "2026-12-02T02:00:00" << 3.0 << 1.0;
}

void TestSchoolDay::shareOfThePeak()
{
    QFETCH(QString, local);
    QFETCH(double, floor);
    QFETCH(double, expected);
    const auto at = QDateTime::fromString(local, Qt::ISODate);
    QVERIFY(at.isValid());
    QCOMPARE(schoolDayLoad(at, floor), expected);
}

void TestSchoolDay::localTimeDecides()
{
    // 15:00 UTC on a Wednesday: school is out in Berlin (16:00, going home) but in full swing
    // in Chicago (09:00), and it is night in Sydney (02:00 Thursday).
    const auto utc = QDateTime(QDate(2026, 12, 2), QTime(15, 0), QTimeZone::utc());
    QCOMPARE(schoolDayLoad(utc.toTimeZone(QTimeZone("Europe/Berlin")), 0.25), 0.7);
    QCOMPARE(schoolDayLoad(utc.toTimeZone(QTimeZone("America/Chicago")), 0.25), 1.0);
    QCOMPARE(schoolDayLoad(utc.toTimeZone(QTimeZone("Australia/Sydney")), 0.25), 0.25);
}

RP_TEST(TestSchoolDay, "tst_schoolday")
#include "tst_schoolday.moc"
