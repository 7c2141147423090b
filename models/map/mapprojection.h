#pragma once

#include <QList>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>

/// Longitude/latitude ⇄ scene coordinates for the world map, using the Miller cylindrical
/// projection.
///
/// Why Miller: it keeps the mid latitudes where our regions sit (the US, Canada, Europe)
/// close to the familiar Mercator shapes, where equirectangular squashes Europe and Canada
/// flat, yet unlike Mercator it stays finite at the poles, so the whole globe fits a bounded
/// scene and no latitude cut-off hides Greenland's or Alaska's north coast. It is not
/// equal-area; the map compares places, never areas.
///
/// Scene units: x grows east, y grows south (screen convention), 10 units per degree of
/// longitude, (0, 0) at lon 0 / lat 0. Latitudes are clamped to ±90 and longitudes outside
/// ±180 wrapped, so bad input still lands on the map instead of at infinity.
class MapProjection
{
public:
    static constexpr double kUnitsPerDegree = 10.0;

    QPointF toScene(double latitude, double longitude) const;
    /** Scene point for a lon/lat pair stored as QPointF(lon, lat), as TopoJSON rings are. */
    QPointF toScene(const QPointF &lonLat) const { return toScene(lonLat.y(), lonLat.x()); }
    /** Inverse of toScene(): QPointF(lon, lat); x outside the world wraps around. */
    QPointF toLonLat(const QPointF &scene) const;
    /** Every point of a lon/lat polyline or ring in scene coordinates. */
    QPolygonF toScene(const QPolygonF &lonLat) const;

    /** The whole globe, lat -90…90 and lon -180…180. */
    QRectF worldRect() const;
    /** The scene rectangle spanning the given latitude band over all longitudes. */
    QRectF bandRect(double southLatitude, double northLatitude) const;

    /** Prepares a closed ring already in scene coordinates for planar drawing. A ring that
     *  crosses the antimeridian is unwrapped into one continuous shape and repeated 360°
     *  over, so both halves show inside worldRect() (clip painting to it); a ring around a
     *  pole is closed along that pole's edge of the map. */
    QList<QPolygonF> wrapRing(const QPolygonF &sceneRing) const;
    /** Splits an open polyline already in scene coordinates where it jumps across the
     *  antimeridian; pieces running along a pole edge (artefacts of cutting the globe
     *  open) are dropped. */
    QList<QPolygonF> splitLine(const QPolygonF &sceneLine) const;

    /** wrapRing() of a lon/lat ring. */
    QList<QPolygonF> projectRing(const QPolygonF &lonLatRing) const
    {
        return wrapRing(toScene(lonLatRing));
    }
    /** splitLine() of a lon/lat polyline. */
    QList<QPolygonF> projectLine(const QPolygonF &lonLatLine) const
    {
        return splitLine(toScene(lonLatLine));
    }

private:
    static double millerY(double latitude);
};
