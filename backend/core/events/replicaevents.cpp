#include "backend/core/events/replicaevents.h"

#include "backend/core/events/eventfields.h"

#include <limits>

namespace {

const QString kPod = QStringLiteral("pod");
const QString kRegion = QStringLiteral("region");
const QString kReplica = QStringLiteral("replica");

template <typename E> QJsonObject replicaJson(const E &event)
{
    return {{kPod, event.pod}, {kRegion, event.region}, {kReplica, event.replica.toJson()}};
}

template <typename E> E readReplicaEvent(const QJsonObject &json)
{
    JsonReader r(json);
    r.rejectUnknown({kPod, kRegion, kReplica});
    E event;
    event.pod = r.requiredString(kPod);
    event.region = r.requiredString(kRegion);
    event.replica = eventfields::nested(r, kReplica, &Replica::fromJson);
    return event;
}

} // namespace

QJsonObject ReplicaStartedEvent::toJson() const
{
    return replicaJson(*this);
}

ReplicaStartedEvent ReplicaStartedEvent::fromJson(const QJsonObject &json)
{
    return readReplicaEvent<ReplicaStartedEvent>(json);
}

QJsonObject ReplicaStoppedEvent::toJson() const
{
    return replicaJson(*this);
}

ReplicaStoppedEvent ReplicaStoppedEvent::fromJson(const QJsonObject &json)
{
    return readReplicaEvent<ReplicaStoppedEvent>(json);
}

QJsonObject ReplicaHealthEvent::toJson() const
{
    return {{kPod, pod}, {kRegion, region}, {QStringLiteral("index"), index},
        {QStringLiteral("health"), healthStateName(health)},
        {QStringLiteral("previous"), healthStateName(previous)}};
}

ReplicaHealthEvent ReplicaHealthEvent::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    r.rejectUnknown({kPod, kRegion, QStringLiteral("index"), QStringLiteral("health"),
        QStringLiteral("previous")});
    ReplicaHealthEvent event;
    event.pod = r.requiredString(kPod);
    event.region = r.requiredString(kRegion);
    event.index = int(r.requiredIntIn(QStringLiteral("index"), 0, std::numeric_limits<int>::max()));
    event.health = eventfields::health(r, QStringLiteral("health"));
    event.previous = eventfields::health(r, QStringLiteral("previous"));
    return event;
}
