// Offscreen tests of the world map: projection, jurisdiction lookup, marker bookkeeping, and
// what the view actually renders and how it reacts to input (TopoJSON: tst_topojsonreader).

#include "models/map/jurisdictions.h"
#include "models/map/mapgeometry.h"
#include "models/map/mapprojection.h"
#include "models/map/topojsonreader.h"
#include "testmain.h"
#include "ui/map/maplegend.h"
#include "ui/map/mappalette.h"
#include "ui/map/worldmapview.h"

#include <QFile>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QHelpEvent>
#include <QImage>
#include <QPaintEvent>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>

#include <cmath>

namespace {

QImage grabViewport(WorldMapView &view)
{
    return view.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
}

QColor pixelAt(const QImage &image, const QPoint &viewPos)
{
    const qreal ratio = image.devicePixelRatio();
    return image.pixelColor(QPoint(int(viewPos.x() * ratio), int(viewPos.y() * ratio)));
}

QPoint viewPosFor(const WorldMapView &view, double latitude, double longitude)
{
    return view.mapFromScene(view.scenePosFor(latitude, longitude));
}

// Logical pixels (one device pixel sampled per logical one, so counts do not depend on the
// screen's pixel ratio) of exactly `color` in a square around `centre`: the marker's
// on-screen footprint.
int countPixels(const QImage &image, const QPoint &centre, int radius, const QColor &color)
{
    int count = 0;
    for (int y = centre.y() - radius; y <= centre.y() + radius; ++y) {
        for (int x = centre.x() - radius; x <= centre.x() + radius; ++x)
            count += image.rect().contains(x, y) && pixelAt(image, {x, y}) == color;
    }
    return count;
}

int maxChannelDifference(const QImage &a, const QImage &b)
{
    int worst = a.size() == b.size() ? 0 : 255;
    for (int y = 0; worst < 255 && y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            worst = std::max({worst, qAbs(qRed(p) - qRed(q)), qAbs(qGreen(p) - qGreen(q)),
                qAbs(qBlue(p) - qBlue(q))});
        }
    }
    return worst;
}

// A plain event: QTest::mouseMove() goes through the platform cursor, which some plugins scale.
void moveMouse(WorldMapView &view, const QPoint &pos)
{
    QMouseEvent move(QEvent::MouseMove, QPointF(pos), QPointF(view.viewport()->mapToGlobal(pos)),
        Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view.viewport(), &move);
}

MapMarker makeMarker(const QString &id, double latitude, double longitude, const QColor &color,
    const QString &kind = QStringLiteral("primary"))
{
    return {id, latitude, longitude, color, kind, QStringLiteral("Pod %1").arg(id)};
}

// Records the regions the viewport repaints, to show an update stays local.
class PaintRecorder : public QObject
{
public:
    QRegion painted;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted += static_cast<QPaintEvent *>(event)->region();
        return false;
    }
};

} // namespace

class TestWorldMapView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void projectionRoundTrip_data();
    void projectionRoundTrip();
    void projectionSplitsAntimeridianAndClosesPoles();
    void bundledDataLoads();
    void brokenMapDataIsReported();
    void everyCountryHasAnIsoCode();
    void jurisdictionLookup_data();
    void jurisdictionLookup();
    void markerBookkeeping();
    void markerPixelHasItsColour_data();
    void markerPixelHasItsColour();
    void shadingFillsTheJurisdiction();
    void clickSelectsMarker();
    void upsertRepaintsOnlyTheMarker();
    void zoomKeepsMarkerSizeConstant();
    void colocatedMarkersFanOut();
    void wheelZoomKeepsPointUnderCursor();
    void keyboardPansAndZooms();
    void hoverEmitsAndShowsTooltip();
    void labelsAndBadgesRender();
    void labelsMoveOutOfADenseCluster();
    void labelsKeepOutFromUnderTheLegend();
    void edgeLabelsStayInsideTheView();
    void badgeLayersJoinAndClearSeparately();
    void fitToMarkersFramesThem();

private:
    void showView(WorldMapView &view)
    {
        view.resize(900, 520);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.resetView();
    }
};

void TestWorldMapView::projectionRoundTrip_data()
{
    QTest::addColumn<double>("latitude");
    QTest::addColumn<double>("longitude");
    QTest::newRow("origin") << 0.0 << 0.0;
    QTest::newRow("seattle") << 47.6 << -122.3;
    QTest::newRow("frankfurt") << 50.1 << 8.7;
    QTest::newRow("sydney") << -33.9 << 151.2;
    QTest::newRow("far north") << 83.0 << 179.5;
}

