#pragma once

#include <QDateTime>

/**
 * The share of a district's peak load at a local time: a school day on weekdays, an evening
 * and weekend floor at any other hour (so the demo's charts move whenever it runs).
 *
 * Weekdays: the floor until 06:00; ramps to 1.0 by 08:00; 1.0 until 15:00 with a dip to 0.7
 * over lunch (11:30–12:30); ramps down to 0.4 by 17:00 (homework) until 21:00; then the floor.
 * Saturdays and Sundays: the floor, with homework (0.4) from 17:00 to 21:00 on Sundays.
 * Never below @p floor (0..1).
 */
double schoolDayLoad(const QDateTime &local, double floor);
