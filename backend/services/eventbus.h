#pragma once

#include "backend/core/event.h"

#include <QList>
#include <QObject>

#include <deque>
#include <optional>

class EventStore;

/**
 * Numbers, persists and fans out events. Keeps the newest `capacity` events in memory so that
 * a reconnecting client can replay what it missed; older ones can no longer be replayed.
 */
class EventBus : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventBus)

public:
    EventBus(EventStore &store, int capacity, QObject *parent = nullptr);

    /** Assigns the next seq, stores the event and emits published(); returns it. A store
     *  failure is logged: the event still reaches live clients, only replay after a restart
     *  loses it. */
    Event publish(EventPayload payload);
    qint64 latestSeq() const { return m_latestSeq; }
    /** Oldest seq still replayable (latest + 1 when the buffer is empty). */
    qint64 oldestSeq() const;
    /** Events after @p seq, or nullopt when some of them were already dropped. */
    std::optional<QList<Event>> since(qint64 seq) const;

Q_SIGNALS:
    void published(const Event &event);

private:
    EventStore &m_store;
    int m_capacity;
    qint64 m_latestSeq = 0;
    std::deque<Event> m_buffer;
};
