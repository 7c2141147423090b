#pragma once

#include "backend/core/healthstate.h"

/**
 * Probe-result state machine for one replica: Unknown until the first verdict, Unhealthy after
 * `failThreshold` consecutive failures, Healthy after `passThreshold` consecutive successes.
 * A single result never flips a settled state (the anti-flap hold-down).
 */
class HealthTracker
{
public:
    explicit HealthTracker(int failThreshold = 3, int passThreshold = 2);

    /** Records one probe; returns true when the state changed. */
    bool record(bool success);
    HealthState state() const { return m_state; }
    /** Passive detection (live requests stalled): Unhealthy at once, as after failThreshold
     *  failed probes; recovery still takes passThreshold good probes. True when it changed. */
    bool markDown();
    /** True while results contradict the state but have not reached its threshold yet (the
     *  monitor then re-probes at the fast interval, like HAProxy's fastinter). */
    bool settling() const
    {
        return (m_failures > 0 && m_state != HealthState::Unhealthy)
            || (m_successes > 0 && m_state != HealthState::Healthy);
    }

private:
    int m_failThreshold;
    int m_passThreshold;
    int m_failures = 0;
    int m_successes = 0;
    HealthState m_state = HealthState::Unknown;
};
