#include "ui/capacity/capacityview.h"

#include "ui/capacity/valueaxisfit.h"

#include "models/capacity/capacityfeed.h"
#include "models/capacity/seriesdecimator.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QMap>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace {

constexpr int kMaxHeadroomPods = 8;

// Okabe–Ito first (distinguishable with colour-vision deficiencies), then lighter companions.
const QList<QColor> &seriesColors()
{
    static const QList<QColor> colors{QColor(0x56, 0xb4, 0xe9), QColor(0xe6, 0x9f, 0x00),
        QColor(0x00, 0x9e, 0x73), QColor(0xf0, 0xe4, 0x42), QColor(0xcc, 0x79, 0xa7),
        QColor(0xd5, 0x5e, 0x00), QColor(0x00, 0x72, 0xb2), QColor(0xa6, 0xd8, 0x54),
        QColor(0xb3, 0xa2, 0xe0), QColor(0x8d, 0xd3, 0xc7), QColor(0xfb, 0x80, 0x72),
        QColor(0xd9, 0xd9, 0xd9)};
    return colors;
}

QChartView *makeChartView(const QString &title, QWidget *parent)
{
    auto *chart = new QChart;
    chart->setTheme(QChart::ChartThemeDark);
    chart->setTitle(title);
    chart->setBackgroundBrush(parent->palette().color(QPalette::Base));
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont small = chart->legend()->font();
    small.setPointSizeF(std::max(6.5, small.pointSizeF() * 0.8));
    chart->legend()->setFont(small);
    chart->setAnimationOptions(QChart::NoAnimation);
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(200, 130);
    return view;
}

QDateTimeAxis *timeAxis(QChart *chart)
{
    auto *axis = new QDateTimeAxis(chart);
    axis->setFormat(QStringLiteral("HH:mm"));
    axis->setTickCount(3);
    chart->addAxis(axis, Qt::AlignBottom);
    return axis;
}

QValueAxis *valueAxis(QChart *chart, const QString &title)
{
    auto *axis = new QValueAxis(chart);
    axis->setTitleText(title);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setMin(0);
    chart->addAxis(axis, Qt::AlignLeft);
    return axis;
}

QList<QPointF> pointsOf(const QLineSeries *series)
{
    return series ? series->points() : QList<QPointF>();
}

} // namespace

CapacityView::CapacityView(CapacityFeed *feed, QWidget *parent)
    : QWidget(parent)
    , m_feed(feed)
    , m_range(new QComboBox(this))
    , m_export(new QPushButton(tr("E&xport CSV…"), this))
    , m_status(new QLabel(this))
    , m_utilizationView(makeChartView(tr("Utilization per region (%)"), this))
    , m_stackedView(makeChartView(tr("Requests per second, by pod"), this))
    , m_headroomView(makeChartView(tr("Headroom now (req/s), busiest first"), this))
{
    setObjectName(QStringLiteral("capacityView"));
    m_range->setObjectName(QStringLiteral("capacityRange"));
    setFocusProxy(m_range); // Ctrl+5 lands on the time range
    m_range->addItem(tr("Last 15 minutes"), 15 * 60);
    m_range->addItem(tr("Last hour"), 3600);
    m_range->addItem(tr("Last 6 hours"), 6 * 3600);
    m_range->addItem(tr("Last 24 hours"), 24 * 3600);
    m_range->setCurrentIndex(m_range->findData(feed->range()));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    timeAxis(m_utilizationView->chart());
    valueAxis(m_utilizationView->chart(), QStringLiteral("%"))->setMax(100);
    timeAxis(m_stackedView->chart());
    valueAxis(m_stackedView->chart(), tr("req/s"));

    auto *bar = new QHBoxLayout;
    auto *rangeLabel = new QLabel(tr("Ran&ge:"), this);
    rangeLabel->setBuddy(m_range);
    bar->addWidget(rangeLabel);
    bar->addWidget(m_range);
    bar->addWidget(m_export);
    bar->addWidget(m_status, 1);
    // Legends beside the plots: a pod or region name is never cut to "us-e…".
    for (auto [view, longest] : {std::pair{m_stackedView, "ap-southeast-compliance"},
             std::pair{m_utilizationView, "ap-southeast"}}) {
        QLegend *legend = view->chart()->legend();
        legend->setAlignment(Qt::AlignRight);
        legend->setMinimumWidth(
            QFontMetrics(legend->font()).horizontalAdvance(QLatin1String(longest)) + 28);
    }
    auto *charts = new QSplitter(Qt::Horizontal, this);
    charts->setChildrenCollapsible(false);
    charts->addWidget(m_stackedView);
    charts->addWidget(m_utilizationView);
    charts->addWidget(m_headroomView);
    charts->setStretchFactor(0, 3);
    charts->setStretchFactor(1, 2);
    charts->setStretchFactor(2, 2);
    m_charts = charts;
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(charts, 1);

    connect(m_range, &QComboBox::currentIndexChanged, this,
        [this] { m_feed->setRange(m_range->currentData().toInt()); });
    connect(m_export, &QPushButton::clicked, this, &CapacityView::chooseExportFile);
    connect(m_feed, &CapacityFeed::updated, this, &CapacityView::rebuild);
    connect(m_feed, &CapacityFeed::errorOccurred, m_status, &QLabel::setText);
    rebuild();
}

