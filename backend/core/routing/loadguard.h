#pragma once

#include <QtGlobal>

/** Tunables of LoadGuard (config `routing.*`). */
struct LoadGuardSettings
{
    double overloadEnter = 0.95; // a pod is full at this share of its capacity …
    double overloadLeave = 0.80; // … and takes traffic again below this share,
    int overloadHoldMs = 30000; // but not before it has been full this long
    int smoothingMs = 15000; // time constant of the load average judged (0: each round as is)
    double outlierErrorRate = 0.5; // 5xx share that ejects a pod as an outlier …
    double outlierMinRps = 1.0; // … when it answers at least this much
    int ejectionMs = 30000; // first ejection; each further one lasts one more of these
    int maxEjectionMs = 300000;
};

/**
 * What one pod's measured load says about taking more traffic, from one scrape round at a time,
 * with the hysteresis that keeps routing from chasing its own traffic:
 *
 * - overloaded: the load average (an exponential moving average of the measured req/s with
 *   time constant smoothingMs, so a burst between two quick scrapes is not a full pod)
 *   reached overloadEnter × capacity in two rounds in a row; it clears only once below
 *   overloadLeave × capacity and after overloadHoldMs. (Shedding a full pod's traffic lowers
 *   its load at once; without the hold it would flap.)
 * - ejected (outlier detection, Envoy's model): a pod answering outlierErrorRate or more
 *   errors at outlierMinRps or more is ejected for ejectionMs × the number of its recent
 *   ejections (capped at maxEjectionMs), then readmitted; a pod clean for maxEjectionMs
 *   starts again from one.
 *
 * Either only takes a pod out while another allowed pod can serve (RoutePlanner).
 */
class LoadGuard
{
public:
    explicit LoadGuard(LoadGuardSettings settings = {});

    /** One round's figures at @p nowMs (any monotonic clock); true when overloaded() or
     *  ejected() changed. */
    bool update(qint64 nowMs, double rps, double capacityRps, double errorRate);

    bool overloaded() const { return m_overloaded; }
    /** The load average judged (req/s). */
    double averageRps() const { return m_averageRps; }
    bool ejected() const { return m_ejectedUntilMs > 0; }
    int ejections() const { return m_ejections; }
    qint64 ejectedUntilMs() const { return m_ejectedUntilMs; }

private:
    LoadGuardSettings m_settings;
    bool m_overloaded = false;
    int m_hotRounds = 0;
    double m_averageRps = 0;
    qint64 m_lastUpdateMs = -1;
    qint64 m_overloadedSinceMs = 0;
    qint64 m_ejectedUntilMs = 0; // 0: admitted
    int m_ejections = 0;
    qint64 m_lastEjectionEndMs = 0;
};