void TestWorldMapView::projectionRoundTrip()
{
    QFETCH(double, latitude);
    QFETCH(double, longitude);
    const MapProjection projection;
    const QPointF scene = projection.toScene(latitude, longitude);
    const QPointF back = projection.toLonLat(scene);
    QVERIFY(qAbs(back.x() - longitude) < 1e-9);
    QVERIFY(qAbs(back.y() - latitude) < 1e-9);
    // North is up, east is right.
    QVERIFY(projection.toScene(latitude + 1, longitude).y() < scene.y());
    QCOMPARE(scene.x(), longitude * MapProjection::kUnitsPerDegree);
}

void TestWorldMapView::projectionSplitsAntimeridianAndClosesPoles()
{
    const MapProjection projection;
    // Out-of-range input is clamped/wrapped instead of escaping the world.
    QCOMPARE(projection.toScene(95, 0), projection.toScene(90, 0));
    QCOMPARE(projection.toScene(10, 190), projection.toScene(10, -170));
    QVERIFY(projection.worldRect().contains(projection.toScene(90, 179.9)));

    // A ring crossing the antimeridian: one continuous shape plus its copy 360° over.
    const QPolygonF crossing{{178, 60}, {-178, 60}, {-178, 62}, {178, 62}, {178, 60}};
    const QList<QPolygonF> pieces = projection.projectRing(crossing);
    QCOMPARE(pieces.size(), 2);
    QCOMPARE(pieces.at(0).boundingRect().width(), 4 * MapProjection::kUnitsPerDegree);
    QVERIFY(pieces.at(0).boundingRect().right() > 1800);
    QVERIFY(pieces.at(1).boundingRect().left() < -1800);

    // A ring around the south pole is closed along the pole edge.
    const QPolygonF polar{{-180, -70}, {-60, -72}, {60, -71}, {179.9, -70}, {-180, -70}};
    const QList<QPolygonF> closed = projection.projectRing(polar);
    QCOMPARE(closed.size(), 1);
    QCOMPARE(closed.at(0).boundingRect().bottom(), projection.worldRect().bottom());

    // Lines are cut at the antimeridian instead of streaking across the map.
    const QList<QPolygonF> line = projection.projectLine({{170, 10}, {-170, 12}});
    QCOMPARE(line.size(), 2);
    QCOMPARE(line.at(0).last().x(), 1800.0);
    QCOMPARE(line.at(1).first().x(), -1800.0);
}

void TestWorldMapView::bundledDataLoads()
{
    const auto geometry = MapGeometry::bundled();
    QVERIFY2(geometry->error().isEmpty(), qPrintable(geometry->error()));
    QVERIFY(geometry->countries().size() > 200);
    QVERIFY(geometry->states().size() >= 50);
    QVERIFY(geometry->coastlines().size() > 10); // tiled for culling
    for (const auto *mesh :
        {&geometry->coastlines(), &geometry->borders(), &geometry->stateBorders()}) {
        QVERIFY(!mesh->isEmpty());
        for (const MapShape &tile : *mesh) {
            for (int level = 0; level < MapGeometry::kLevelCount; ++level) {
                // Edge by edge: QRectF::contains() rejects degenerate (straight-line) rects.
                const QRectF drawn = tile.paths[level].boundingRect();
                QVERIFY(drawn.left() >= tile.bounds.left() && drawn.right() <= tile.bounds.right());
                QVERIFY(drawn.top() >= tile.bounds.top() && drawn.bottom() <= tile.bounds.bottom());
            }
        }
    }
    // Coarser levels really are coarser (what makes world-zoom frames cheap).
    const MapShape &canada = geometry->countries().at(geometry->shapesFor("CA").first().second);
    QVERIFY(canada.paths[0].elementCount() * 4 < canada.paths[3].elementCount());

    WorldMapView view;
    QVERIFY2(view.loadError().isEmpty(), qPrintable(view.loadError()));
}

void TestWorldMapView::brokenMapDataIsReported()
{
    const auto broken = MapGeometry::fromTopoJson("{\"type\": \"Topology\"", QByteArray());
    QVERIFY(broken->error().contains(u"not valid JSON"));
    QVERIFY(broken->countries().isEmpty());

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("world map data failed to load"));
    WorldMapView view(broken);
    QVERIFY(view.loadError().contains(u"not valid JSON"));
    // The reason is on screen, as text in the scene.
    bool shown = false;
    for (const QGraphicsItem *item : view.scene()->items()) {
        if (const auto *text = dynamic_cast<const QGraphicsSimpleTextItem *>(item))
            shown = shown || text->text().contains(view.loadError());
    }
    QVERIFY(shown);
    // Markers still work over the empty ocean.
    showView(view);
    const QColor color(0xff, 0x4d, 0x4f);
    view.setMarkers({makeMarker("pod", 10, 10, color)});
    QCOMPARE(pixelAt(grabViewport(view), view.viewPosForMarker("pod")), color);
    view.setShadedJurisdictions({"DE"}, Qt::blue);
    QCOMPARE(view.unknownJurisdictions(), QStringList{"DE"});
}

