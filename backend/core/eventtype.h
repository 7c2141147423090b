#pragma once

#include <QList>
#include <QString>
#include <QStringView>

/**
 * Every type of message on the /events stream (docs/api.md, Events), one list both programs
 * use: each has one payload struct (backend/core/events/, event.h's EventPayload). The wire carries
 * the name ("pod.created"); a name this build does not know (a newer daemon) is Unknown and
 * still shown, never dropped.
 */
enum class EventType {
    Unknown,
    Hello, // first message on a connection: the daemon's current seq (HelloEvent)
    StreamReset, // the stream ends: resume from resume_since, reloading first when reload
    PodCreated,
    PodScaled,
    PodDraining,
    PodDrain, // drained for maintenance, or the drain ended: pod, draining
    PodDeleted,
    PodHealth,
    ReplicaStarted,
    ReplicaStopped,
    ReplicaHealth,
    MigrationProgress,
    RoutingChanged, // a district's pod or split changed: district, from, to, reason, table_version
    RoutingFailClosed, // a district has no compliant healthy pod (once per episode)
    RoutingRestored, // a fail-closed district has a compliant pod again
    DrillProgress, // one step of a failover drill: drill, scenario, state, kind, district, …
    ReplicationLag, // a district's DR copy fell behind its lag target, or caught up
};

/** The wire name ("pod.created"); "" for Unknown. */
QString eventTypeName(EventType type);
/** The type named @p name, or Unknown. */
EventType eventTypeFromName(QStringView name);
/** Every known type, in declaration order (without Unknown). */
QList<EventType> knownEventTypes();
