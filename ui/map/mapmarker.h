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

    /** The marker id of district @p districtId (district markers share the map with pods). */
    static QString districtId(const QString &districtId)
    {
        return QStringLiteral("district/") + districtId;
    }
    /** The district a marker id names, or empty when it is not a district's. */
    static QString districtOf(const QString &markerId)
    {
        return markerId.startsWith(QLatin1String("district/")) ? markerId.mid(9) : QString();
    }

    friend bool operator==(const MapMarker &, const MapMarker &) = default;
};