void TestWorldMapView::everyCountryHasAnIsoCode()
{
    for (const auto &[path, object] : {std::pair{":/map/countries-50m.json", "countries"},
             std::pair{":/map/states-10m.json", "states"}}) {
        QFile file(QString::fromLatin1(path));
        QVERIFY(file.open(QIODevice::ReadOnly));
        TopoJsonReader reader;
        QVERIFY(reader.load(file.readAll()));
        const auto features = reader.features(QString::fromLatin1(object));
        QVERIFY(features);
        int withoutCode = 0; // disputed areas Natural Earth gives no numeric code
        for (const MapFeature &feature : *features) {
            const QString code = QByteArrayView(object) == "states"
                ? Jurisdictions::codeForUsStateFips(feature.id)
                : Jurisdictions::alpha2ForNumeric(feature.id);
            withoutCode += feature.id.isEmpty();
            QVERIFY2(feature.id.isEmpty() || !code.isEmpty(),
                qPrintable(feature.id + u' ' + feature.name));
        }
        QVERIFY(withoutCode <= 5);
    }
}

void TestWorldMapView::jurisdictionLookup_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("isState");
    QTest::addColumn<QString>("name");
    QTest::newRow("DE") << "DE" << false << "Germany";
    QTest::newRow("gb lower case") << "gb" << false << "United Kingdom";
    QTest::newRow("UK alias") << "UK" << false << "United Kingdom";
    QTest::newRow("EL alias") << "EL" << false << "Greece";
    QTest::newRow("US-WA") << "US-WA" << true << "Washington";
    QTest::newRow("US-OR") << " us-or " << true << "Oregon";
    QTest::newRow("CA-ON falls back to Canada") << "CA-ON" << false << "Canada";
    QTest::newRow("CA-BC falls back to Canada") << "CA-BC" << false << "Canada";
    QTest::newRow("GB-SCT falls back") << "GB-SCT" << false << "United Kingdom";
    QTest::newRow("Kosovo by name") << "XK" << false << "Kosovo";
    QTest::newRow("unknown") << "ZZ" << false << "";
    QTest::newRow("empty") << "" << false << "";
}

void TestWorldMapView::jurisdictionLookup()
{
    QFETCH(QString, code);
    QFETCH(bool, isState);
    QFETCH(QString, name);
    const auto geometry = MapGeometry::bundled();
    const auto shapes = geometry->shapesFor(code);
    if (name.isEmpty()) {
        QVERIFY(shapes.isEmpty());
        return;
    }
    QVERIFY(!shapes.isEmpty());
    QCOMPARE(shapes.first().first, isState);
    const MapShape &shape = isState ? geometry->states().at(shapes.first().second)
                                    : geometry->countries().at(shapes.first().second);
    QCOMPARE(shape.name, name);
    QCOMPARE(Jurisdictions::alpha2ForNumeric(u"276"), QStringLiteral("DE"));
    QCOMPARE(Jurisdictions::alpha2ForNumeric(u"36"), QStringLiteral("AU"));
    QCOMPARE(Jurisdictions::codeForUsStateFips(u"53"), QStringLiteral("US-WA"));
}

void TestWorldMapView::markerBookkeeping()
{
    WorldMapView view;
    QCOMPARE(view.markerCount(), 0);
    view.setMarkers({makeMarker("a", 47.6, -122.3, Qt::green), makeMarker("b", 50.1, 8.7, Qt::red),
        makeMarker("c", -33.9, 151.2, Qt::yellow), makeMarker("a", 45.5, -73.6, Qt::blue)});
    QCOMPARE(view.markerCount(), 3); // the repeated "a" replaced the first one
    QCOMPARE(view.marker("a")->latitude, 45.5);

    view.upsertMarker(makeMarker("d", 1.3, 103.8, Qt::green, "edge"));
    QCOMPARE(view.markerCount(), 4);
    view.upsertMarker(makeMarker("d", 1.3, 103.8, Qt::red, "edge"));
    QCOMPARE(view.markerCount(), 4);
    QCOMPARE(view.marker("d")->color, QColor(Qt::red));
    view.upsertMarker(makeMarker("d", 35.7, 139.7, Qt::red, "backup")); // moved
    QCOMPARE(view.markerCount(), 4);
    QCOMPARE(view.marker("d")->kind, QStringLiteral("backup"));

    QSignalSpy selection(&view, &WorldMapView::selectionChanged);
    view.setSelectedMarker("b");
    QCOMPARE(view.selectedMarker(), QStringLiteral("b"));
    view.removeMarker("b");
    QCOMPARE(view.markerCount(), 3);
    QVERIFY(!view.marker("b"));
    QCOMPARE(view.selectedMarker(), QString()); // removing the selection clears it
    QCOMPARE(selection.size(), 2);
    QCOMPARE(selection.last().first().toString(), QString());
    view.removeMarker("nope");
    QCOMPARE(view.markerCount(), 3);
    view.setSelectedMarker("nope");
    QCOMPARE(view.selectedMarker(), QString());

    view.setMarkers({});
    QCOMPARE(view.markerCount(), 0);
    QCOMPARE(view.viewPosForMarker("a"), QPoint());
}