CapacityView::~CapacityView() = default;

void CapacityView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Headroom needs room for pod names beside its bars: 5 : 4 : 6.
    const int w = m_charts->width();
    m_charts->setSizes({w * 5 / 15, w * 4 / 15, w * 6 / 15});
    // A narrow chart keeps its plot and names its series on hover instead of in a legend.
    m_stackedView->chart()->legend()->setVisible(w * 5 / 15 >= 320);
    m_utilizationView->chart()->legend()->setVisible(w * 4 / 15 >= 300);
    fitValueTicks();
}

void CapacityView::fitValueTicks()
{
    // As many value labels as fit: at 1280×720 a chart's plot is ~60 px tall, where the five
    // default ticks overlapped and Qt Charts drew every label as "…".
    for (QChartView *view : {m_utilizationView, m_stackedView, m_headroomView}) {
        const QRectF plot = view->chart()->plotArea();
        for (QAbstractAxis *axis : view->chart()->axes()) {
            auto *values = qobject_cast<QValueAxis *>(axis);
            if (!values)
                continue;
            const bool vertical = values->orientation() == Qt::Vertical;
            const int room = int(vertical ? plot.height() / 26 : plot.width() / 60);
            setValueAxisTickRoom(values, std::clamp(room + 1, 2, 6));
        }
    }
}

int CapacityView::plotColumns(QChartView *view) const
{
    return std::max(50, int(view->chart()->plotArea().width()));
}

void CapacityView::rebuild()
{
    if (const int index = m_range->findData(m_feed->range());
        index >= 0 && index != m_range->currentIndex()) {
        const QSignalBlocker block(m_range);
        m_range->setCurrentIndex(index);
    }
    // Every pod is scraped in the same round, so their points share timestamps.
    QList<qint64> times;
    for (const auto &pod : m_feed->report().pods)
        for (const auto &p : m_feed->series(pod.pod))
            times.append(p.time.toMSecsSinceEpoch());
    std::sort(times.begin(), times.end());
    times.erase(std::unique(times.begin(), times.end()), times.end());
    // The range asked for, or less when the daemon has not measured that long yet: a fresh
    // daemon's first minute fills the chart instead of a sliver at its right edge.
    const QDateTime now = QDateTime::currentDateTime();
    QDateTime from = now.addSecs(-m_feed->range());
    if (!times.isEmpty())
        from = std::max(from, QDateTime::fromMSecsSinceEpoch(times.constFirst()));
    from = std::min(from, now.addSecs(-15));
    for (QChartView *view : {m_utilizationView, m_stackedView}) {
        const auto axes = view->chart()->axes(Qt::Horizontal);
        if (!axes.isEmpty()) {
            axes.first()->setRange(from, now);
            static_cast<QDateTimeAxis *>(axes.first())
                ->setTickCount(std::clamp(int(view->chart()->plotArea().width() / 80), 2, 6));
            static_cast<QDateTimeAxis *>(axes.first())
                ->setFormat(
                    from.secsTo(now) < 600 ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));
        }
    }
    rebuildUtilization(times);
    rebuildStacked(times);
    rebuildHeadroom();
    fitValueTicks();
    const auto &report = m_feed->report();
    int errors = 0;
    for (const auto &pod : report.pods)
        errors += int(pod.scrapeErrors.size());
    QString status = m_feed->lastUpdate().isValid()
        ? tr("Measured by scraping every replica every %1 s · updated %2")
              .arg(report.scrapeIntervalMs / 1000.0)
              .arg(QLocale().toString(m_feed->lastUpdate().time(), QLocale::ShortFormat))
        : tr("Waiting for the first scrape…");
    if (errors > 0)
        status += tr(" · %n replica(s) could not be read", nullptr, errors);
    m_status->setText(status);
}

