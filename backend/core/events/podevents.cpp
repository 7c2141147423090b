#include "backend/core/events/podevents.h"

#include "backend/core/events/eventfields.h"

namespace {

const QString kPod = QStringLiteral("pod");
const QString kRegion = QStringLiteral("region");
const QString kSnapshot = QStringLiteral("snapshot");

QJsonObject withSnapshot(const Pod &pod)
{
    return {{kPod, pod.id}, {kRegion, pod.region}, {kSnapshot, pod.toJson()}};
}

Pod readSnapshot(const JsonReader &r)
{
    Pod pod = eventfields::nested(r, kSnapshot, &Pod::fromJson);
    eventfields::agrees(r, kPod, pod.id);
    eventfields::agrees(r, kRegion, pod.region);
    return pod;
}

} // namespace

QJsonObject PodCreatedEvent::toJson() const
{
    return withSnapshot(snapshot);
}

PodCreatedEvent PodCreatedEvent::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    r.rejectUnknown({kPod, kRegion, kSnapshot});
    return {readSnapshot(r)};
}

QJsonObject PodScaledEvent::toJson() const
{
    auto json = withSnapshot(snapshot);
    json.insert(QStringLiteral("previous"), previous);
    return json;
}

PodScaledEvent PodScaledEvent::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    r.rejectUnknown({kPod, kRegion, kSnapshot, QStringLiteral("previous")});
    PodScaledEvent event;
    event.snapshot = readSnapshot(r);
    event.previous = int(r.requiredIntIn(QStringLiteral("previous"), 0, 1 << 20));
    return event;
}

QJsonObject PodDrainingEvent::toJson() const
{
    return withSnapshot(snapshot);
}

PodDrainingEvent PodDrainingEvent::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    r.rejectUnknown({kPod, kRegion, kSnapshot});
    return {readSnapshot(r)};
}

QJsonObject PodDrainEvent::toJson() const
{
    auto json = withSnapshot(snapshot);
    json.insert(QStringLiteral("draining"), draining);
    return json;
}

PodDrainEvent PodDrainEvent::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    r.rejectUnknown({kPod, kRegion, kSnapshot, QStringLiteral("draining")});
    PodDrainEvent event;
    event.snapshot = readSnapshot(r);
    const auto draining = r.optionalBool(QStringLiteral("draining"));
    if (!draining)
        throw ValidationError(
            r.fieldName(QStringLiteral("draining")), QStringLiteral("is required"));
    event.draining = *draining;
    return event;
}

QJsonObject PodDeletedEvent::toJson() const
{
    return {{kPod, pod}, {kRegion, region}};
}

PodDeletedEvent PodDeletedEvent::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    r.rejectUnknown({kPod, kRegion});
    return {r.requiredString(kPod), r.requiredString(kRegion)};
}

QJsonObject PodHealthEvent::toJson() const
{
    return {{kPod, pod}, {kRegion, region}, {QStringLiteral("health"), healthStateName(health)},
        {QStringLiteral("previous"), healthStateName(previous)}};
}

PodHealthEvent PodHealthEvent::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    r.rejectUnknown({kPod, kRegion, QStringLiteral("health"), QStringLiteral("previous")});
    return {r.requiredString(kPod), r.requiredString(kRegion),
        eventfields::health(r, QStringLiteral("health")),
        eventfields::health(r, QStringLiteral("previous"))};
}