void TestWorldMapView::markerPixelHasItsColour_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QColor>("color");
    QTest::newRow("primary circle") << "primary" << QColor(0x2e, 0xcc, 0x71);
    QTest::newRow("edge triangle") << "edge" << QColor(0xff, 0x00, 0xff);
    QTest::newRow("backup square") << "backup" << QColor(0xf5, 0xa6, 0x23);
    QTest::newRow("compliance diamond") << "compliance" << QColor(0x4d, 0xa3, 0xff);
    QTest::newRow("unknown kind") << "mystery" << QColor(0xff, 0x4d, 0x4f);
}

void TestWorldMapView::markerPixelHasItsColour()
{
    QFETCH(QString, kind);
    QFETCH(QColor, color);
    WorldMapView view;
    showView(view);
    view.setMarkers({makeMarker("pod", 39.0, -98.0, color, kind),
        makeMarker("other", -20.0, 30.0, Qt::white, kind)});
    const QImage image = grabViewport(view);
    const QPoint pos = view.viewPosForMarker("pod");
    QVERIFY(view.viewport()->rect().contains(pos));
    QCOMPARE(pixelAt(image, pos), color);
    // The outline is dark, so the symbol stands out from the land around it.
    QVERIFY(countPixels(image, pos, 12, color) >= 40);
}

void TestWorldMapView::shadingFillsTheJurisdiction()
{
    WorldMapView view;
    showView(view);
    view.zoomIn(); // Germany and Washington a few dozen pixels wide at the default size
    view.zoomIn();
    view.centerOn(view.scenePosFor(48, -55));
    const QColor shade(0x3d, 0x6f, 0xd9);
    const QPoint germany = viewPosFor(view, 51.1, 10.4);
    const QPoint washington = viewPosFor(view, 47.4, -120.5);
    const QPoint oregon = viewPosFor(view, 43.9, -120.5);
    const QPoint canada = viewPosFor(view, 56.0, -100.0);
    const QPoint france = viewPosFor(view, 46.6, 2.4);
    for (const QPoint &p : {germany, washington, oregon, canada, france})
        QVERIFY(view.viewport()->rect().contains(p));

    const QImage before = grabViewport(view);
    QCOMPARE(pixelAt(before, germany), pixelAt(before, france)); // plain land
    view.setShadedJurisdictions({"DE", "US-WA", "CA-ON", "Atlantis"}, shade);
    QCOMPARE(view.unknownJurisdictions(), QStringList{"Atlantis"});
    const QImage after = grabViewport(view);
    QCOMPARE(pixelAt(after, germany), shade);
    QCOMPARE(pixelAt(after, washington), shade);
    QCOMPARE(pixelAt(after, canada), shade); // CA-ON has no shape: its country is shaded
    QCOMPARE(pixelAt(after, oregon), pixelAt(before, oregon));
    QCOMPARE(pixelAt(after, france), pixelAt(before, france));

    view.setShadedJurisdictions({}, shade);
    QCOMPARE(pixelAt(grabViewport(view), germany), pixelAt(before, germany));
}

void TestWorldMapView::clickSelectsMarker()
{
    WorldMapView view;
    showView(view);
    view.setMarkers({makeMarker("us-west-1", 45.6, -121.2, Qt::green),
        makeMarker("eu-central-1", 50.1, 8.7, Qt::green)});
    QSignalSpy clicked(&view, &WorldMapView::markerClicked);
    QSignalSpy selection(&view, &WorldMapView::selectionChanged);

    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.viewPosForMarker("eu-central-1"));
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked.first().first().toString(), QStringLiteral("eu-central-1"));
    QCOMPARE(selection.size(), 1);
    QCOMPARE(view.selectedMarker(), QStringLiteral("eu-central-1"));

    // A few pixels off-centre still hits.
    QTest::mouseClick(
        view.viewport(), Qt::LeftButton, {}, view.viewPosForMarker("us-west-1") + QPoint(4, -3));
    QCOMPARE(clicked.size(), 2);
    QCOMPARE(clicked.last().first().toString(), QStringLiteral("us-west-1"));
    QCOMPARE(selection.last().first().toString(), QStringLiteral("us-west-1"));

    // The selected marker carries a white ring.
    const QImage image = grabViewport(view);
    QVERIFY(countPixels(image, view.viewPosForMarker("us-west-1"), 13, Qt::white) > 10);

    // Programmatic selection notifies but is not a click.
    view.setSelectedMarker("eu-central-1");
    QCOMPARE(clicked.size(), 2);
    QCOMPARE(selection.size(), 3);

    // Clicking empty sea clears the selection.
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, viewPosFor(view, -30, -30));
    QCOMPARE(clicked.size(), 2);
    QCOMPARE(view.selectedMarker(), QString());
    QCOMPARE(selection.last().first().toString(), QString());
}

