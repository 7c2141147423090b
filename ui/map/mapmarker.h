#pragma once

#include <QColor>
#include <QString>

/// One point of interest on the world map (a pod, a district…). Plain data, copied freely.
struct MapMarker
{
    QString id;
    double latitude = 0;
    double longitude = 0;
    QColor color; ///< fill, usually the health colour
    QString
        kind; ///< "primary" (circle), "edge" (triangle), "backup" (square), "compliance" (diamond)
    QString tooltip;

    friend bool operator==(const MapMarker &, const MapMarker &) = default;
};
