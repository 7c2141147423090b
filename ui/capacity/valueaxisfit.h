#pragma once

class QValueAxis;

/**
 * Sets @p axis to 0 … the lowest nice top at or above @p peak: the step between ticks is 1, 2,
 * 2.5 (from 25 up) or 5 × 10^k and at least 1, so whole-number labels ("%.0f") are all
 * different (0–2 req/s over six ticks read "0 0 1 1 2 2" before), and the tick count is the one
 * of 2 … the room given by setValueAxisTickRoom() (default: the axis's tick count when first
 * fitted) that wastes the least. Remembers @p peak for setValueAxisTickRoom().
 */
void fitValueAxis(QValueAxis *axis, double peak);
/** At most @p maxTicks ticks fit on @p axis (its size changed): refits it to its last peak. */
void setValueAxisTickRoom(QValueAxis *axis, int maxTicks);
