#include "models/capacity/seriesdecimator.h"

#include <algorithm>
#include <cmath>

QList<QPointF> decimateMinMax(const QList<QPointF> &points, int columns)
{
    columns = std::max(1, columns);
    if (points.size() <= 4 * qsizetype(columns))
        return points;
    const double x0 = points.constFirst().x();
    const double span = points.constLast().x() - x0;
    if (!(span > 0))
        return {points.constFirst(), points.constLast()};
    QList<QPointF> out;
    out.reserve(4 * columns);
    qsizetype i = 0;
    while (i < points.size()) {
        const int column
            = std::min(columns - 1, int(std::floor((points.at(i).x() - x0) / span * columns)));
        qsizetype first = i, low = i, high = i, last = i;
        for (++i; i < points.size(); ++i) {
            const int c
                = std::min(columns - 1, int(std::floor((points.at(i).x() - x0) / span * columns)));
            if (c != column)
                break;
            last = i;
            if (points.at(i).y() < points.at(low).y())
                low = i;
            if (points.at(i).y() > points.at(high).y())
                high = i;
        }
        // In x order, each index once.
        qsizetype picks[4] = {first, low, high, last};
        std::sort(std::begin(picks), std::end(picks));
        for (qsizetype k = 0; k < 4; ++k)
            if (k == 0 || picks[k] != picks[k - 1])
                out.append(points.at(picks[k]));
    }
    return out;
}