void TestWorldMapView::upsertRepaintsOnlyTheMarker()
{
    WorldMapView view;
    showView(view);
    QList<MapMarker> markers;
    for (int i = 0; i < 210; ++i) // a 15 × 14 lattice, far enough apart not to overlap
        markers.append(
            makeMarker(QString::number(i), -50 + (i % 15) * 7, -170 + (i / 15) * 25, Qt::green));
    view.setMarkers(markers);
    const QPoint pos = view.viewPosForMarker("100");
    QCOMPARE(pixelAt(grabViewport(view), pos), QColor(Qt::green));
    const qsizetype items = view.scene()->items().size();

    PaintRecorder recorder;
    QCoreApplication::processEvents();
    view.viewport()->installEventFilter(&recorder);
    MapMarker changed = markers.at(100);
    changed.color = QColor(0xe7, 0x4c, 0x3c);
    view.upsertMarker(changed);
    QTRY_VERIFY(!recorder.painted.isEmpty());
    view.viewport()->removeEventFilter(&recorder);

    // Only a small square around the marker was repainted, and no item was added.
    const QRect dirty = recorder.painted.boundingRect();
    QVERIFY2(dirty.width() <= 64 && dirty.height() <= 64,
        qPrintable(QStringLiteral("repainted %1x%2").arg(dirty.width()).arg(dirty.height())));
    QVERIFY(dirty.contains(pos));
    QCOMPARE(view.scene()->items().size(), items);
    QCOMPARE(pixelAt(grabViewport(view), pos), changed.color);
}

void TestWorldMapView::zoomKeepsMarkerSizeConstant()
{
    WorldMapView view;
    showView(view);
    const QColor color(0xff, 0x00, 0xff);
    view.setMarkers({makeMarker("pod", 20.0, -40.0, color)});
    const int before = countPixels(grabViewport(view), view.viewPosForMarker("pod"), 15, color);
    const double scaleBefore = view.pixelsPerDegree();
    view.zoomIn();
    view.zoomIn();
    QVERIFY(view.pixelsPerDegree() > scaleBefore * 2);
    const int after = countPixels(grabViewport(view), view.viewPosForMarker("pod"), 15, color);
    QVERIFY(before > 50);
    QVERIFY2(
        qAbs(after - before) <= 4, qPrintable(QStringLiteral("%1 vs %2").arg(before).arg(after)));
}

void TestWorldMapView::colocatedMarkersFanOut()
{
    WorldMapView view;
    showView(view);
    const QList<QColor> colors{QColor(0xff, 0x00, 0x00), QColor(0x00, 0xff, 0x00),
        QColor(0x00, 0x00, 0xff), QColor(0xff, 0xff, 0x00)};
    const QStringList kinds{"primary", "edge", "backup", "compliance"};
    QList<MapMarker> markers;
    for (int i = 0; i < 4; ++i)
        markers.append(makeMarker(kinds.at(i), 50.1, 8.7, colors.at(i), kinds.at(i)));
    view.setMarkers(markers);
    const QImage image = grabViewport(view);
    QList<QPoint> positions;
    for (int i = 0; i < 4; ++i) {
        const QPoint pos = view.viewPosForMarker(kinds.at(i));
        for (const QPoint &other : std::as_const(positions))
            QVERIFY((pos - other).manhattanLength() >= 14);
        positions.append(pos);
        QCOMPARE(pixelAt(image, pos), colors.at(i));
        QCOMPARE(view.markerAt(pos), kinds.at(i));
    }
    // The fan is deterministic: insertion order does not matter.
    std::reverse(markers.begin(), markers.end());
    view.setMarkers(markers);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(view.viewPosForMarker(kinds.at(i)), positions.at(i));
}

