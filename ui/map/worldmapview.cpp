#include "ui/map/worldmapview.h"

#include "models/map/mapgeometry.h"
#include "ui/logging.h"
#include "ui/map/labellayer.h"
#include "ui/map/landlayer.h"
#include "ui/map/maplegend.h"
#include "ui/map/mappalette.h"
#include "ui/map/markerlayer.h"

#include <QApplication>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace {

// Closer than this the 1:50m coastline turns visibly angular; it is also enough to tell
// apart sites a couple of kilometres from each other.
constexpr double kMaxPixelsPerDegree = 160;
constexpr double kZoomStep = 1.5;
// Wheel: one notch (120 units) zooms by this factor, trackpads get proportional steps.
constexpr double kWheelZoomPerNotch = 1.25;
// The default view: from Tierra del Fuego to northern Greenland. Antarctica holds no
// pods and would take a third of the height in this projection.
constexpr double kResetSouth = -57;
constexpr double kResetNorth = 80;
// Room around fitted markers for fanned groups, rings and labels, in pixels.
constexpr int kFitMargin = 56;
// Framing a single marker (or a tight cluster) shows at least this many degrees.
constexpr double kMinFitDegrees = 8;

} // namespace

WorldMapView::WorldMapView(QWidget *parent)
    : WorldMapView(MapGeometry::bundled(), parent)
{ }

WorldMapView::WorldMapView(std::shared_ptr<const MapGeometry> geometry, QWidget *parent)
    : QGraphicsView(parent)
    , m_geometry(std::move(geometry))
    , m_loadError(m_geometry->error())
{
    const MapProjection &projection = m_geometry->projection();
    const QRectF world = projection.worldRect();

    auto *scene = new QGraphicsScene(this);
    // Three large items: a BSP index would only cost time on every update.
    scene->setItemIndexMethod(QGraphicsScene::NoIndex);
    // A little slack past the antimeridian so fans at the edge can be panned into view.
    scene->setSceneRect(world.adjusted(-40, 0, 40, 0));
    setScene(scene);

    m_land = new LandLayer(m_geometry);
    m_land->setZValue(0);
    scene->addItem(m_land);
    m_markers = new MarkerLayer(projection);
    m_labels = new LabelLayer(projection, m_markers);
    m_routes = new RouteLayer(world, m_markers);
    m_labels->setZValue(10);
    m_routes->setZValue(15);
    m_markers->setZValue(20);
    scene->addItem(m_labels);
    scene->addItem(m_routes);
    scene->addItem(m_markers);
    m_legend = new MapLegend(this);
    // Labels keep out from under the legend, which is drawn over the map.
    m_legend->installEventFilter(this);
    m_flashTimer.setInterval(33);
    connect(&m_flashTimer, &QTimer::timeout, this, [this] {
        if (!m_routes->advanceFlashes())
            m_flashTimer.stop();
    });

    if (!m_loadError.isEmpty()) {
        qCWarning(lcMap) << "world map data failed to load:" << m_loadError;
        auto *message
            = scene->addSimpleText(tr("The world map could not be loaded: %1").arg(m_loadError));
        message->setBrush(MapPalette::errorText());
        message->setFlag(QGraphicsItem::ItemIgnoresTransformations);
        const QRectF size = message->boundingRect();
        message->setTransform(QTransform::fromTranslate(-size.width() / 2, -size.height() / 2));
        message->setPos(world.center());
        message->setZValue(30);
    }

    setFrameShape(QFrame::NoFrame);
    setBackgroundBrush(MapPalette::outsideWorld());
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    // The layers save and restore the painter themselves and pad their own update rects.
    setOptimizationFlags(DontSavePainterState | DontAdjustForAntialiasing);
    setViewportUpdateMode(MinimalViewportUpdate);
    // Zooming anchors itself (zoomAt), so Qt must not move the scene when the scale changes.
    setTransformationAnchor(NoAnchor);
    setResizeAnchor(AnchorViewCenter);
    setDragMode(NoDrag);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(160, 100);
    setAccessibleName(tr("World map"));
    setAccessibleDescription(tr("Pods, districts and regions on a world map"));
    resetView();
}

