#pragma once

#include "models/map/mapgeometry.h"

#include <QColor>
#include <QGraphicsItem>
#include <QList>

#include <memory>

/// Paints the static map — ocean, graticule, countries, US state borders and jurisdiction
/// shading — as one item from MapGeometry's cached paths, picking the level of detail from
/// the current zoom and skipping shapes outside the exposed rectangle.
class LandLayer : public QGraphicsItem
{
public:
    explicit LandLayer(
        std::shared_ptr<const MapGeometry> geometry, QGraphicsItem *parent = nullptr);

    /** Fills the given shapes ({isState, index} from MapGeometry::shapesFor()) with
     *  `color`; an empty list clears the shading. */
    void setShading(const QList<std::pair<bool, int>> &shapes, const QColor &color);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    std::shared_ptr<const MapGeometry> m_geometry;
    QRectF m_world;
    QList<std::pair<bool, int>> m_shaded;
    QColor m_shadeColor;
};
