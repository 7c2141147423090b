#pragma once

#include "backend/core/eventtype.h"
#include "backend/core/healthstate.h"
#include "backend/core/pod.h"

#include <QJsonObject>
#include <QString>

// The pod.* event payloads. In every one, "pod" is the pod's id and "region" its region; a
// whole pod (as GET /pods/{region}/{pod} returns it) travels as "snapshot". Each fromJson
// parses strictly (unknown keys refused) and throws ValidationError naming the field.

/** pod.created: {pod, region, snapshot}. */
struct PodCreatedEvent
{
    static constexpr EventType kType = EventType::PodCreated;
    Pod snapshot;

    QJsonObject toJson() const;
    static PodCreatedEvent fromJson(const QJsonObject &json);
    bool operator==(const PodCreatedEvent &) const = default;
};

/** pod.scaled: {pod, region, snapshot, previous} — previous: the desired replicas before. */
struct PodScaledEvent
{
    static constexpr EventType kType = EventType::PodScaled;
    Pod snapshot;
    int previous = 0;

    QJsonObject toJson() const;
    static PodScaledEvent fromJson(const QJsonObject &json);
    bool operator==(const PodScaledEvent &) const = default;
};

/** pod.draining: {pod, region, snapshot} — the pod's deletion began; it drains, then goes. */
struct PodDrainingEvent
{
    static constexpr EventType kType = EventType::PodDraining;
    Pod snapshot;

    QJsonObject toJson() const;
    static PodDrainingEvent fromJson(const QJsonObject &json);
    bool operator==(const PodDrainingEvent &) const = default;
};

/** pod.drain: {pod, region, snapshot, draining} — a maintenance drain began (true) or ended. */
struct PodDrainEvent
{
    static constexpr EventType kType = EventType::PodDrain;
    Pod snapshot;
    bool draining = false;

    QJsonObject toJson() const;
    static PodDrainEvent fromJson(const QJsonObject &json);
    bool operator==(const PodDrainEvent &) const = default;
};

/** pod.deleted: {pod, region}. */
struct PodDeletedEvent
{
    static constexpr EventType kType = EventType::PodDeleted;
    QString pod;
    QString region;

    QJsonObject toJson() const;
    static PodDeletedEvent fromJson(const QJsonObject &json);
    bool operator==(const PodDeletedEvent &) const = default;
};

/** pod.health: {pod, region, health, previous} — the pod's derived health changed. */
struct PodHealthEvent
{
    static constexpr EventType kType = EventType::PodHealth;
    QString pod;
    QString region;
    HealthState health = HealthState::Unknown;
    HealthState previous = HealthState::Unknown;

    QJsonObject toJson() const;
    static PodHealthEvent fromJson(const QJsonObject &json);
    bool operator==(const PodHealthEvent &) const = default;
};