WorldMapView::~WorldMapView() = default;

QString WorldMapView::loadError() const
{
    return m_loadError;
}

void WorldMapView::setMarkers(const QList<MapMarker> &markers)
{
    const QString selected = m_markers->selectedId();
    m_markers->setMarkers(markers);
    m_labels->update();
    if (m_markers->selectedId() != selected)
        emit selectionChanged(m_markers->selectedId());
    if (!m_hovered.isEmpty() && !m_markers->marker(m_hovered))
        setHovered({});
}

void WorldMapView::upsertMarker(const MapMarker &marker)
{
    m_labels->markersChangedAt(m_markers->upsertMarker(marker));
}

void WorldMapView::removeMarker(const QString &id)
{
    const bool wasSelected = !id.isEmpty() && m_markers->selectedId() == id;
    m_labels->markersChangedAt(m_markers->removeMarker(id));
    if (m_hovered == id)
        setHovered({});
    if (wasSelected)
        emit selectionChanged({});
}

int WorldMapView::markerCount() const
{
    return m_markers->count();
}

std::optional<MapMarker> WorldMapView::marker(const QString &id) const
{
    return m_markers->marker(id);
}

void WorldMapView::setSelectedMarker(const QString &id)
{
    const QString before = m_markers->selectedId();
    m_markers->setSelectedId(id);
    if (m_markers->selectedId() != before)
        emit selectionChanged(m_markers->selectedId());
}

QString WorldMapView::selectedMarker() const
{
    return m_markers->selectedId();
}

void WorldMapView::setLabels(const QList<MapLabel> &labels)
{
    m_labels->setLabels(labels);
}

void WorldMapView::setLinks(const QList<MapLink> &links)
{
    m_routes->setLinks(links);
}

QList<MapLink> WorldMapView::links() const
{
    return m_routes->links();
}

void WorldMapView::flashMarker(const QString &id, const QColor &color)
{
    if (!m_markers->marker(id))
        return;
    m_routes->flash(id, color);
    m_flashTimer.start();
}

int WorldMapView::activeFlashes() const
{
    return m_routes->activeFlashes();
}

void WorldMapView::setShadedJurisdictions(const QStringList &codes, const QColor &color)
{
    QList<std::pair<bool, int>> shapes;
    m_unknownJurisdictions.clear();
    for (const QString &code : codes) {
        const auto found = m_geometry->shapesFor(code);
        if (found.isEmpty())
            m_unknownJurisdictions.append(code);
        for (const auto &shape : found) {
            if (!shapes.contains(shape))
                shapes.append(shape);
        }
    }
    if (!m_unknownJurisdictions.isEmpty() && m_loadError.isEmpty()) {
        qCInfo(lcMap) << "no map shape for jurisdictions" << m_unknownJurisdictions;
    }
    m_land->setShading(shapes, color);
}

void WorldMapView::setRegionBadges(
    BadgeLayer layer, const QHash<QString, QString> &textByLabelId, const QSet<QString> &alertIds)
{
    m_badges[layer] = {textByLabelId, alertIds};
    QHash<QString, QString> shown;
    QSet<QString> alerts;
    for (const Badges &badges : std::as_const(m_badges)) { // QMap: in BadgeLayer order
        for (auto it = badges.text.cbegin(); it != badges.text.cend(); ++it) {
            QString &line = shown[it.key()];
            line = line.isEmpty() ? it.value() : line + QStringLiteral(" · ") + it.value();
        }
        alerts.unite(badges.alerts);
    }
    m_labels->setBadges(shown, alerts);
    m_shownBadges = shown;
}

QRect WorldMapView::labelRect(const QString &labelId) const
{
    return m_labels->placedRect(labelId).toAlignedRect();
}

QPointF WorldMapView::scenePosFor(double latitude, double longitude) const
{
    return m_geometry->projection().toScene(latitude, longitude);
}

