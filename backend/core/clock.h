#pragma once

#include <QElapsedTimer>
#include <QtGlobal>

/**
 * Monotonic time in milliseconds for hold-downs, ramps, dwell periods and schedules. Services
 * take one by reference so tests drive time by hand (ManualClock) instead of sleeping; the
 * daemon uses SteadyClock. Wall-clock deadlines (expiry of overrides, tokens, consents) are
 * compared with the wall clock instead.
 */
class Clock
{
public:
    virtual ~Clock() = default;
    /** Milliseconds since an arbitrary, fixed origin; never decreases. */
    virtual qint64 nowMs() const = 0;
};

/** The machine's monotonic clock, from its construction. */
class SteadyClock final : public Clock
{
public:
    SteadyClock() { m_timer.start(); }
    qint64 nowMs() const override { return m_timer.elapsed(); }

private:
    QElapsedTimer m_timer;
};

/** A clock that moves only when told: for tests. */
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMs = 0)
        : m_now(startMs)
    { }
    qint64 nowMs() const override { return m_now; }
    void advance(qint64 ms) { m_now += ms; }
    void set(qint64 ms) { m_now = ms; }

private:
    qint64 m_now;
};
