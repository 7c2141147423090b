#pragma once

#include <QPainterPath>
#include <QRectF>
#include <QString>

#include <array>

/// One addressable area of the map (a country, or a US state) — or one spatial tile of a
/// border or coastline mesh — in scene coordinates, at every level of detail MapGeometry
/// provides (index 0 = coarsest). Painting skips it when `bounds` is not exposed.
struct MapShape
{
    static constexpr int kLevelCount = 4;

    QString code; ///< ISO 3166-1 alpha-2 ("DE") or ISO 3166-2 ("US-WA"); may be empty
    QString name;
    QRectF bounds; ///< scene rect of the full-detail outline
    std::array<QPainterPath, kLevelCount> paths;
};