void TestWorldMapView::wheelZoomKeepsPointUnderCursor()
{
    WorldMapView view;
    showView(view);
    const QPoint cursor(300, 200);
    const QPointF sceneBefore = view.mapToScene(cursor);
    const double scale = view.pixelsPerDegree();
    QWheelEvent wheel(QPointF(cursor), QPointF(view.viewport()->mapToGlobal(cursor)), QPoint(),
        QPoint(0, 240), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(view.viewport(), &wheel);
    QVERIFY(view.pixelsPerDegree() > scale * 1.4);
    const QPointF sceneAfter = view.mapToScene(cursor);
    const double tolerance = 2.0 / view.transform().m11(); // two pixels
    QVERIFY(qAbs(sceneAfter.x() - sceneBefore.x()) < tolerance);
    QVERIFY(qAbs(sceneAfter.y() - sceneBefore.y()) < tolerance);
}

void TestWorldMapView::keyboardPansAndZooms()
{
    WorldMapView view;
    showView(view);
    const double scale = view.pixelsPerDegree();
    QTest::keyClick(&view, Qt::Key_Plus);
    QVERIFY(view.pixelsPerDegree() > scale);
    const QPointF centre = view.mapToScene(view.viewport()->rect().center());
    QTest::keyClick(&view, Qt::Key_Right);
    QVERIFY(view.mapToScene(view.viewport()->rect().center()).x() > centre.x());
    QTest::keyClick(&view, Qt::Key_Up);
    QVERIFY(view.mapToScene(view.viewport()->rect().center()).y() < centre.y());
    QTest::keyClick(&view, Qt::Key_Minus);
    QTest::keyClick(&view, Qt::Key_Home);
    QVERIFY(qAbs(view.pixelsPerDegree() - scale) < 1e-6);

    // Dragging pans the other way round: the map follows the pointer.
    view.zoomIn();
    const QPointF start = view.mapToScene(QPoint(400, 260));
    QTest::mousePress(view.viewport(), Qt::LeftButton, {}, QPoint(400, 260));
    QTest::mouseMove(view.viewport(), QPoint(380, 250));
    QTest::mouseMove(view.viewport(), QPoint(340, 230));
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, QPoint(340, 230));
    const QPointF moved = view.mapToScene(QPoint(340, 230));
    QVERIFY(qAbs(moved.x() - start.x()) < 2 / view.transform().m11());
    QVERIFY(qAbs(moved.y() - start.y()) < 2 / view.transform().m11());
}

void TestWorldMapView::hoverEmitsAndShowsTooltip()
{
    WorldMapView view;
    showView(view);
    view.setMarkers({makeMarker("pod-7", 35.7, 139.7, Qt::green)});
    QSignalSpy hovered(&view, &WorldMapView::markerHovered);
    const QPoint pos = view.viewPosForMarker("pod-7");
    moveMouse(view, pos);
    QTRY_COMPARE(hovered.size(), 1);
    QCOMPARE(hovered.first().first().toString(), QStringLiteral("pod-7"));

    QHelpEvent help(QEvent::ToolTip, pos, view.viewport()->mapToGlobal(pos));
    QCoreApplication::sendEvent(view.viewport(), &help);
    QTRY_COMPARE(QToolTip::text(), QStringLiteral("Pod pod-7"));

    moveMouse(view, pos + QPoint(60, 60));
    QTRY_COMPARE(hovered.size(), 2);
    QCOMPARE(hovered.last().first().toString(), QString());
    QToolTip::hideText();
}

void TestWorldMapView::labelsAndBadgesRender()
{
    WorldMapView view;
    showView(view);
    view.zoomIn();
    view.centerOn(view.scenePosFor(45, -100));
    const QPoint anchor = viewPosFor(view, 44.0, -100.0);
    const QRect below(anchor + QPoint(-40, 4), QSize(80, 40));
    auto pixelsDiffering = [&](const QImage &a, const QImage &b) {
        int count = 0;
        for (int y = below.top(); y <= below.bottom(); ++y) {
            for (int x = below.left(); x <= below.right(); ++x)
                count += pixelAt(a, {x, y}) != pixelAt(b, {x, y});
        }
        return count;
    };
    const QImage plain = grabViewport(view);
    view.setLabels({{"us-central", "US-Central", 44.0, -100.0}});
    const QImage labelled = grabViewport(view);
    const int labelPixels = pixelsDiffering(plain, labelled);
    QVERIFY2(labelPixels > 80, qPrintable(QString::number(labelPixels)));
    view.setRegionBadges(WorldMapView::BadgeLayer::Residency, {{"us-central", "12 objects"}});
    const QImage badged = grabViewport(view);
    QVERIFY(pixelsDiffering(plain, badged) > labelPixels + 40);
    // An alert badge (misplaced data there) is drawn in the alert colours, not the plain ones.
    const auto colourCount = [&](const QImage &image, const QColor &colour) {
        int count = 0;
        for (int y = below.top(); y <= below.bottom(); ++y) {
            for (int x = below.left(); x <= below.right(); ++x) {
                const QColor c = pixelAt(image, {x, y});
                count += qAbs(c.red() - colour.red()) + qAbs(c.green() - colour.green())
                        + qAbs(c.blue() - colour.blue())
                    <= 24;
            }
        }
        return count;
    };
    const QColor alertFill = MapPalette::badgeAlertBackground();
    QCOMPARE(colourCount(badged, alertFill), 0);
    view.setRegionBadges(WorldMapView::BadgeLayer::Residency,
        {{"us-central", "1 object, VIOLATING"}}, {"us-central"});
    const QImage alerted = grabViewport(view);
    QVERIFY2(colourCount(alerted, alertFill) > 60,
        qPrintable(QString::number(colourCount(alerted, alertFill))));
    view.setRegionBadges(WorldMapView::BadgeLayer::Residency, {});
    // Glyph rasterisation may differ in the last bit between two renderings of a sprite.
    QVERIFY(maxChannelDifference(grabViewport(view), labelled) <= 2);
    view.setLabels({});
    QVERIFY(maxChannelDifference(grabViewport(view), plain) <= 2);
}

