#pragma once

#include "backend/core/event.h"
#include "backend/services/authservice.h"

#include <QList>
#include <QObject>
#include <QUrlQuery>

#include <memory>

class ApiServer;
class EventBus;
class EventSink;

/**
 * The /events stream: replays from `?since=SEQ` (or says `stream.reset` when it can't), then
 * forwards every published event to each authenticated client (ApiServer authenticates the
 * upgrade). Auditors only receive events about their own districts. Each client's socket
 * has a bounded send queue (TransportLimits); the hub never waits for a client.
 */
class EventsHub : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventsHub)

public:
    EventsHub(ApiServer &server, EventBus &bus, AuthService &auth, QObject *parent = nullptr);
    ~EventsHub() override;

    /** Open streams (those whose socket is still alive). */
    int clientCount() const;

private:
    struct Client
    {
        std::weak_ptr<EventSink> sink;
        Principal principal;
    };

    void open(std::shared_ptr<EventSink> sink, const Principal &principal, const QUrlQuery &query);
    /** Closes every stream opened with token @p tokenId (close code 1008). */
    void closeStreamsOf(const QString &tokenId);
    void broadcast(const Event &event);
    static bool visibleTo(const Event &event, const Principal &principal);
    static std::shared_ptr<const QByteArray> serialize(const Event &event);

    ApiServer &m_server;
    EventBus &m_bus;
    AuthService &m_auth;
    QList<Client> m_clients;
};
