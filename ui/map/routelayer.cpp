#include "ui/map/routelayer.h"

#include "ui/map/mappalette.h"
#include "ui/map/markerlayer.h"

#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>

#include <cmath>

RouteLayer::RouteLayer(const QRectF &world, const MarkerLayer *markers, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_world(world.adjusted(-60, -60, 60, 60))
    , m_markers(markers)
{ }

void RouteLayer::setLinks(const QList<MapLink> &links)
{
    if (links == m_links)
        return;
    m_links = links;
    update();
}

void RouteLayer::flash(const QString &id, const QColor &color)
{
    Flash f{id, color, {}};
    f.age.start();
    m_flashes.append(f);
    update();
}

bool RouteLayer::advanceFlashes()
{
    m_flashes.removeIf([](const Flash &f) { return f.age.elapsed() >= kFlashMs; });
    update();
    return !m_flashes.isEmpty();
}

QRectF RouteLayer::boundingRect() const
{
    return m_world;
}

void RouteLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_links.isEmpty() && m_flashes.isEmpty())
        return;
    // As MarkerLayer: the world transform maps scene to the paint device (a window grab adds
    // its own offset below it, which resetting the world transform keeps).
    const QTransform device = painter->worldTransform();
    painter->save();
    painter->setWorldTransform(QTransform());
    painter->setRenderHint(QPainter::Antialiasing, true);
    QFont font = painter->font();
    font.setPointSizeF(std::max(7.0, font.pointSizeF() * 0.9));
    font.setBold(true);
    painter->setFont(font);
    for (const MapLink &link : std::as_const(m_links)) {
        const auto from = m_markers->devicePos(link.from, device);
        if (!from)
            continue;
        const auto to = link.to.isEmpty() ? std::nullopt : m_markers->devicePos(link.to, device);
        if (to) {
            // A halo under the line keeps it readable over land borders and labels.
            QPen halo(MapPalette::labelHalo(), link.width + 3, Qt::SolidLine, Qt::RoundCap);
            painter->setPen(halo);
            painter->drawLine(*from, *to);
            QPen pen(
                link.color, link.width, link.dashed ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap);
            painter->setPen(pen);
            painter->drawLine(*from, *to);
        }
        if (link.label.isEmpty())
            continue;
        const QPointF at = to ? (*from + *to) / 2 : *from + QPointF(10, -10);
        const QRectF box = painter->fontMetrics()
                               .boundingRect(link.label)
                               .toRectF()
                               .adjusted(-5, -2, 5, 2)
                               .translated(at);
        painter->setPen(QPen(link.color, 1.2));
        painter->setBrush(MapPalette::badgeAlertBackground());
        painter->drawRoundedRect(box, 3, 3);
        painter->setPen(MapPalette::badgeAlertText());
        painter->drawText(box, Qt::AlignCenter, link.label);
    }
    for (const Flash &f : std::as_const(m_flashes)) {
        const auto at = m_markers->devicePos(f.id, device);
        if (!at)
            continue;
        const double t = std::min(1.0, f.age.elapsed() / double(kFlashMs));
        QColor c = f.color;
        c.setAlphaF(float(1.0 - t));
        painter->setPen(QPen(c, 3));
        painter->setBrush(Qt::NoBrush);
        const double r = 8 + 28 * t;
        painter->drawEllipse(*at, r, r);
    }
    painter->restore();
}