// Issue #10.8: where every spot next to its anchor would lie under a marker (markers are drawn
// above labels), the label moves further out to a free spot instead of being covered.
void TestWorldMapView::labelsMoveOutOfADenseCluster()
{
    WorldMapView view;
    showView(view);
    view.zoomIn();
    view.zoomIn();
    view.centerOn(view.scenePosFor(45, -100));
    const QPoint anchor = viewPosFor(view, 45.0, -100.0);
    const MapProjection projection;
    const auto geoAt = [&](const QPointF &viewPos) {
        return projection.toLonLat(view.mapToScene(viewPos.toPoint()));
    };
    // Two rings of markers around the anchor, wider than tall like a label: every spot of the
    // first ring (below, above, beside, corners) covers at least one.
    QList<MapMarker> markers;
    for (int i = 0; i < 16; ++i) {
        const double angle = i * M_PI / 8;
        for (const double radius : {16.0, 30.0}) {
            const QPointF at
                = anchor + QPointF(std::cos(angle) * radius * 2.4, std::sin(angle) * radius);
            const QPointF lonLat = geoAt(at);
            markers.append(makeMarker(
                QStringLiteral("m%1-%2").arg(i).arg(radius), lonLat.y(), lonLat.x(), Qt::green));
        }
    }
    view.setMarkers(markers);
    view.setLabels({{"dense", "Dense Region", 45.0, -100.0}});
    grabViewport(view); // paints, and so places the label
    const QRect label = view.labelRect("dense");
    QVERIFY2(!label.isNull(), "the label was left out although there is room further out");
    for (const auto &marker : std::as_const(markers)) {
        const QPoint centre = view.viewPosForMarker(marker.id);
        QVERIFY2(!label.adjusted(-5, -5, 5, 5).contains(centre),
            qPrintable(QStringLiteral("marker %1 at (%2, %3) covers the label at (%4, %5) %6×%7")
                           .arg(marker.id)
                           .arg(centre.x())
                           .arg(centre.y())
                           .arg(label.x())
                           .arg(label.y())
                           .arg(label.width())
                           .arg(label.height())));
    }
    // Without the cluster the label sits right under its anchor, as before.
    view.setMarkers({});
    grabViewport(view);
    const QRect alone = view.labelRect("dense");
    QVERIFY(alone.top() >= anchor.y() && alone.top() <= anchor.y() + 12);
}

// Issue #10.8: the legend is drawn over the map's lower left; a label whose preferred spot is
// under it goes to another spot (at 1280×720 it hid "US West (Oregon)").
void TestWorldMapView::labelsKeepOutFromUnderTheLegend()
{
    WorldMapView view;
    showView(view);
    view.legend()->setSection({QStringLiteral("test"), QStringLiteral("Pods"),
        {{LegendEntry::Symbol::Marker, MarkerSprites::Shape::Circle, Qt::green, "Primary"},
            {LegendEntry::Symbol::Marker, MarkerSprites::Shape::Square, Qt::green, "Backup"}}});
    view.legend()->setWanted(true);
    QTRY_VERIFY(view.legend()->isVisible());
    const QRect legend = view.legend()->geometry();
    // An anchor just above the legend's top edge, a little right of its left edge.
    const MapProjection projection;
    const QPointF lonLat
        = projection.toLonLat(view.mapToScene(QPoint(legend.left() + 40, legend.top() - 4)));
    view.setLabels({{"over", "Region Over The Legend", lonLat.y(), lonLat.x()}});
    grabViewport(view);
    QRect label = view.labelRect("over");
    QVERIFY2(!label.isNull(), "the label was left out");
    QVERIFY2(!label.intersects(legend), "the label lies under the legend");
    // With the legend off, the preferred spot below the anchor is free again.
    view.legend()->setWanted(false);
    QTRY_VERIFY(!view.legend()->isVisible());
    grabViewport(view);
    label = view.labelRect("over");
    QVERIFY(label.intersects(legend));
}

