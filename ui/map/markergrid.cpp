#include "ui/map/markergrid.h"

#include <algorithm>
#include <cmath>

MarkerGrid::MarkerGrid(const QRectF &bounds, double cellSize)
    : m_bounds(bounds)
    , m_cellSize(cellSize)
    , m_columns(std::max(1, int(std::ceil(bounds.width() / cellSize))))
    , m_rows(std::max(1, int(std::ceil(bounds.height() / cellSize))))
    , m_cells(qsizetype(m_columns) * m_rows)
{ }

void MarkerGrid::clear()
{
    for (QList<int> &cell : m_cells)
        cell.clear();
}

int MarkerGrid::column(double x) const
{
    const double c = std::floor((x - m_bounds.left()) / m_cellSize);
    return int(std::clamp(std::isfinite(c) ? c : 0.0, 0.0, double(m_columns - 1)));
}

int MarkerGrid::row(double y) const
{
    const double r = std::floor((y - m_bounds.top()) / m_cellSize);
    return int(std::clamp(std::isfinite(r) ? r : 0.0, 0.0, double(m_rows - 1)));
}

int MarkerGrid::cellAt(const QPointF &position) const
{
    return row(position.y()) * m_columns + column(position.x());
}

void MarkerGrid::insert(int index, const QPointF &position)
{
    m_cells[cellAt(position)].append(index);
}

void MarkerGrid::remove(int index, const QPointF &position)
{
    QList<int> &cell = m_cells[cellAt(position)];
    const qsizetype at = cell.indexOf(index);
    if (at >= 0) {
        cell[at] = cell.last();
        cell.removeLast();
    }
}

void MarkerGrid::renumber(int from, int to, const QPointF &position)
{
    QList<int> &cell = m_cells[cellAt(position)];
    const qsizetype at = cell.indexOf(from);
    if (at >= 0)
        cell[at] = to;
}

void MarkerGrid::query(const QRectF &rect, QList<int> *out) const
{
    if (!rect.isValid() || !rect.intersects(m_bounds))
        return;
    const int left = column(rect.left());
    const int right = column(rect.right());
    const int top = row(rect.top());
    const int bottom = row(rect.bottom());
    for (int r = top; r <= bottom; ++r) {
        for (int c = left; c <= right; ++c)
            out->append(m_cells.at(qsizetype(r) * m_columns + c));
    }
}
