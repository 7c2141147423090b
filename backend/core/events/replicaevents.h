#pragma once

#include "backend/core/eventtype.h"
#include "backend/core/healthstate.h"
#include "backend/core/pod.h"

#include <QJsonObject>
#include <QString>

// The replica.* event payloads: "pod" is the pod's id, "region" its region. Strict fromJson.

/** replica.started: {pod, region, replica} — replica: the replica object, as in a pod. */
struct ReplicaStartedEvent
{
    static constexpr EventType kType = EventType::ReplicaStarted;
    QString pod;
    QString region;
    Replica replica;

    QJsonObject toJson() const;
    static ReplicaStartedEvent fromJson(const QJsonObject &json);
    bool operator==(const ReplicaStartedEvent &) const = default;
};

/** replica.stopped: {pod, region, replica}. */
struct ReplicaStoppedEvent
{
    static constexpr EventType kType = EventType::ReplicaStopped;
    QString pod;
    QString region;
    Replica replica;

    QJsonObject toJson() const;
    static ReplicaStoppedEvent fromJson(const QJsonObject &json);
    bool operator==(const ReplicaStoppedEvent &) const = default;
};

/** replica.health: {pod, region, index, health, previous}. */
struct ReplicaHealthEvent
{
    static constexpr EventType kType = EventType::ReplicaHealth;
    QString pod;
    QString region;
    int index = 0;
    HealthState health = HealthState::Unknown;
    HealthState previous = HealthState::Unknown;

    QJsonObject toJson() const;
    static ReplicaHealthEvent fromJson(const QJsonObject &json);
    bool operator==(const ReplicaHealthEvent &) const = default;
};