void CapacityView::rebuildUtilization(const QList<qint64> &times)
{
    QChart *chart = m_utilizationView->chart();
    // Region → time → (req/s, capacity).
    QMap<QString, QHash<qint64, QPair<double, double>>> byRegion;
    for (const auto &pod : m_feed->report().pods) {
        auto &region = byRegion[pod.region];
        for (const auto &p : m_feed->series(pod.pod)) {
            auto &sum = region[p.time.toMSecsSinceEpoch()];
            sum.first += p.rps;
            sum.second += p.capacityRps;
        }
    }
    for (auto it = m_regionLines.begin(); it != m_regionLines.end();) {
        if (!byRegion.contains(it.key())) {
            chart->removeSeries(*it);
            delete *it;
            it = m_regionLines.erase(it);
        } else {
            ++it;
        }
    }
    int index = 0;
    double peak = 100;
    for (auto it = byRegion.cbegin(); it != byRegion.cend(); ++it, ++index) {
        QLineSeries *&line = m_regionLines[it.key()];
        if (!line) {
            line = new QLineSeries(chart);
            line->setName(it.key());
            connect(line, &QLineSeries::hovered, this,
                [this, region = it.key()](const QPointF &point, bool state) {
                    if (state)
                        QToolTip::showText(QCursor::pos(),
                            tr("%1: %2 % used").arg(region).arg(point.y(), 0, 'f', 0),
                            m_utilizationView);
                });
            chart->addSeries(line);
            for (QAbstractAxis *axis : chart->axes())
                line->attachAxis(axis);
        }
        line->setColor(seriesColors().at(index % seriesColors().size()));
        QList<QPointF> points;
        for (const qint64 t : times) {
            const auto sum = it->value(t, {0, 0});
            if (sum.second > 0) {
                points.append(QPointF(double(t), 100.0 * sum.first / sum.second));
                peak = std::max(peak, points.constLast().y());
            }
        }
        line->replace(decimateMinMax(points, plotColumns(m_utilizationView)));
    }
    if (const auto axes = chart->axes(Qt::Vertical); !axes.isEmpty())
        fitValueAxis(static_cast<QValueAxis *>(axes.first()), peak);
}

void CapacityView::rebuildStacked(const QList<qint64> &times)
{
    QChart *chart = m_stackedView->chart();
    // Only pods that carried traffic in the range get a band; in region order.
    QList<const CapacityFigures *> pods;
    for (const auto &pod : m_feed->report().pods) {
        const auto series = m_feed->series(pod.pod);
        if (std::any_of(
                series.cbegin(), series.cend(), [](const CapacitySample &p) { return p.rps > 0; }))
            pods.append(&pod);
    }
    std::sort(pods.begin(), pods.end(), [](const CapacityFigures *a, const CapacityFigures *b) {
        return std::tie(a->region, a->pod) < std::tie(b->region, b->pod);
    });
    QSet<QString> shown;
    for (const auto *pod : pods)
        shown.insert(pod->pod);
    for (auto it = m_podAreas.begin(); it != m_podAreas.end();) {
        if (!shown.contains(it.key())) {
            chart->removeSeries(*it);
            delete *it;
            it = m_podAreas.erase(it);
        } else {
            ++it;
        }
    }
    // Columns: the times averaged per pixel column, so the bands still add up.
    const int columns = plotColumns(m_stackedView);
    const qsizetype perColumn = std::max<qsizetype>(1, (times.size() + columns - 1) / columns);
    QList<double> base((times.size() + perColumn - 1) / perColumn, 0.0);
    double peak = 1;
    int index = 0;
    for (const auto *pod : std::as_const(pods)) {
        QHash<qint64, double> rps;
        for (const auto &p : m_feed->series(pod->pod))
            rps.insert(p.time.toMSecsSinceEpoch(), p.rps);
        QList<QPointF> upper, lower;
        for (qsizetype c = 0; c < base.size(); ++c) {
            double sum = 0, t = 0;
            const qsizetype from = c * perColumn;
            const qsizetype to = std::min(times.size(), from + perColumn);
            for (qsizetype i = from; i < to; ++i) {
                sum += rps.value(times.at(i), 0.0);
                t += double(times.at(i));
            }
            const double x = t / double(to - from);
            const double mean = sum / double(to - from);
            lower.append(QPointF(x, base[c]));
            base[c] += mean;
            upper.append(QPointF(x, base[c]));
            peak = std::max(peak, base[c]);
        }
        QAreaSeries *&area = m_podAreas[pod->pod];
        if (!area) {
            area = new QAreaSeries(new QLineSeries(chart), new QLineSeries(chart));
            area->setName(pod->pod);
            connect(area, &QAreaSeries::hovered, this,
                [this, podId = pod->pod](const QPointF &, bool state) {
                    if (state)
                        QToolTip::showText(QCursor::pos(), podId, m_stackedView);
                });
            chart->addSeries(area);
            for (QAbstractAxis *axis : chart->axes())
                area->attachAxis(axis);
        }
        const QColor color = seriesColors().at(index++ % seriesColors().size());
        area->setColor(color);
        area->setBorderColor(color.lighter(130));
        area->upperSeries()->replace(upper);
        area->lowerSeries()->replace(lower);
    }
    if (const auto axes = chart->axes(Qt::Vertical); !axes.isEmpty())
        fitValueAxis(static_cast<QValueAxis *>(axes.first()), peak * 1.15);
}

