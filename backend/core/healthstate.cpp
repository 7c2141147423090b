#include "backend/core/healthstate.h"

QString healthStateName(HealthState state)
{
    switch (state) {
    case HealthState::Unknown:
        return QStringLiteral("unknown");
    case HealthState::Healthy:
        return QStringLiteral("healthy");
    case HealthState::Degraded:
        return QStringLiteral("degraded");
    case HealthState::Unhealthy:
        return QStringLiteral("unhealthy");
    }
    return {};
}

std::optional<HealthState> healthStateFromName(const QString &name)
{
    for (auto s : {HealthState::Unknown, HealthState::Healthy, HealthState::Degraded,
             HealthState::Unhealthy}) {
        if (healthStateName(s) == name)
            return s;
    }
    return std::nullopt;
}

HealthState derivePodHealth(const QList<HealthState> &replicas)
{
    int healthy = 0;
    int unhealthy = 0;
    for (auto s : replicas) {
        if (s == HealthState::Healthy)
            ++healthy;
        else if (s == HealthState::Unhealthy)
            ++unhealthy;
    }
    // Replicas not yet probed don't count against the pod; a pod with none probed is Unknown.
    if (healthy == 0 && unhealthy == 0)
        return HealthState::Unknown;
    if (unhealthy == 0)
        return HealthState::Healthy;
    if (healthy == 0)
        return HealthState::Unhealthy;
    return HealthState::Degraded;
}
