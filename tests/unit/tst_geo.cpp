// greatCircleKm against distances that follow from geometry alone (arcs of the mean-radius
// sphere), one published city pair, and the cases that break naive code: the antimeridian, the
// poles, antipodes.
#include "backend/core/geo.h"
#include "testmain.h"

#include <QTest>

#include <numbers>

namespace {

constexpr double kEarthRadiusKm = 6371.0088; // IUGG mean radius R1
constexpr double kDegreeKm = std::numbers::pi * kEarthRadiusKm / 180.0;

} // namespace

class TestGeo : public QObject
{
    Q_OBJECT

private slots:
    void distances_data();
    void distances();
    void symmetricAndNeverNegative();
};

void TestGeo::distances_data()
{
    QTest::addColumn<double>("lat1");
    QTest::addColumn<double>("lon1");
    QTest::addColumn<double>("lat2");
    QTest::addColumn<double>("lon2");
    QTest::addColumn<double>("km");
    QTest::addColumn<double>("tolerance");

    QTest::newRow("same point") << 47.6 << -122.3 << 47.6 << -122.3 << 0.0 << 1e-9;
    QTest::newRow("one degree along the equator")
        << 0.0 << 10.0 << 0.0 << 11.0 << kDegreeKm << 1e-6;
    QTest::newRow("one degree along a meridian")
        << 40.0 << -3.0 << 41.0 << -3.0 << kDegreeKm << 1e-6;
    QTest::newRow("across the antimeridian") << 0.0 << 179.5 << 0.0 << -179.5 << kDegreeKm << 1e-6;
    QTest::newRow("equator to pole") << 0.0 << 30.0 << 90.0 << 0.0 << 90 * kDegreeKm << 1e-6;
    QTest::newRow("pole to pole") << 90.0 << 0.0 << -90.0 << 0.0 << 180 * kDegreeKm << 1e-6;
    // Haversine loses a little precision next to the antipode (asin near 1): a metre is fine.
    QTest::newRow("antipodes") << 35.0 << 139.0 << -35.0 << -41.0 << 180 * kDegreeKm << 1e-3;
    // Published great-circle distance London–Paris: about 344 km.
    QTest::newRow("London to Paris") << 51.5074 << -0.1278 << 48.8566 << 2.3522 << 343.5 << 1.5;
    // At 60° N a degree of longitude spans half the equator's, but the great circle is
    // shorter than the parallel: ~55.6 km, not 55.6 exactly.
    QTest::newRow("one degree east at 60 N") << 60.0 << 0.0 << 60.0 << 1.0 << 55.6 << 0.1;
}

void TestGeo::distances()
{
    QFETCH(double, lat1);
    QFETCH(double, lon1);
    QFETCH(double, lat2);
    QFETCH(double, lon2);
    QFETCH(double, km);
    QFETCH(double, tolerance);
    const double got = greatCircleKm(lat1, lon1, lat2, lon2);
    QVERIFY2(qAbs(got - km) <= tolerance,
        qPrintable(
            QStringLiteral("%1 km, expected %2 ± %3").arg(got, 0, 'f', 6).arg(km).arg(tolerance)));
}

void TestGeo::symmetricAndNeverNegative()
{
    const double points[][2] = {{0, 0}, {89.9, 10}, {-33.9, 151.2}, {64.1, -21.9}, {-0.1, 179.9}};
    for (const auto &a : points) {
        for (const auto &b : points) {
            const double ab = greatCircleKm(a[0], a[1], b[0], b[1]);
            QVERIFY(ab >= 0);
            QVERIFY(ab <= 180 * kDegreeKm + 1e-6);
            QCOMPARE(ab, greatCircleKm(b[0], b[1], a[0], a[1]));
        }
    }
}

RP_TEST(TestGeo, "tst_geo")
#include "tst_geo.moc"
