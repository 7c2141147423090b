// Frame-time benchmark of the world map: 5,000 synthetic markers, offscreen, a scripted
// sequence of pans and zooms, every frame rendered in full through the viewport's paint
// path (what the screen would get, minus the compositor). Prints mean / p95 / max against
// the 16 ms budget of a 60 Hz display, plus start-up costs.
//
//   build/bench/bench_gui_map [frames=200] [markers=5000]

#include "ui/map/worldmapview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <numeric>

namespace {

constexpr double kFrameBudgetMs = 16.0;

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// CPU time of this thread: on a shared, loaded machine wall time also counts the time the
// scheduler gave to others, so both are reported.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// Markers clustered around populated places, as a real fleet is: a few hundred "sites",
// several pods or districts per site, some exactly co-located (fanned out by the map).
QList<MapMarker> syntheticMarkers(int count)
{
    QRandomGenerator random(20240601);
    const QStringList kinds{"primary", "edge", "backup", "compliance"};
    const QList<QColor> health{QColor(0x2e, 0xcc, 0x71), QColor(0x2e, 0xcc, 0x71),
        QColor(0x2e, 0xcc, 0x71), QColor(0xf5, 0xa6, 0x23), QColor(0xff, 0x4d, 0x4f)};
    QList<QPointF> sites;
    for (int i = 0; i < 400; ++i)
        sites.append({random.bounded(140.0) - 55.0, random.bounded(340.0) - 170.0});
    QList<MapMarker> markers;
    markers.reserve(count);
    for (int i = 0; i < count; ++i) {
        const QPointF site = sites.at(random.bounded(int(sites.size())));
        const bool colocated = random.bounded(4) == 0;
        MapMarker marker;
        marker.id = QStringLiteral("m%1").arg(i);
        marker.latitude = site.x() + (colocated ? 0 : random.bounded(6.0) - 3.0);
        marker.longitude = site.y() + (colocated ? 0 : random.bounded(8.0) - 4.0);
        marker.kind = kinds.at(random.bounded(int(kinds.size())));
        marker.color = health.at(random.bounded(int(health.size())));
        marker.tooltip = marker.id;
        markers.append(marker);
    }
    return markers;
}

struct Stats
{
    double mean = 0;
    double p95 = 0;
    double max = 0;
};

Stats summarize(QList<double> samples)
{
    Stats stats;
    if (samples.isEmpty())
        return stats;
    std::sort(samples.begin(), samples.end());
    stats.mean = std::accumulate(samples.cbegin(), samples.cend(), 0.0) / samples.size();
    stats.p95 = samples.at(
        std::min<qsizetype>(samples.size() - 1, qsizetype(std::ceil(samples.size() * 0.95)) - 1));
    stats.max = samples.last();
    return stats;
}

void renderFrame(WorldMapView &view, QImage &frame)
{
    QPainter painter(&frame);
    view.viewport()->render(&painter);
}

void wheel(WorldMapView &view, const QPoint &at, int delta)
{
    QWheelEvent event(QPointF(at), QPointF(view.viewport()->mapToGlobal(at)), QPoint(),
        QPoint(0, delta), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(view.viewport(), &event);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int frames = argc > 1 ? std::max(10, QString::fromLocal8Bit(argv[1]).toInt()) : 200;
    const int markerCount = argc > 2 ? std::max(1, QString::fromLocal8Bit(argv[2]).toInt()) : 5000;

    QElapsedTimer timer;
    timer.start();
    const double constructCpuStart = threadCpuMs();
    WorldMapView view;
    const double constructMs = msSince(timer);
    const double constructCpuMs = threadCpuMs() - constructCpuStart;
    if (!view.loadError().isEmpty()) {
        std::fprintf(stderr, "map data failed to load: %s\n", qPrintable(view.loadError()));
        return 1;
    }
    view.resize(1280, 720);
    view.show();
    QCoreApplication::processEvents();

    const QList<MapMarker> markers = syntheticMarkers(markerCount);
    timer.restart();
    view.setMarkers(markers);
    const double setMarkersMs = msSince(timer);

    const qreal ratio = view.viewport()->devicePixelRatioF();
    QImage frame(view.viewport()->size() * ratio, QImage::Format_ARGB32_Premultiplied);
    frame.setDevicePixelRatio(ratio);
    timer.restart();
    renderFrame(view, frame);
    const double firstFrameMs = msSince(timer);

    // The script: world view → wheel-zoom into North America → pan east across the
    // Atlantic → zoom into Europe → zoom back out while panning, repeated to `frames`.
    const QPoint centre = view.viewport()->rect().center();
    QList<double> samples;
    QList<double> cpuSamples;
    QList<double> panSamples;
    QList<double> zoomSamples;
    for (int i = 0; i < frames; ++i) {
        const int phase = (i / 25) % 8;
        const bool zooming = phase == 0 || phase == 2 || phase == 4 || phase == 6;
        switch (phase) {
        case 0:
            wheel(view, QPoint(330, 300), 120);
            break;
        case 1:
            view.horizontalScrollBar()->setValue(view.horizontalScrollBar()->value() + 24);
            break;
        case 2:
            wheel(view, centre + QPoint(60, -40), -120);
            break;
        case 3:
            view.verticalScrollBar()->setValue(view.verticalScrollBar()->value() - 6);
            view.horizontalScrollBar()->setValue(view.horizontalScrollBar()->value() + 30);
            break;
        case 4:
            wheel(view, QPoint(720, 250), 90);
            break;
        case 5:
            view.horizontalScrollBar()->setValue(view.horizontalScrollBar()->value() - 18);
            view.verticalScrollBar()->setValue(view.verticalScrollBar()->value() + 10);
            break;
        case 6:
            wheel(view, centre, -90);
            break;
        default:
            view.horizontalScrollBar()->setValue(view.horizontalScrollBar()->value() - 30);
            break;
        }
        const double cpuStart = threadCpuMs();
        timer.restart();
        renderFrame(view, frame);
        const double ms = msSince(timer);
        cpuSamples.append(threadCpuMs() - cpuStart);
        samples.append(ms);
        (zooming ? zoomSamples : panSamples).append(ms);
    }

    // A health update of one marker: the work an event from the daemon costs.
    view.resetView();
    renderFrame(view, frame);
    MapMarker changed = markers.at(markerCount / 2);
    timer.restart();
    for (int i = 0; i < 1000; ++i) {
        changed.color = (i % 2) ? QColor(0xff, 0x4d, 0x4f) : QColor(0x2e, 0xcc, 0x71);
        view.upsertMarker(changed);
    }
    const double upsertUs = msSince(timer); // total ms of 1000 calls = µs per call

    const Stats all = summarize(samples);
    const Stats cpu = summarize(cpuSamples);
    const Stats pan = summarize(panSamples);
    const Stats zoom = summarize(zoomSamples);
    std::printf("map view construct (map data decode + scene): %.1f ms (thread CPU %.1f ms)\n",
        constructMs, constructCpuMs);
    std::printf("setMarkers(%d): %.1f ms\n", markerCount, setMarkersMs);
    std::printf("first frame (%dx%d): %.1f ms\n", frame.width(), frame.height(), firstFrameMs);
    std::printf("map pan/zoom %d markers: mean %.1f ms p95 %.1f ms max %.1f ms over %d frames "
                "(target %.0f ms, ratio %.2f)\n",
        markerCount, all.mean, all.p95, all.max, frames, kFrameBudgetMs, all.mean / kFrameBudgetMs);
    std::printf("  thread CPU time per frame: mean %.1f ms p95 %.1f ms max %.1f ms (ratio %.2f)\n",
        cpu.mean, cpu.p95, cpu.max, cpu.mean / kFrameBudgetMs);
    std::printf(
        "  pan frames:  mean %.1f ms p95 %.1f ms max %.1f ms\n", pan.mean, pan.p95, pan.max);
    std::printf(
        "  zoom frames: mean %.1f ms p95 %.1f ms max %.1f ms\n", zoom.mean, zoom.p95, zoom.max);
    std::printf("upsertMarker (colour change, repaint deferred): %.2f us each\n", upsertUs);
    return 0;
}
