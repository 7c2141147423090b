#pragma once

#include "backend/core/eventtype.h"

#include <QJsonObject>
#include <QString>

// The stream's control messages (seq 0, never stored) and the envelope for a type this build
// does not know.

/** hello: {latest_seq} — the first message on every connection. */
struct HelloEvent
{
    static constexpr EventType kType = EventType::Hello;
    qint64 latestSeq = 0;

    QJsonObject toJson() const;
    static HelloEvent fromJson(const QJsonObject &json);
    bool operator==(const HelloEvent &) const = default;
};

/**
 * stream.reset: {reason, resume_since, reload} — the daemon ends this stream. Reconnect with
 * `?since=resume_since`; when reload is true the events after it are gone, so reload state with
 * GET first (the replay asked for is no longer buffered). reload is false when the client only
 * fell behind and everything after resume_since can still be replayed.
 */
struct StreamResetEvent
{
    static constexpr EventType kType = EventType::StreamReset;
    QString reason;
    qint64 resumeSince = 0;
    bool reload = true;

    QJsonObject toJson() const;
    static StreamResetEvent fromJson(const QJsonObject &json);
    bool operator==(const StreamResetEvent &) const = default;
};

/** A type this build does not know (a newer daemon's): kept as it came, shown, never applied. */
struct UnknownEvent
{
    static constexpr EventType kType = EventType::Unknown;
    QString type;
    QJsonObject data;

    QJsonObject toJson() const { return data; }
    bool operator==(const UnknownEvent &) const = default;
};
