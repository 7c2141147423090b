#pragma once

#include <QString>

/// A region name drawn on the map at a fixed screen size.
struct MapLabel
{
    QString id;
    QString text;
    double latitude = 0;
    double longitude = 0;

    friend bool operator==(const MapLabel &, const MapLabel &) = default;
};
