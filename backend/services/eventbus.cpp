#include "backend/services/eventbus.h"

#include "backend/services/logging.h"
#include "backend/store/eventstore.h"
#include "backend/store/storeerror.h"

EventBus::EventBus(EventStore &store, int capacity, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_capacity(std::max(1, capacity))
{
    m_latestSeq = m_store.latestSeq();
    for (const auto &event : m_store.tail(m_capacity))
        m_buffer.push_back(event);
}

Event EventBus::publish(EventPayload payload)
{
    Event event;
    event.seq = m_latestSeq + 1;
    event.time = QDateTime::currentDateTimeUtc();
    event.payload = std::move(payload);
    try {
        m_store.append(event);
        if (event.seq % 256 == 0)
            m_store.prune(m_capacity * 4);
    } catch (const StoreError &e) {
        // The stream still flows; only replay across a daemon restart loses this event.
        qCWarning(lcPods) << "event" << event.seq << event.typeName()
                          << "not persisted:" << e.what();
    }
    m_latestSeq = event.seq;
    m_buffer.push_back(event);
    while (m_buffer.size() > size_t(m_capacity))
        m_buffer.pop_front();
    Q_EMIT published(event);
    return event;
}

qint64 EventBus::oldestSeq() const
{
    return m_buffer.empty() ? m_latestSeq + 1 : m_buffer.front().seq;
}

std::optional<QList<Event>> EventBus::since(qint64 seq) const
{
    if (seq >= m_latestSeq)
        return QList<Event>{};
    if (seq + 1 < oldestSeq())
        return std::nullopt;
    QList<Event> out;
    for (const auto &event : m_buffer) {
        if (event.seq > seq)
            out.append(event);
    }
    return out;
}
