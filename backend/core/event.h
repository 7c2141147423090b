#pragma once

#include "backend/core/events/drillevents.h"
#include "backend/core/events/migrationevents.h"
#include "backend/core/events/podevents.h"
#include "backend/core/events/replicaevents.h"
#include "backend/core/events/replicationevents.h"
#include "backend/core/events/routingevents.h"
#include "backend/core/events/streamevents.h"
#include "backend/core/eventtype.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <variant>

/**
 * What an event says: one typed payload per EventType (eventtype.h), or UnknownEvent for a
 * name this build does not know. Handle it with std::visit over an Overloaded (overloaded.h)
 * that has no catch-all, so a new type without a handler fails to compile.
 */
using EventPayload
    = std::variant<UnknownEvent, HelloEvent, StreamResetEvent, PodCreatedEvent, PodScaledEvent,
        PodDrainingEvent, PodDrainEvent, PodDeletedEvent, PodHealthEvent, ReplicaStartedEvent,
        ReplicaStoppedEvent, ReplicaHealthEvent, MigrationProgressEvent, RoutingChangedEvent,
        RoutingFailClosedEvent, RoutingRestoredEvent, DrillProgressEvent, ReplicationLagEvent>;

/**
 * One message on the /events stream: {seq, type, time, data}. `seq` increases by one per
 * event, across daemon restarts (0 for the control messages hello and stream.reset); `data`
 * is the payload's own JSON.
 */
struct Event
{
    qint64 seq = 0;
    QDateTime time;
    EventPayload payload;

    /** The payload's type (Unknown for an UnknownEvent). */
    EventType kind() const;
    /** The wire name: eventTypeName(kind()), or an unknown event's own name. */
    QString typeName() const;
    /** The payload as JSON (the message's "data"). */
    QJsonObject data() const;
    /** The district the event is about, or "" for a fleet event (pods, stream control). */
    QString district() const;
    /** The pod the event is about, or "" (a district's event, a routing change, the stream). */
    QString pod() const;

    QJsonObject toJson() const;
    /** Parses a stream message and its payload strictly; throws ValidationError naming the
     *  field ("data.snapshot.replicas"). A type this build does not know is an UnknownEvent. */
    static Event fromJson(const QJsonObject &json);
    /** The event of @p type with payload @p data (as stored); throws as fromJson(). */
    static EventPayload payloadFromJson(const QString &type, const QJsonObject &data);
    bool operator==(const Event &) const = default;
};
