#include "backend/core/healthtracker.h"

#include <algorithm>

HealthTracker::HealthTracker(int failThreshold, int passThreshold)
    : m_failThreshold(std::max(1, failThreshold))
    , m_passThreshold(std::max(1, passThreshold))
{ }

bool HealthTracker::record(bool success)
{
    const auto before = m_state;
    if (success) {
        m_failures = 0;
        ++m_successes;
        if (m_successes >= m_passThreshold)
            m_state = HealthState::Healthy;
    } else {
        m_successes = 0;
        ++m_failures;
        if (m_failures >= m_failThreshold)
            m_state = HealthState::Unhealthy;
    }
    return before != m_state;
}

bool HealthTracker::markDown()
{
    const auto before = m_state;
    m_successes = 0;
    m_failures = std::max(m_failures, m_failThreshold);
    m_state = HealthState::Unhealthy;
    return before != m_state;
}
