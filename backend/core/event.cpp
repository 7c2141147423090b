#include "backend/core/event.h"

#include "backend/core/jsonreader.h"
#include "backend/core/overloaded.h"
#include "backend/core/validationerror.h"

namespace {

template <typename T> EventPayload decode(const QJsonObject &data)
{
    return T::fromJson(data);
}

using Decoder = EventPayload (*)(const QJsonObject &);

// One decoder per known type, found by the type's wire name.
Decoder decoderFor(EventType type)
{
    switch (type) {
    case EventType::Unknown:
        return nullptr;
    case EventType::Hello:
        return &decode<HelloEvent>;
    case EventType::StreamReset:
        return &decode<StreamResetEvent>;
    case EventType::PodCreated:
        return &decode<PodCreatedEvent>;
    case EventType::PodScaled:
        return &decode<PodScaledEvent>;
    case EventType::PodDraining:
        return &decode<PodDrainingEvent>;
    case EventType::PodDrain:
        return &decode<PodDrainEvent>;
    case EventType::PodDeleted:
        return &decode<PodDeletedEvent>;
    case EventType::PodHealth:
        return &decode<PodHealthEvent>;
    case EventType::ReplicaStarted:
        return &decode<ReplicaStartedEvent>;
    case EventType::ReplicaStopped:
        return &decode<ReplicaStoppedEvent>;
    case EventType::ReplicaHealth:
        return &decode<ReplicaHealthEvent>;
    case EventType::MigrationProgress:
        return &decode<MigrationProgressEvent>;
    case EventType::RoutingChanged:
        return &decode<RoutingChangedEvent>;
    case EventType::RoutingFailClosed:
        return &decode<RoutingFailClosedEvent>;
    case EventType::RoutingRestored:
        return &decode<RoutingRestoredEvent>;
    case EventType::DrillProgress:
        return &decode<DrillProgressEvent>;
    case EventType::ReplicationLag:
        return &decode<ReplicationLagEvent>;
    }
    return nullptr;
}

} // namespace

EventType Event::kind() const
{
    return std::visit([](const auto &p) { return std::decay_t<decltype(p)>::kType; }, payload);
}

QString Event::typeName() const
{
    if (const auto *unknown = std::get_if<UnknownEvent>(&payload))
        return unknown->type;
    return eventTypeName(kind());
}

QJsonObject Event::data() const
{
    return std::visit([](const auto &p) { return p.toJson(); }, payload);
}

QString Event::district() const
{
    // Every type says whether it is about a district: auditors see only their districts' events.
    return std::visit(Overloaded{
                          [](const UnknownEvent &e) {
                              return e.data.value(QStringLiteral("district")).toString();
                          },
                          [](const HelloEvent &) { return QString(); },
                          [](const StreamResetEvent &) { return QString(); },
                          [](const PodCreatedEvent &) { return QString(); },
                          [](const PodScaledEvent &) { return QString(); },
                          [](const PodDrainingEvent &) { return QString(); },
                          [](const PodDrainEvent &) { return QString(); },
                          [](const PodDeletedEvent &) { return QString(); },
                          [](const PodHealthEvent &) { return QString(); },
                          [](const ReplicaStartedEvent &) { return QString(); },
                          [](const ReplicaStoppedEvent &) { return QString(); },
                          [](const ReplicaHealthEvent &) { return QString(); },
                          [](const MigrationProgressEvent &e) { return e.district; },
                          [](const RoutingChangedEvent &e) { return e.district; },
                          [](const RoutingFailClosedEvent &e) { return e.district; },
                          [](const RoutingRestoredEvent &e) { return e.district; },
                          [](const DrillProgressEvent &e) { return e.district; },
                          [](const ReplicationLagEvent &e) { return e.district; },
                      },
        payload);
}

QString Event::pod() const
{
    return std::visit(Overloaded{
                          [](const UnknownEvent &e) {
                              const auto pod = e.data.value(QStringLiteral("pod"));
                              return pod.isString() ? pod.toString() : QString();
                          },
                          [](const HelloEvent &) { return QString(); },
                          [](const StreamResetEvent &) { return QString(); },
                          [](const PodCreatedEvent &e) { return e.snapshot.id; },
                          [](const PodScaledEvent &e) { return e.snapshot.id; },
                          [](const PodDrainingEvent &e) { return e.snapshot.id; },
                          [](const PodDrainEvent &e) { return e.snapshot.id; },
                          [](const PodDeletedEvent &e) { return e.pod; },
                          [](const PodHealthEvent &e) { return e.pod; },
                          [](const ReplicaStartedEvent &e) { return e.pod; },
                          [](const ReplicaStoppedEvent &e) { return e.pod; },
                          [](const ReplicaHealthEvent &e) { return e.pod; },
                          [](const MigrationProgressEvent &) { return QString(); },
                          [](const RoutingChangedEvent &) { return QString(); },
                          [](const RoutingFailClosedEvent &) { return QString(); },
                          [](const RoutingRestoredEvent &) { return QString(); },
                          [](const DrillProgressEvent &e) { return e.pod; },
                          [](const ReplicationLagEvent &) { return QString(); },
                      },
        payload);
}

QJsonObject Event::toJson() const
{
    return {{QStringLiteral("seq"), seq}, {QStringLiteral("type"), typeName()},
        {QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("data"), data()}};
}

EventPayload Event::payloadFromJson(const QString &type, const QJsonObject &data)
{
    const Decoder decoder = decoderFor(eventTypeFromName(type));
    if (!decoder)
        return UnknownEvent{type, data};
    try {
        return decoder(data);
    } catch (const ValidationError &e) {
        throw ValidationError(QStringLiteral("data.") + e.field(), e.reason());
    }
}

Event Event::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    r.rejectUnknown({QStringLiteral("seq"), QStringLiteral("type"), QStringLiteral("time"),
        QStringLiteral("data")});
    Event event;
    event.seq = r.requiredIntIn(QStringLiteral("seq"), 0, qint64(1) << 53);
    const QString type = r.requiredString(QStringLiteral("type"));
    event.time = r.requiredTime(QStringLiteral("time"), TimeOffset::AssumeUtc);
    const auto data = json.value(QStringLiteral("data"));
    if (!data.isObject())
        throw ValidationError(QStringLiteral("data"),
            data.isUndefined() ? QStringLiteral("is required")
                               : QStringLiteral("must be an object"));
    event.payload = payloadFromJson(type, data.toObject());
    return event;
}
