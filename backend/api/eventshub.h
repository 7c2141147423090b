#pragma once

#include "backend/core/event.h"
#include "backend/services/authservice.h"

#include <QList>
#include <QObject>

#include <memory>

class ApiServer;
class EventBus;
class PodManager;
class QWebSocket;

/**
 * The /events WebSocket endpoint: authenticates each connection, replays from `?since=SEQ`
 * (or says `stream.reset` when it can't), then forwards every published event. Auditors only
 * receive events about their own districts.
 */
class EventsHub : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventsHub)

public:
    EventsHub(ApiServer &server, EventBus &bus, AuthService &auth, QObject *parent = nullptr);
    ~EventsHub() override;

private:
    struct Client
    {
        QWebSocket *socket = nullptr;
        Principal principal;
    };

    void accept();
    /** Closes every stream opened with token @p tokenId (close code 1008). */
    void closeStreamsOf(const QString &tokenId);
    void broadcast(const Event &event);
    static bool visibleTo(const Event &event, const Principal &principal);
    static void send(QWebSocket *socket, const Event &event);

    ApiServer &m_server;
    EventBus &m_bus;
    AuthService &m_auth;
    QList<Client> m_clients;
};
