#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

/**
 * One message on the /events stream. `seq` increases by one per event, across daemon
 * restarts. Types: pod.created, pod.scaled, pod.deleted, pod.health, replica.started,
 * replica.stopped, replica.health, stream.reset (replay impossible), …
 */
struct Event
{
    qint64 seq = 0;
    QString type;
    QDateTime time;
    QJsonObject data;

    QJsonObject toJson() const;
    /** Parses a stream message; throws ValidationError naming the bad field. */
    static Event fromJson(const QJsonObject &json);
    bool operator==(const Event &) const = default;
};
