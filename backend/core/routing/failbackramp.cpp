#include "backend/core/routing/failbackramp.h"

#include <algorithm>
#include <limits>

FailbackRamp::FailbackRamp(Settings settings)
    : m_settings(std::move(settings))
{
    if (m_settings.shares.isEmpty() || m_settings.shares.constLast() < 1.0)
        m_settings.shares.append(1.0);
}

void FailbackRamp::observe(const QString &pod, bool down, bool serving, qint64 nowMs)
{
    if (down) {
        m_down.insert(pod);
        m_recovering.remove(pod);
    } else if (serving && m_down.remove(pod)) {
        m_recovering.insert(pod, {nowMs, 0, nowMs});
    }
}

qint64 FailbackRamp::dueAtMs(const Recovery &recovery) const
{
    const qint64 stepMs = std::max<qint64>(1, m_settings.failbackMs / m_settings.shares.size());
    return recovery.step == 0 ? recovery.recoveredAtMs + m_settings.holdDownMs
                              : recovery.stepAtMs + stepMs;
}

double FailbackRamp::share(const QString &pod, qint64 nowMs)
{
    const auto it = m_recovering.find(pod);
    if (it == m_recovering.end())
        return 1.0;
    if (it->step < m_settings.shares.size() && nowMs >= dueAtMs(*it)) {
        ++it->step;
        it->stepAtMs = nowMs;
    }
    const double share = it->step == 0 ? 0.0 : m_settings.shares.at(it->step - 1);
    if (share >= 1.0)
        m_recovering.erase(it);
    return share;
}

std::optional<qint64> FailbackRamp::nextStepAtMs(qint64 nowMs) const
{
    if (m_recovering.isEmpty())
        return std::nullopt;
    qint64 next = std::numeric_limits<qint64>::max();
    for (const auto &recovery : m_recovering)
        next = std::min(next, std::max(nowMs, dueAtMs(recovery)));
    return next;
}
