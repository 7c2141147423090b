#include "ui/capacity/valueaxisfit.h"

#include <QValueAxis>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace {

constexpr char kPeak[] = "rpFittedPeak";
constexpr char kRoom[] = "rpTickRoom";

/** The smallest nice whole step at least @p wanted: 1, 2, 5, 10, 20, 25, 50, 100, … */
double niceStep(double wanted)
{
    for (double magnitude = 1;; magnitude *= 10) {
        for (const double factor : {1.0, 2.0, 2.5, 5.0}) {
            const double step = factor * magnitude;
            if (step == std::floor(step) && step >= wanted)
                return step;
        }
    }
}

} // namespace

void fitValueAxis(QValueAxis *axis, double peak)
{
    axis->setProperty(kPeak, peak);
    if (!axis->property(kRoom).isValid())
        axis->setProperty(kRoom, axis->tickCount());
    const int room = std::max(2, axis->property(kRoom).toInt());
    const double top = std::max(peak, 1.0);
    int bestTicks = room;
    double bestTop = niceStep(top / (room - 1)) * (room - 1);
    for (int ticks = room - 1; ticks >= 2; --ticks) {
        const double candidate = niceStep(top / (ticks - 1)) * (ticks - 1);
        if (candidate < bestTop) { // ties keep the tick count with more labels
            bestTop = candidate;
            bestTicks = ticks;
        }
    }
    axis->setTickCount(bestTicks);
    axis->setRange(0, bestTop);
}

void setValueAxisTickRoom(QValueAxis *axis, int maxTicks)
{
    axis->setProperty(kRoom, maxTicks);
    const QVariant peak = axis->property(kPeak);
    if (peak.isValid())
        fitValueAxis(axis, peak.toDouble());
    else
        axis->setTickCount(maxTicks);
}
