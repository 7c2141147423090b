// The capacity page against a real `regionalpodsd --demo` whose synthetic clients send each
// district's traffic to real agents (issue #9): the charts show the series the daemon measured
// (asserted on the series' data and on rendered pixels), the feed fetches only what is new,
// the range changes what is shown, the CSV holds the shown points, and the routing explorer
// shows the district's measured traffic. Also the decimator, data-driven.
// Set RP_COMPLIANCE_SHOTS=<dir> to also save what the tests render as PNGs.

#include "daemonprocess.h"
#include "gui/widgetprobes.h"
#include "testmain.h"

#include "models/apiclient.h"
#include "models/capacity/capacityclient.h"
#include "models/capacity/capacityfeed.h"
#include "models/capacity/seriesdecimator.h"
#include "models/consolecontroller.h"
#include "models/eventstream.h"
#include "ui/capacity/capacitycomposer.h"
#include "ui/capacity/capacityview.h"
#include "ui/consoletheme.h"
#include "ui/mainwindow.h"
#include "ui/routing/routingcomposer.h"
#include "ui/routing/routingexplorer.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

#include <cmath>

namespace {

constexpr int Deadline = 30000;
const QString TexasEdge = QStringLiteral("us-east-edge-tx");

} // namespace

class TestCapacityView : public QObject
{
    Q_OBJECT

private slots:
    void decimationKeepsTheShape_data();
    void decimationKeepsTheShape();
    void initTestCase();
    void cleanupTestCase();
    void chartsShowTheMeasuredSeries();
    void feedFetchesOnlyWhatIsNew();
    void rangeAndCsv();
    void explorerShowsMeasuredTraffic();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<DaemonProcess> m_daemon;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<EventStream> m_stream;
    std::unique_ptr<ConsoleController> m_controller;
    std::unique_ptr<MainWindow> m_window;
};

void TestCapacityView::decimationKeepsTheShape_data()
{
    QTest::addColumn<int>("points");
    QTest::addColumn<int>("columns");
    QTest::addColumn<int>("spikeAt"); // -1: none
    QTest::newRow("fewer than 4 per column: unchanged") << 100 << 50 << -1;
    QTest::newRow("24 h of 5 s scrapes on 700 px") << 17280 << 700 << 9001;
    QTest::newRow("spike on the last point") << 5000 << 300 << 4999;
    QTest::newRow("spike on the first point") << 5000 << 300 << 0;
    QTest::newRow("one column") << 1000 << 1 << 500;
}

void TestCapacityView::decimationKeepsTheShape()
{
    QFETCH(int, points);
    QFETCH(int, columns);
    QFETCH(int, spikeAt);
    QList<QPointF> in;
    for (int i = 0; i < points; ++i)
        in.append(QPointF(i * 5.0, 50 + 10 * std::sin(i / 40.0) + (i == spikeAt ? 400 : 0)));
    const QList<QPointF> out = decimateMinMax(in, columns);
    if (points <= 4 * columns) {
        QCOMPARE(out, in);
        return;
    }
    QVERIFY(out.size() <= 4 * columns);
    QCOMPARE(out.first(), in.first());
    QCOMPARE(out.last(), in.last());
    for (qsizetype i = 1; i < out.size(); ++i)
        QVERIFY2(out.at(i).x() > out.at(i - 1).x(), "x must increase strictly");
    // Every point kept is a point of the input, and the extremes survive.
    double inMax = -1e9, inMin = 1e9, outMax = -1e9, outMin = 1e9;
    for (const auto &p : in) {
        inMax = std::max(inMax, p.y());
        inMin = std::min(inMin, p.y());
    }
    for (const auto &p : out) {
        QVERIFY(in.contains(p));
        outMax = std::max(outMax, p.y());
        outMin = std::min(outMin, p.y());
    }
    QCOMPARE(outMax, inMax);
    QCOMPARE(outMin, inMin);
}

