#pragma once

#include <QList>
#include <QPolygonF>
#include <QString>

/// One decoded TopoJSON geometry: its rings in longitude (x) / latitude (y) degrees.
/// Rings are closed (first point == last point); holes are simply further rings, so fill
/// them with Qt::OddEvenFill.
struct MapFeature
{
    QString id;
    QString name;
    QList<QPolygonF> rings;
};
