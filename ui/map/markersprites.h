#pragma once

#include <QColor>
#include <QHash>
#include <QPixmap>
#include <QString>

/// Pre-rendered marker symbols. Drawing a cached pixmap costs a fraction of rasterising an
/// antialiased shape with an outline, which is what keeps thousands of markers under a
/// frame budget. Sprites are square and odd-sized so their centre is a whole pixel.
class MarkerSprites
{
public:
    enum class Shape { Circle, Triangle, Square, Diamond, Dot };

    /// Logical pixels from the sprite's centre pixel to its edge (sprite = 2 * 9 + 1 wide).
    static constexpr int kHalfExtent = 9;
    /// How far from a marker's centre a click or hover still hits it, in logical pixels.
    static constexpr double kHitRadius = 9.0;

    /** "primary" → circle, "edge" → triangle, "backup" → square, "compliance" → diamond,
     *  "district" → a small dot; anything else is drawn as a circle. */
    static Shape shapeFor(const QString &kind);

    /** The symbol filled with `fill` (an invalid colour gives the neutral default) for a
     *  device with the given pixel ratio. */
    const QPixmap &sprite(Shape shape, const QColor &fill, qreal devicePixelRatio);

private:
    static QPixmap render(Shape shape, const QColor &fill, qreal devicePixelRatio);

    QHash<quint64, QPixmap> m_cache;
};