// Pod counts and residency counts are two writers of one badge line: each owns its layer, the
// line shows both in layer order, and clearing one leaves the other (no writer re-adds another's).
void TestWorldMapView::badgeLayersJoinAndClearSeparately()
{
    WorldMapView view;
    showView(view);
    view.setLabels({{"us-east", "US-East", 38.0, -78.0}, {"eu-west", "EU-West", 53.0, -8.0}});
    using Layer = WorldMapView::BadgeLayer;
    view.setRegionBadges(Layer::Residency, {{"us-east", "2 objects, 1 VIOLATING"}}, {"us-east"});
    view.setRegionBadges(Layer::Pods, {{"us-east", "4 pods"}, {"eu-west", "3 pods"}});
    QCOMPARE(view.regionBadge("us-east"), QStringLiteral("4 pods · 2 objects, 1 VIOLATING"));
    QCOMPARE(view.regionBadge("eu-west"), QStringLiteral("3 pods"));
    // A pod change rewrites only the pods layer: the residency text stays.
    view.setRegionBadges(Layer::Pods, {{"us-east", "5 pods"}});
    QCOMPARE(view.regionBadge("us-east"), QStringLiteral("5 pods · 2 objects, 1 VIOLATING"));
    QCOMPARE(view.regionBadge("eu-west"), QString());
    view.setRegionBadges(Layer::Residency, {});
    QCOMPARE(view.regionBadge("us-east"), QStringLiteral("5 pods"));
}

// A region at the view's left edge is labelled towards the middle instead of cut off.
void TestWorldMapView::edgeLabelsStayInsideTheView()
{
    WorldMapView view;
    showView(view);
    for (int i = 0; i < 3; ++i)
        view.zoomIn();
    view.centerOn(view.scenePosFor(45, -100));
    QVERIFY2(viewPosFor(view, 45.0, -179).x() < 0, "the view should not reach the antimeridian");
    const QRect viewport = view.viewport()->rect();
    // A point a few pixels inside the left edge, at 45° N.
    double longitude = -179;
    while (longitude < -100 && viewPosFor(view, 45.0, longitude).x() < 6)
        longitude += 0.05;
    QVERIFY(viewPosFor(view, 45.0, longitude).x() < 12);
    const QImage plain = grabViewport(view);
    view.setLabels({{"edge", "Region At The Edge", 45.0, longitude}});
    view.setRegionBadges(
        WorldMapView::BadgeLayer::Residency, {{"edge", "12 objects, 3 VIOLATING"}}, {"edge"});
    const QImage labelled = grabViewport(view);
    // Changed pixels: where the label went. None may be in the first column (cut off), and
    // they must lie to the right of the anchor.
    int minX = viewport.width(), maxX = -1;
    for (int y = 0; y < viewport.height(); ++y) {
        for (int x = 0; x < viewport.width(); ++x) {
            if (pixelAt(plain, {x, y}) != pixelAt(labelled, {x, y})) {
                minX = std::min(minX, x);
                maxX = std::max(maxX, x);
            }
        }
    }
    QVERIFY2(maxX > 60, "label not drawn");
    QVERIFY2(
        minX > 0, qPrintable(QStringLiteral("label cut by the edge, starts at x=%1").arg(minX)));
}

void TestWorldMapView::fitToMarkersFramesThem()
{
    WorldMapView view;
    showView(view);
    view.setMarkers({makeMarker("a", 52.5, 13.4, Qt::green), makeMarker("b", 48.9, 2.35, Qt::green),
        makeMarker("c", 53.3, -6.3, Qt::green)});
    const double worldScale = view.pixelsPerDegree();
    view.fitToMarkers();
    QVERIFY(view.pixelsPerDegree() > worldScale * 3);
    const QRect inner = view.viewport()->rect().adjusted(20, 20, -20, -20);
    for (const char *id : {"a", "b", "c"})
        QVERIFY(inner.contains(view.viewPosForMarker(QString::fromLatin1(id))));
    view.setMarkers({});
    view.fitToMarkers();
    QVERIFY(qAbs(view.pixelsPerDegree() - worldScale) < 1e-6);
}

RP_TEST(TestWorldMapView, "tst_worldmapview")
#include "tst_worldmapview.moc"
