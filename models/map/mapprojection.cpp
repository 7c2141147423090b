#include "models/map/mapprojection.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace {

constexpr double kDegToRad = std::numbers::pi / 180.0;
constexpr double kHalfTurn = 180.0 * MapProjection::kUnitsPerDegree;
constexpr double kFullTurn = 2 * kHalfTurn;
// Points this close to a pole only exist where the source data closes a ring along the
// edge of the flattened globe; they are not coastline.
constexpr double kPoleEdgeLatitude = 89.9;

double wrapLongitude(double longitude)
{
    if (!std::isfinite(longitude))
        return 0;
    // ±180 itself stays put: data rings touch the antimeridian from both sides.
    if (longitude >= -180.0 && longitude <= 180.0)
        return longitude;
    return longitude - 360.0 * std::floor((longitude + 180.0) / 360.0);
}

} // namespace

double MapProjection::millerY(double latitude)
{
    const double phi
        = std::clamp(std::isfinite(latitude) ? latitude : 0.0, -90.0, 90.0) * kDegToRad;
    // Miller: y = 5/4 · ln(tan(π/4 + 2φ/5)), finite at ±90°.
    const double y = 1.25 * std::log(std::tan(std::numbers::pi / 4 + 0.4 * phi));
    return -y / kDegToRad * kUnitsPerDegree;
}

QPointF MapProjection::toScene(double latitude, double longitude) const
{
    return {wrapLongitude(longitude) * kUnitsPerDegree, millerY(latitude)};
}

QPolygonF MapProjection::toScene(const QPolygonF &lonLat) const
{
    QPolygonF out;
    out.reserve(lonLat.size());
    for (const QPointF &point : lonLat)
        out.append(toScene(point));
    return out;
}

QPointF MapProjection::toLonLat(const QPointF &scene) const
{
    const double y = -scene.y() / kUnitsPerDegree * kDegToRad;
    const double phi = 2.5 * std::atan(std::exp(0.8 * y)) - 0.625 * std::numbers::pi;
    return {wrapLongitude(scene.x() / kUnitsPerDegree), phi / kDegToRad};
}

QRectF MapProjection::worldRect() const
{
    return bandRect(-90, 90);
}

QRectF MapProjection::bandRect(double southLatitude, double northLatitude) const
{
    return QRectF(
        QPointF(-kHalfTurn, millerY(northLatitude)), QPointF(kHalfTurn, millerY(southLatitude)))
        .normalized();
}

QList<QPolygonF> MapProjection::wrapRing(const QPolygonF &sceneRing) const
{
    if (sceneRing.size() < 3)
        return {};
    // Unwrap: make every step shorter than half a turn so a ring crossing the antimeridian
    // becomes one continuous shape, possibly reaching past the world's edge.
    QPolygonF unwrapped;
    unwrapped.reserve(sceneRing.size() + 3);
    double x = sceneRing.first().x();
    double minX = x, maxX = x, ySum = 0;
    unwrapped.append(sceneRing.first());
    for (qsizetype i = 1; i < sceneRing.size(); ++i) {
        double step = sceneRing.at(i).x() - sceneRing.at(i - 1).x();
        step -= kFullTurn * std::round(step / kFullTurn);
        x += step;
        minX = std::min(minX, x);
        maxX = std::max(maxX, x);
        ySum += sceneRing.at(i).y();
        unwrapped.append({x, sceneRing.at(i).y()});
    }
    if (std::abs(unwrapped.last().x() - unwrapped.first().x()) > kHalfTurn) {
        // The ring circles a pole (Antarctica): it spans a full turn without closing. Bring
        // it into the world and close it along the edge of the pole it surrounds.
        const double shift = -kFullTurn * std::floor((minX + kHalfTurn + 1e-6) / kFullTurn);
        unwrapped.translate(shift, 0);
        minX += shift;
        maxX += shift;
        const QRectF world = worldRect();
        const double pole = ySum > 0 ? world.bottom() : world.top(); // y grows south
        const QPointF first = unwrapped.first();
        unwrapped.append({unwrapped.last().x(), pole});
        unwrapped.append({first.x(), pole});
        unwrapped.append(first);
    }
    QList<QPolygonF> out{unwrapped};
    if (maxX > kHalfTurn + 1e-6)
        out.append(unwrapped.translated(-kFullTurn, 0));
    if (minX < -kHalfTurn - 1e-6)
        out.append(unwrapped.translated(kFullTurn, 0));
    return out;
}

QList<QPolygonF> MapProjection::splitLine(const QPolygonF &sceneLine) const
{
    const double poleEdge = std::abs(millerY(kPoleEdgeLatitude));
    QList<QPolygonF> out;
    QPolygonF piece;
    auto flush = [&] {
        if (piece.size() >= 2)
            out.append(piece);
        piece.clear();
    };
    for (qsizetype i = 0; i < sceneLine.size(); ++i) {
        const QPointF point = sceneLine.at(i);
        if (i > 0) {
            const QPointF previous = sceneLine.at(i - 1);
            if (std::abs(previous.y()) > poleEdge && std::abs(point.y()) > poleEdge) {
                flush();
            } else if (std::abs(point.x() - previous.x()) > kHalfTurn) {
                // End the piece on the antimeridian and start the next one on the other side.
                const double edge = previous.x() > 0 ? kHalfTurn : -kHalfTurn;
                const double span = kFullTurn - std::abs(point.x() - previous.x());
                const double t = span > 0 ? std::abs(edge - previous.x()) / span : 0.5;
                const double crossing = previous.y() + t * (point.y() - previous.y());
                piece.append({edge, crossing});
                flush();
                piece.append({-edge, crossing});
            }
        }
        piece.append(point);
    }
    flush();
    return out;
}
