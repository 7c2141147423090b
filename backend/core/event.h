#pragma once

#include "backend/core/eventtype.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

/**
 * One message on the /events stream. `seq` increases by one per event, across daemon
 * restarts. `type` is the wire name; kind() the EventType it names (eventtype.h lists them).
 */
struct Event
{
    qint64 seq = 0;
    QString type;
    QDateTime time;
    QJsonObject data;

    /** The type, or EventType::Unknown for a name this build does not know. */
    EventType kind() const { return eventTypeFromName(type); }

    QJsonObject toJson() const;
    /** Parses a stream message; throws ValidationError naming the bad field. */
    static Event fromJson(const QJsonObject &json);
    bool operator==(const Event &) const = default;
};