void TestCapacityView::initTestCase()
{
    ConsoleTheme::apply(*qApp);
    QVERIFY(m_dir.isValid());
    QString data;
    // A floor of 1: the same load at any hour; scrapes every 250 ms so a series grows fast.
    const auto args = DaemonProcess::prepare(m_dir.path(),
        R"({"traffic": {"enabled": true, "peak_rps": 6, "evening_floor": 1},
            "capacity": {"scrape_interval_ms": 250}})",
        &data);
    QVERIFY(!args.isEmpty());
    m_daemon = std::make_unique<DaemonProcess>(data);
    m_daemon->setDemoTraffic(true);
    QVERIFY2(m_daemon->start(args), "regionalpodsd --demo did not start (is RP_BIN_DIR set?)");
    m_api = std::make_unique<ApiClient>(m_network);
    m_api->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_daemon->port())));
    m_api->setToken(QString::fromUtf8(m_daemon->token()));
    m_stream = std::make_unique<EventStream>();
    m_controller = std::make_unique<ConsoleController>(m_api.get(), m_stream.get());
    m_window = std::make_unique<MainWindow>(m_controller.get());
    m_window->capacity()->feed()->setPollInterval(300);
    m_window->capacity()->feed()->setRange(15 * 60);
    m_window->resize(1600, 1000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->capacity()->dock()->raise();
    m_controller->start();
}

void TestCapacityView::cleanupTestCase()
{
    m_window.reset();
    m_controller.reset();
    m_stream.reset();
    m_api.reset();
    if (m_daemon)
        QCOMPARE(m_daemon->stop(), 0);
}

