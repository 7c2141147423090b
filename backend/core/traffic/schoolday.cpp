#include "backend/core/traffic/schoolday.h"

#include <algorithm>

namespace {

double between(double hour, double from, double to, double a, double b)
{
    return a + (b - a) * (hour - from) / (to - from);
}

} // namespace

double schoolDayLoad(const QDateTime &local, double floor)
{
    floor = std::clamp(floor, 0.0, 1.0);
    const QTime t = local.time();
    const double hour = t.hour() + t.minute() / 60.0 + t.second() / 3600.0;
    const int weekday = local.date().dayOfWeek(); // 1 = Monday
    constexpr double kHomework = 0.4;
    double load = 0;
    if (weekday == Qt::Saturday || weekday == Qt::Sunday) {
        if (weekday == Qt::Sunday && hour >= 17 && hour < 21)
            load = kHomework;
    } else if (hour >= 6 && hour < 8) {
        load = between(hour, 6, 8, floor, 1.0);
    } else if (hour >= 8 && hour < 15) {
        if (hour >= 11.5 && hour < 12)
            load = between(hour, 11.5, 12, 1.0, 0.7);
        else if (hour >= 12 && hour < 12.5)
            load = between(hour, 12, 12.5, 0.7, 1.0);
        else
            load = 1.0;
    } else if (hour >= 15 && hour < 17) {
        load = between(hour, 15, 17, 1.0, kHomework);
    } else if (hour >= 17 && hour < 21) {
        load = kHomework;
    }
    return std::max(load, floor);
}
