#include "backend/core/eventtype.h"

#include <array>
#include <utility>

namespace {

constexpr std::array<std::pair<EventType, const char16_t *>, 16> kEventTypeNames{{
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
}};

} // namespace

QString eventTypeName(EventType type)
{
    for (const auto &[known, name] : kEventTypeNames) {
        if (known == type)
            return QString::fromUtf16(name);
    }
    return {};
}

EventType eventTypeFromName(QStringView name)
{
    for (const auto &[known, text] : kEventTypeNames) {
        if (name == QStringView(text))
            return known;
    }
    return EventType::Unknown;
}

QList<EventType> knownEventTypes()
{
    QList<EventType> types;
    for (const auto &entry : kEventTypeNames)
        types.append(entry.first);
    return types;
}
