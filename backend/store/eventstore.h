#pragma once

#include "backend/core/event.h"

#include <QList>

class Database;

/** The persisted, bounded tail of the event stream. Every method throws StoreError. */
class EventStore
{
public:
    explicit EventStore(Database &db);

    void append(const Event &event);
    /** Highest stored seq, 0 when none. */
    qint64 latestSeq();
    /** The newest @p limit events in ascending seq order; an event this build cannot read ends
     *  the list at its older end (replay before it is refused with stream.reset). */
    QList<Event> tail(int limit);
    /** Drops events so that at most @p keep remain. */
    void prune(int keep);

private:
    Database &m_db;
};