QPoint WorldMapView::viewPosForMarker(const QString &id) const
{
    const auto centre = m_markers->devicePos(id, viewportTransform());
    if (!centre)
        return {};
    return {int(std::floor(centre->x())), int(std::floor(centre->y()))};
}

QString WorldMapView::markerAt(const QPoint &viewPos) const
{
    return m_markers->markerAt(QPointF(viewPos) + QPointF(0.5, 0.5), viewportTransform());
}

double WorldMapView::pixelsPerDegree() const
{
    return transform().m11() * MapProjection::kUnitsPerDegree;
}

void WorldMapView::zoomIn()
{
    zoomAt(kZoomStep, QRectF(viewport()->rect()).center());
}

void WorldMapView::zoomOut()
{
    zoomAt(1 / kZoomStep, QRectF(viewport()->rect()).center());
}

void WorldMapView::resetView()
{
    fitSceneRect(m_geometry->projection().bandRect(kResetSouth, kResetNorth), 0);
    m_autoFit = true;
}

void WorldMapView::fitToMarkers()
{
    QRectF rect = m_markers->markersSceneRect();
    if (m_markers->count() == 0) {
        resetView();
        return;
    }
    const double minSide = kMinFitDegrees * MapProjection::kUnitsPerDegree;
    const QPointF centre = rect.center();
    rect.setWidth(std::max(rect.width(), minSide));
    rect.setHeight(std::max(rect.height(), minSide));
    rect.moveCenter(centre);
    fitSceneRect(rect, kFitMargin);
    m_autoFit = false;
}

double WorldMapView::minimumScale() const
{
    const QRectF world = m_geometry->projection().worldRect();
    const QSize size = viewport()->size();
    if (size.isEmpty())
        return 1e-3;
    return std::min(size.width() / world.width(), size.height() / world.height());
}

void WorldMapView::fitSceneRect(const QRectF &rect, int marginPixels)
{
    const QSize size = viewport()->size();
    const double width = std::max(1, size.width() - 2 * marginPixels);
    const double height = std::max(1, size.height() - 2 * marginPixels);
    const double maxScale = kMaxPixelsPerDegree / MapProjection::kUnitsPerDegree;
    double scale = std::min(width / rect.width(), height / rect.height());
    scale = std::clamp(scale, std::min(minimumScale(), maxScale), maxScale);
    setTransform(QTransform::fromScale(scale, scale));
    centerOn(rect.center());
    transformChanged();
}

void WorldMapView::zoomAt(double factor, const QPointF &viewPos)
{
    const double current = transform().m11();
    const double maxScale = kMaxPixelsPerDegree / MapProjection::kUnitsPerDegree;
    const double target
        = std::clamp(current * factor, std::min(minimumScale(), maxScale), maxScale);
    if (std::abs(target - current) < current * 1e-6)
        return;
    const QPointF sceneAnchor = viewportTransform().inverted().map(viewPos);
    setTransform(QTransform::fromScale(target, target));
    // Keep the scene point that was under the cursor there.
    const QPointF drift = viewportTransform().map(sceneAnchor) - viewPos;
    panBy(QPoint(qRound(drift.x()), qRound(drift.y())));
    m_autoFit = false;
    transformChanged();
}

void WorldMapView::panBy(const QPoint &delta)
{
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + delta.x());
    verticalScrollBar()->setValue(verticalScrollBar()->value() + delta.y());
}

void WorldMapView::transformChanged()
{
    m_markers->setPixelsPerUnit(transform().m11());
}

