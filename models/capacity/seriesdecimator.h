#pragma once

#include <QList>
#include <QPointF>

/**
 * Reduces a line series to what a chart of @p columns pixel columns can show, keeping its
 * shape (M4: per column the first, lowest, highest and last point, in x order), so a 24 h
 * series stays smooth and a one-scrape spike still reaches its peak. @p points must be sorted
 * by x; a series already at most 4 points per column is returned unchanged.
 */
QList<QPointF> decimateMinMax(const QList<QPointF> &points, int columns);