void TestCapacityView::chartsShowTheMeasuredSeries()
{
    CapacityView *view = m_window->capacity()->view();
    CapacityFeed *feed = m_window->capacity()->feed();
    // The Texas edge pod serves Houston, Dallas and Austin: its band grows from measured req/s.
    QTRY_VERIFY_WITH_TIMEOUT(view->stackedUpper(TexasEdge).size() >= 8, Deadline);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const auto s = feed->series(TexasEdge);
            return std::count_if(s.cbegin(), s.cend(), [](const auto &p) { return p.rps > 0; })
                >= 5;
        }(),
        Deadline);
    // Ground truth: the daemon's own series for the pod, every scrape, fetched directly.
    const auto truth
        = m_daemon->request("GET", QStringLiteral("/capacity/metrics?range=15m")).json();
    QHash<qint64, double> daemonRps;
    for (const auto &p : truth.value("pods").toArray()) {
        if (p.toObject().value("pod").toString() != TexasEdge)
            continue;
        for (const auto &s : p.toObject().value("series").toArray())
            daemonRps.insert(
                QDateTime::fromString(s.toObject().value("t").toString(), Qt::ISODateWithMs)
                    .toMSecsSinceEpoch(),
                s.toObject().value("rps").toDouble());
    }
    QVERIFY(!daemonRps.isEmpty());
    // Each band's height is what the daemon measured for that pod at that time (no
    // decimation at this size: fewer points than pixel columns).
    const auto upper = view->stackedUpper(TexasEdge);
    const auto lower = view->stackedLower(TexasEdge);
    QCOMPARE(upper.size(), lower.size());
    int compared = 0;
    double highest = 0;
    for (qsizetype i = 0; i < upper.size(); ++i) {
        const auto t = qint64(std::llround(upper.at(i).x()));
        if (!daemonRps.contains(t))
            continue;
        ++compared;
        QVERIFY2(std::abs((upper.at(i).y() - lower.at(i).y()) - daemonRps.value(t)) < 1e-6,
            qPrintable(QStringLiteral("at %1: band %2, daemon %3")
                           .arg(t)
                           .arg(upper.at(i).y() - lower.at(i).y())
                           .arg(daemonRps.value(t))));
        highest = std::max(highest, daemonRps.value(t));
    }
    QCOMPARE(compared, int(upper.size())); // every point drawn is one the daemon measured
    QVERIFY(highest > 0);
    // The us-east region's utilization: its pods' req/s over their capacity, in percent.
    QVERIFY(!view->utilizationPoints(QStringLiteral("us-east")).isEmpty());
    // Headroom: every listed pod with capacity, busiest first.
    const auto headroom = view->headroomShown();
    QVERIFY(!headroom.isEmpty() && headroom.size() <= 8);
    const auto utilizationOf = [&](const QString &pod) {
        for (const auto &f : feed->report().pods)
            if (f.pod == pod)
                return f.utilization;
        return -1.0;
    };
    for (qsizetype i = 1; i < headroom.size(); ++i)
        QVERIFY(utilizationOf(headroom.at(i - 1).first) >= utilizationOf(headroom.at(i).first));

    shot(m_window.get(), QStringLiteral("capacity-1600.png"));
    // Pixels: inside the band, at its thickest, the chart shows the band's colour.
    QChartView *chartView = view->stackedView();
    QChart *chart = chartView->chart();
    const auto viewPos = [&](const QPointF &value) {
        return chartView->mapFromScene(chart->mapToScene(chart->mapToPosition(value)));
    };
    QPoint inside;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const auto up = view->stackedUpper(TexasEdge);
            const auto low = view->stackedLower(TexasEdge);
            int thickest = 0;
            for (qsizetype i = 1; i + 1 < up.size(); ++i) { // not at the plot's edges
                const QPoint top = viewPos(up.at(i));
                const QPoint bottom = viewPos(low.at(i));
                if (bottom.y() - top.y() > thickest) {
                    thickest = bottom.y() - top.y();
                    inside = (top + bottom) / 2;
                }
            }
            return thickest >= 6;
        }(),
        Deadline);
    // Hold the data still, then poll (with a deadline) until the chart has painted it: the
    // charts lay their items out on the next event loop pass after new data.
    feed->stop();
    auto restart = qScopeGuard([feed] { feed->start(); });
    QColor band;
    QString probedPod;
    // Down the band's middle column at its thickest point, clear of its borders, most pixels
    // are the band's colour.
    int matching = 0;
    int probed = 0;
    QTRY_VERIFY2_WITH_TIMEOUT(
        [&] {
            // The thickest band of any pod (a thin one is all border and antialiasing).
            QPoint top;
            QPoint bottom;
            for (const auto &pod : feed->report().pods) {
                const auto up = view->stackedUpper(pod.pod);
                const auto low = view->stackedLower(pod.pod);
                for (qsizetype i = 1; i + 1 < up.size(); ++i) { // not at the plot's edges
                    const QPoint t = viewPos(up.at(i));
                    const QPoint b = viewPos(low.at(i));
                    if (b.y() - t.y() > bottom.y() - top.y()) {
                        top = t;
                        bottom = b;
                        probedPod = pod.pod;
                    }
                }
            }
            band = view->stackedColor(probedPod);
            if (bottom.y() - top.y() < 10)
                return false;
            const QImage image = chartView->grab().toImage();
            matching = probed = 0;
            for (int y = top.y() + 3; y <= bottom.y() - 3; ++y) {
                const QColor c = image.pixelColor(QPoint(top.x(), y) * image.devicePixelRatio());
                ++probed;
                if (std::abs(c.red() - band.red()) + std::abs(c.green() - band.green())
                        + std::abs(c.blue() - band.blue())
                    < 40)
                    ++matching;
            }
            inside = top;
            return matching * 2 >= probed;
        }(),
        qPrintable(QStringLiteral("%1 of %2 pixels below (%3, %4) in %5 (%6)")
                       .arg(matching)
                       .arg(probed)
                       .arg(inside.x())
                       .arg(inside.y())
                       .arg(band.name(), probedPod)),
        Deadline);
    m_window->resize(1280, 720);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->size(), QSize(1280, 720), 5000);
    // At 1280×720 the charts are short: as many value labels as fit (every label drawn as
    // "…" before), one per 26 px of plot or fewer, and never fewer than two.
    for (QChartView *chart : {view->stackedView(), view->utilizationView()}) {
        QTRY_VERIFY_WITH_TIMEOUT(
            [chart] {
                const auto axes = chart->chart()->axes(Qt::Vertical);
                if (axes.isEmpty())
                    return false;
                const auto *values = static_cast<QValueAxis *>(axes.first());
                const int ticks = values->tickCount();
                // Whole steps between ticks, so no two "%.0f" labels read the same.
                const double step = (values->max() - values->min()) / std::max(1, ticks - 1);
                return ticks >= 2 && ticks <= int(chart->chart()->plotArea().height() / 26) + 1
                    && step >= 1 && step == std::round(step);
            }(),
            Deadline);
    }
    shot(m_window.get(), QStringLiteral("capacity-1280.png"));
    m_window->resize(1600, 1000);
}

