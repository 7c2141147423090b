#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>

/// A uniform grid over the scene that buckets marker indices by position, so painting and
/// hit testing look only at the cells a rectangle touches instead of every marker.
/// Positions outside the bounds are clamped into the border cells.
class MarkerGrid
{
public:
    MarkerGrid(const QRectF &bounds, double cellSize);

    void clear();
    void insert(int index, const QPointF &position);
    void remove(int index, const QPointF &position);
    /** Replaces index `from` by `to` in the cell of `position` (after a swap-remove). */
    void renumber(int from, int to, const QPointF &position);
    /** Appends the indices of every cell intersecting `rect` to `out` (some may lie just
     *  outside `rect`; callers test the exact geometry). */
    void query(const QRectF &rect, QList<int> *out) const;

private:
    int cellAt(const QPointF &position) const;
    int column(double x) const;
    int row(double y) const;

    QRectF m_bounds;
    double m_cellSize;
    int m_columns;
    int m_rows;
    QList<QList<int>> m_cells;
};
