#include "backend/core/events/replicaevents.h"

#include "backend/core/events/eventfields.h"

#include <limits>

namespace {

const QString kReplicaPodKey = QStringLiteral("pod");
const QString kReplicaRegionKey = QStringLiteral("region");
const QString kReplicaKey = QStringLiteral("replica");

template <typename E> QJsonObject replicaJson(const E &event)
{
    return {{kReplicaPodKey, event.pod}, {kReplicaRegionKey, event.region},
        {kReplicaKey, event.replica.toJson()}};
}

template <typename E> E readReplicaEvent(const QJsonObject &json)
{
    JsonReader r(json);
    r.rejectUnknown({kReplicaPodKey, kReplicaRegionKey, kReplicaKey});
    E event;
    event.pod = r.requiredString(kReplicaPodKey);
    event.region = r.requiredString(kReplicaRegionKey);
    event.replica = eventfields::nested(r, kReplicaKey, &Replica::fromJson);
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
    return {{kReplicaPodKey, pod}, {kReplicaRegionKey, region}, {QStringLiteral("index"), index},
        {QStringLiteral("health"), healthStateName(health)},
        {QStringLiteral("previous"), healthStateName(previous)}};
}

ReplicaHealthEvent ReplicaHealthEvent::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    r.rejectUnknown({kReplicaPodKey, kReplicaRegionKey, QStringLiteral("index"),
        QStringLiteral("health"), QStringLiteral("previous")});
    ReplicaHealthEvent event;
    event.pod = r.requiredString(kReplicaPodKey);
    event.region = r.requiredString(kReplicaRegionKey);
    event.index = int(r.requiredIntIn(QStringLiteral("index"), 0, std::numeric_limits<int>::max()));
    event.health = eventfields::health(r, QStringLiteral("health"));
    event.previous = eventfields::health(r, QStringLiteral("previous"));
    return event;
}