void TestCapacityView::feedFetchesOnlyWhatIsNew()
{
    // Its own feed on the same daemon: after the first full load the points only grow at the
    // end, none repeats, and all are within the range.
    CapacityClient client(*m_api);
    CapacityFeed feed(&client);
    feed.setRange(15 * 60);
    int updates = 0;
    connect(&feed, &CapacityFeed::updated, this, [&] { ++updates; });
    feed.poll();
    QTRY_COMPARE_WITH_TIMEOUT(updates, 1, Deadline);
    const auto first = feed.series(TexasEdge);
    QVERIFY(!first.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            feed.poll();
            return feed.series(TexasEdge).size() > first.size() + 2;
        }(),
        Deadline);
    const auto later = feed.series(TexasEdge);
    for (qsizetype i = 0; i < first.size(); ++i)
        QCOMPARE(later.at(i), first.at(i));
    for (qsizetype i = 1; i < later.size(); ++i)
        QVERIFY(later.at(i).time > later.at(i - 1).time);
    QVERIFY(later.first().time >= QDateTime::currentDateTimeUtc().addSecs(-15 * 60 - 5));
}

void TestCapacityView::rangeAndCsv()
{
    CapacityView *view = m_window->capacity()->view();
    CapacityFeed *feed = m_window->capacity()->feed();
    view->rangePicker()->setCurrentIndex(view->rangePicker()->findData(3600));
    QCOMPARE(feed->range(), 3600);
    QTRY_VERIFY_WITH_TIMEOUT(!feed->series(TexasEdge).isEmpty(), Deadline);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("capacity.csv"));
    QString error;
    QVERIFY2(view->exportCsv(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto lines = file.readAll().split('\n');
    QCOMPARE(lines.first(), QByteArray("time,pod,region,rps,capacity_rps"));
    int texas = 0;
    for (const auto &line : lines)
        if (line.contains("," + TexasEdge.toUtf8() + ",us-east,"))
            ++texas;
    QVERIFY(texas >= feed->series(TexasEdge).size() - 1); // the feed may have grown meanwhile
    QVERIFY(texas > 0);
}

void TestCapacityView::explorerShowsMeasuredTraffic()
{
    auto *explorer = m_window->routing()->explorer();
    m_window->routing()->dock()->raise();
    explorer->setCurrentDistrict(QStringLiteral("us-tx-houston"));
    QTRY_VERIFY_WITH_TIMEOUT(
        explorer->trafficLabel()->text().contains(QStringLiteral("req/s")), Deadline);
    // "school day: 6.0": the configured peak with a floor of 1.
    QVERIFY2(explorer->trafficLabel()->text().contains(QStringLiteral("6.0")),
        qPrintable(explorer->trafficLabel()->text()));
    shot(m_window.get(), QStringLiteral("routing-traffic-1600.png"));
}

RP_TEST(TestCapacityView, "tst_capacityview")
#include "tst_capacityview.moc"