void WorldMapView::setHovered(const QString &id)
{
    if (id == m_hovered)
        return;
    m_hovered = id;
    m_markers->setHoveredId(id);
    if (!m_dragging)
        viewport()->setCursor(id.isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
    emit markerHovered(id);
}

void WorldMapView::selectFromUser(const QString &id)
{
    setSelectedMarker(id);
    if (!id.isEmpty())
        emit markerClicked(id);
}

bool WorldMapView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString id = markerAt(help->pos());
        const auto hit = m_markers->marker(id);
        if (hit && !hit->tooltip.isEmpty()) {
            const QPoint centre = viewPosForMarker(id);
            const int r = MarkerSprites::kHalfExtent;
            QToolTip::showText(help->globalPos(), hit->tooltip, viewport(),
                QRect(centre - QPoint(r, r), QSize(2 * r + 1, 2 * r + 1)));
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QGraphicsView::viewportEvent(event);
}

void WorldMapView::wheelEvent(QWheelEvent *event)
{
    const QPoint angle = event->angleDelta();
    const int delta = angle.y() != 0 ? angle.y() : angle.x();
    if (delta == 0) {
        event->ignore();
        return;
    }
    zoomAt(std::pow(kWheelZoomPerNotch, delta / 120.0), event->position());
    event->accept();
}

void WorldMapView::keyPressEvent(QKeyEvent *event)
{
    const QSize size = viewport()->size();
    const int stepX = std::max(1, size.width() / 8);
    const int stepY = std::max(1, size.height() / 8);
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        zoomOut();
        break;
    case Qt::Key_Left:
        panBy({-stepX, 0});
        m_autoFit = false;
        break;
    case Qt::Key_Right:
        panBy({stepX, 0});
        m_autoFit = false;
        break;
    case Qt::Key_Up:
        panBy({0, -stepY});
        m_autoFit = false;
        break;
    case Qt::Key_Down:
        panBy({0, stepY});
        m_autoFit = false;
        break;
    case Qt::Key_Home:
    case Qt::Key_0:
        resetView();
        break;
    case Qt::Key_Escape:
        if (m_markers->selectedId().isEmpty()) {
            QGraphicsView::keyPressEvent(event);
            return;
        }
        setSelectedMarker({});
        break;
    default:
        QGraphicsView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void WorldMapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QGraphicsView::mousePressEvent(event);
        return;
    }
    m_pressed = true;
    m_dragging = false;
    m_pressPos = m_lastDragPos = event->position().toPoint();
    event->accept();
}

void WorldMapView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_pressed && (event->buttons() & Qt::LeftButton)) {
        if (!m_dragging
            && (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
            m_dragging = true;
            setHovered({});
            QToolTip::hideText();
            viewport()->setCursor(Qt::ClosedHandCursor);
        }
        if (m_dragging) {
            panBy(m_lastDragPos - pos);
            m_lastDragPos = pos;
            m_autoFit = false;
        }
    } else {
        setHovered(markerAt(pos));
    }
    event->accept();
}

void WorldMapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressed) {
        QGraphicsView::mouseReleaseEvent(event);
        return;
    }
    const QPoint pos = event->position().toPoint();
    const bool wasDrag = m_dragging;
    m_pressed = false;
    m_dragging = false;
    if (!wasDrag)
        selectFromUser(markerAt(pos));
    const QString hovered = markerAt(pos);
    viewport()->setCursor(hovered.isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
    setHovered(hovered);
    event->accept();
}

void WorldMapView::mouseDoubleClickEvent(QMouseEvent *event)
{
    m_pressed = false;
    if (event->button() == Qt::LeftButton && markerAt(event->position().toPoint()).isEmpty())
        zoomAt(2.0, event->position());
    event->accept();
}

void WorldMapView::leaveEvent(QEvent *event)
{
    if (!m_dragging)
        setHovered({});
    QGraphicsView::leaveEvent(event);
}

void WorldMapView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_autoFit)
        resetView();
}

bool WorldMapView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_legend) {
        switch (event->type()) {
        case QEvent::Move:
        case QEvent::Resize:
        case QEvent::Show:
        case QEvent::Hide:
            m_labels->setKeepOut(m_legend->isVisible()
                    ? QRectF(m_legend->geometry().translated(-viewport()->pos()))
                    : QRectF());
            break;
        default:
            break;
        }
    }
    return QGraphicsView::eventFilter(watched, event);
}
