#include "ui/map/landlayer.h"

#include "ui/map/mappalette.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

LandLayer::LandLayer(std::shared_ptr<const MapGeometry> geometry, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_geometry(std::move(geometry))
    , m_world(m_geometry->projection().worldRect())
{
    // exposedRect lets paint() skip the shapes a partial repaint (a marker update, a pan)
    // does not touch.
    setFlag(ItemUsesExtendedStyleOption);
}

void LandLayer::setShading(const QList<std::pair<bool, int>> &shapes, const QColor &color)
{
    m_shaded = shapes;
    m_shadeColor = color;
    update();
}

QRectF LandLayer::boundingRect() const
{
    return m_world;
}

void LandLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF exposed = option->exposedRect.intersected(m_world);
    if (exposed.isEmpty())
        return;
    const double pixelsPerUnit
        = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    const int level = MapGeometry::levelFor(pixelsPerUnit * MapProjection::kUnitsPerDegree);

    painter->save();
    // Shapes crossing the antimeridian are drawn twice, 360° apart; the clip hides the copy
    // that falls outside the world.
    painter->setClipRect(m_world, Qt::IntersectClip);
    painter->fillRect(exposed, MapPalette::ocean());

    auto cosmeticPen = [](const QColor &color, double width) {
        QPen pen(color, width);
        pen.setCosmetic(true);
        pen.setJoinStyle(Qt::RoundJoin);
        pen.setCapStyle(Qt::RoundCap);
        return pen;
    };

    // Straight, one pixel: crisp without antialiasing.
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(cosmeticPen(MapPalette::graticule(), 0));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_geometry->graticule());

    // Fills are not antialiased: that makes them about four times cheaper (the bulk of a
    // frame), and every fill edge is a coastline or border stroked with antialiasing on
    // top, which hides the stair steps.
    painter->setPen(Qt::NoPen);
    painter->setBrush(MapPalette::land());
    for (const MapShape &shape : m_geometry->countries()) {
        if (shape.bounds.intersects(exposed))
            painter->drawPath(shape.paths[level]);
    }
    if (!m_shaded.isEmpty()) {
        painter->setBrush(m_shadeColor);
        for (const auto &[isState, index] : std::as_const(m_shaded)) {
            const MapShape &shape
                = isState ? m_geometry->states().at(index) : m_geometry->countries().at(index);
            if (shape.bounds.intersects(exposed))
                painter->drawPath(shape.paths[level]);
        }
    }

    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setBrush(Qt::NoBrush);
    auto strokeMesh = [&](const QList<MapShape> &tiles, const QPen &pen) {
        painter->setPen(pen);
        for (const MapShape &tile : tiles) {
            if (tile.bounds.intersects(exposed))
                painter->drawPath(tile.paths[level]);
        }
    };
    strokeMesh(m_geometry->stateBorders(), cosmeticPen(MapPalette::stateBorder(), 0.6));
    strokeMesh(m_geometry->borders(), cosmeticPen(MapPalette::border(), 0.8));
    strokeMesh(m_geometry->coastlines(), cosmeticPen(MapPalette::coastline(), 0.9));
    painter->restore();
}
