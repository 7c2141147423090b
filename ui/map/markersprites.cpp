#include "ui/map/markersprites.h"

#include "ui/map/mappalette.h"

#include <QImage>
#include <QPainter>
#include <QPolygonF>
#include <QtMath>

namespace {

// A colour per health state and four shapes make a handful of sprites; the cap only guards
// against callers that invent a new colour per marker.
constexpr qsizetype kMaxCachedSprites = 1024;

} // namespace

MarkerSprites::Shape MarkerSprites::shapeFor(const QString &kind)
{
    if (kind == u"edge")
        return Shape::Triangle;
    if (kind == u"backup")
        return Shape::Square;
    if (kind == u"compliance")
        return Shape::Diamond;
    if (kind == u"district")
        return Shape::Dot;
    return Shape::Circle;
}

const QPixmap &MarkerSprites::sprite(Shape shape, const QColor &fill, qreal devicePixelRatio)
{
    const QColor color = fill.isValid() ? fill : MapPalette::markerDefault();
    const quint64 key = (quint64(shape) << 56) | (quint64(qRound(devicePixelRatio * 16)) << 32)
        | quint64(color.rgba());
    auto cached = m_cache.constFind(key);
    if (cached != m_cache.constEnd())
        return *cached;
    if (m_cache.size() >= kMaxCachedSprites)
        m_cache.clear();
    return *m_cache.insert(key, render(shape, color, devicePixelRatio));
}

QPixmap MarkerSprites::render(Shape shape, const QColor &fill, qreal devicePixelRatio)
{
    const int logicalSize = 2 * kHalfExtent + 1;
    const int deviceSize = qCeil(logicalSize * devicePixelRatio);
    QImage image(deviceSize, deviceSize, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::transparent);

    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing, true);
    // The centre of the middle pixel, so the fill colour lands unblended on that pixel.
    const QPointF c(kHalfExtent + 0.5, kHalfExtent + 0.5);
    QPen outline(MapPalette::markerOutline(), 1.6);
    outline.setJoinStyle(Qt::MiterJoin);
    painter.setPen(outline);
    painter.setBrush(fill);
    switch (shape) {
    case Shape::Circle:
        painter.drawEllipse(c, 6.6, 6.6);
        break;
    case Shape::Triangle: {
        // Pointing up, centred on its bounding box rather than its centroid so it lines up
        // with the circles next to it.
        const QPolygonF triangle{
            c + QPointF(0, -7.8), c + QPointF(7.6, 6.0), c + QPointF(-7.6, 6.0)};
        painter.drawPolygon(triangle);
        break;
    }
    case Shape::Square:
        painter.drawRoundedRect(QRectF(c - QPointF(5.8, 5.8), QSizeF(11.6, 11.6)), 1.2, 1.2);
        break;
    case Shape::Diamond: {
        const QPolygonF diamond{
            c + QPointF(0, -8), c + QPointF(8, 0), c + QPointF(0, 8), c + QPointF(-8, 0)};
        painter.drawPolygon(diamond);
        break;
    }
    case Shape::Dot:
        painter.setPen(QPen(MapPalette::markerOutline(), 1.2));
        painter.drawEllipse(c, 3.6, 3.6);
        break;
    }
    painter.end();
    return QPixmap::fromImage(image);
}