void CapacityView::rebuildHeadroom()
{
    QChart *chart = m_headroomView->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    QList<const CapacityFigures *> pods;
    for (const auto &pod : m_feed->report().pods)
        if (pod.capacityRps > 0)
            pods.append(&pod);
    std::sort(pods.begin(), pods.end(), [](const CapacityFigures *a, const CapacityFigures *b) {
        return a->utilization != b->utilization ? a->utilization > b->utilization : a->pod < b->pod;
    });
    // As many bars as have room for their names (a row of about 22 px), at most eight.
    const qsizetype room = std::clamp(
        qsizetype(m_headroomView->height() - 90) / 22, qsizetype(3), qsizetype(kMaxHeadroomPods));
    if (pods.size() > room)
        pods.resize(room);
    std::reverse(pods.begin(), pods.end()); // a horizontal chart draws its first category lowest
    auto *used = new QBarSet(tr("In use"));
    auto *headroom = new QBarSet(tr("Headroom"));
    used->setColor(QColor(0xe6, 0x9f, 0x00));
    headroom->setColor(QColor(0x00, 0x9e, 0x73));
    QStringList categories;
    m_headroomShown.clear();
    for (const auto *pod : std::as_const(pods)) {
        categories.append(pod->pod);
        *used << std::min(pod->rps, pod->capacityRps);
        *headroom << pod->headroomRps;
        m_headroomShown.prepend({pod->pod, pod->headroomRps});
    }
    auto *series = new QHorizontalStackedBarSeries(chart);
    series->append(used);
    series->append(headroom);
    chart->addSeries(series);
    auto *axis = new QBarCategoryAxis(chart);
    axis->append(categories);
    QFont small = axis->labelsFont();
    small.setPointSizeF(std::max(6.5, small.pointSizeF() * 0.8));
    axis->setLabelsFont(small);
    axis->setTruncateLabels(false); // at most kMaxHeadroomPods rows: they do not collide
    chart->addAxis(axis, Qt::AlignLeft);
    series->attachAxis(axis);
    auto *values = new QValueAxis(chart);
    values->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    double widest = 0;
    for (const auto *pod : std::as_const(pods))
        widest = std::max(widest, std::min(pod->rps, pod->capacityRps) + pod->headroomRps);
    fitValueAxis(values, widest);
}

QList<QPointF> CapacityView::utilizationPoints(const QString &regionId) const
{
    return pointsOf(m_regionLines.value(regionId));
}

QList<QPointF> CapacityView::stackedUpper(const QString &podId) const
{
    const auto *area = m_podAreas.value(podId);
    return area ? pointsOf(area->upperSeries()) : QList<QPointF>();
}

QList<QPointF> CapacityView::stackedLower(const QString &podId) const
{
    const auto *area = m_podAreas.value(podId);
    return area ? pointsOf(area->lowerSeries()) : QList<QPointF>();
}

QColor CapacityView::stackedColor(const QString &podId) const
{
    const auto *area = m_podAreas.value(podId);
    return area ? area->color() : QColor();
}

bool CapacityView::exportCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_feed->toCsv()) < 0 || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void CapacityView::chooseExportFile()
{
    QSettings settings;
    const QString folder
        = settings.value(QStringLiteral("capacity/exportDir"), QDir::homePath()).toString();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Capacity Data"),
        QDir(folder).filePath(
            QStringLiteral("capacity-%1.csv")
                .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")))),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("capacity/exportDir"), QFileInfo(path).absolutePath());
    QString error;
    m_status->setText(exportCsv(path, &error)
            ? tr("Exported %1").arg(QDir::toNativeSeparators(path))
            : tr("Could not export to %1: %2").arg(QDir::toNativeSeparators(path), error));
}
