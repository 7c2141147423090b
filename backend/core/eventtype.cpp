#include "backend/core/eventtype.h"

#include "backend/core/enumnames.h"
#include <array>
#include <utility>

namespace {

constexpr EnumNames<EventType, 17> kEventTypeNames{{
    {EventType::Hello, u"hello"},
    {EventType::StreamReset, u"stream.reset"},
    {EventType::PodCreated, u"pod.created"},
    {EventType::PodScaled, u"pod.scaled"},
    {EventType::PodDraining, u"pod.draining"},
    {EventType::PodDrain, u"pod.drain"},
    {EventType::PodDeleted, u"pod.deleted"},
    {EventType::PodHealth, u"pod.health"},
    {EventType::ReplicaStarted, u"replica.started"},
    {EventType::ReplicaStopped, u"replica.stopped"},
    {EventType::ReplicaHealth, u"replica.health"},
    {EventType::MigrationProgress, u"migration.progress"},
    {EventType::RoutingChanged, u"routing.changed"},
    {EventType::RoutingFailClosed, u"routing.fail_closed"},
    {EventType::RoutingRestored, u"routing.restored"},
    {EventType::DrillProgress, u"drill.progress"},
    {EventType::ReplicationLag, u"replication.lag"},
}};

} // namespace

QString eventTypeName(EventType type)
{
    return enumName(kEventTypeNames, type);
}

EventType eventTypeFromName(QStringView name)
{
    return enumFromName(kEventTypeNames, name).value_or(EventType::Unknown);
}

QList<EventType> knownEventTypes()
{
    QList<EventType> types;
    for (const auto &entry : kEventTypeNames)
        types.append(entry.first);
    return types;
}
