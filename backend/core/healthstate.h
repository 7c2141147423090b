#pragma once

#include <QList>
#include <QString>

#include <optional>

/** Health of a replica or pod. Degraded only applies to pods with some unhealthy replicas. */
enum class HealthState { Unknown, Healthy, Degraded, Unhealthy };

QString healthStateName(HealthState state);
std::optional<HealthState> healthStateFromName(const QString &name);
/** Pod health from its replicas: all healthy → Healthy, none → Unhealthy, mixed → Degraded;
 *  no replica known yet → Unknown. */
HealthState derivePodHealth(const QList<HealthState> &replicas);
