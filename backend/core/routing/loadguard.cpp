#include "backend/core/routing/loadguard.h"

#include <algorithm>
#include <cmath>

LoadGuard::LoadGuard(LoadGuardSettings settings)
    : m_settings(settings)
{ }

bool LoadGuard::update(qint64 nowMs, double rps, double capacityRps, double errorRate)
{
    const bool wasOverloaded = m_overloaded;
    const bool wasEjected = ejected();
    if (m_settings.smoothingMs <= 0 || m_lastUpdateMs < 0) {
        m_averageRps = rps;
    } else {
        const double dt = double(std::max<qint64>(0, nowMs - m_lastUpdateMs));
        const double alpha = 1.0 - std::exp(-dt / m_settings.smoothingMs);
        m_averageRps += alpha * (rps - m_averageRps);
    }
    m_lastUpdateMs = nowMs;
    const double load = m_averageRps;

    if (capacityRps <= 0) {
        // No healthy replica: health takes it out; load says nothing.
        m_overloaded = false;
        m_hotRounds = 0;
    } else if (!m_overloaded) {
        m_hotRounds = load >= m_settings.overloadEnter * capacityRps ? m_hotRounds + 1 : 0;
        if (m_hotRounds >= 2) {
            m_overloaded = true;
            m_overloadedSinceMs = nowMs;
        }
    } else if (load < m_settings.overloadLeave * capacityRps
        && nowMs - m_overloadedSinceMs >= m_settings.overloadHoldMs) {
        m_overloaded = false;
        m_hotRounds = 0;
    }

    if (ejected()) {
        if (nowMs >= m_ejectedUntilMs) {
            m_ejectedUntilMs = 0;
            m_lastEjectionEndMs = nowMs;
        }
    } else {
        if (m_ejections > 0 && nowMs - m_lastEjectionEndMs >= m_settings.maxEjectionMs)
            m_ejections = 0; // clean long enough: forgiven
        if (rps >= m_settings.outlierMinRps && errorRate >= m_settings.outlierErrorRate) {
            ++m_ejections;
            const qint64 length = std::min<qint64>(
                qint64(m_settings.ejectionMs) * m_ejections, m_settings.maxEjectionMs);
            m_ejectedUntilMs = std::max<qint64>(1, nowMs + length);
        }
    }
    return wasOverloaded != m_overloaded || wasEjected != ejected();
}
