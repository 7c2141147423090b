#include "backend/api/eventshub.h"

#include "backend/api/apiserver.h"
#include "backend/api/logging.h"
#include "backend/core/verbosity.h"
#include "backend/services/eventbus.h"

#include <QJsonDocument>
#include <QUrlQuery>
#include <QWebSocket>

EventsHub::EventsHub(ApiServer &server, EventBus &bus, AuthService &auth, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_bus(bus)
    , m_auth(auth)
{
    // A revoked token stops working at once, open event streams included.
    connect(&m_auth, &AuthService::tokenRevoked, this, &EventsHub::closeStreamsOf);
    connect(&m_server, &QAbstractHttpServer::newWebSocketConnection, this, &EventsHub::accept);
    connect(&m_bus, &EventBus::published, this, &EventsHub::broadcast);
}

EventsHub::~EventsHub()
{
    for (const auto &client : std::as_const(m_clients)) {
        client.socket->disconnect(this);
        client.socket->close(QWebSocketProtocol::CloseCodeGoingAway);
        delete client.socket;
    }
}

void EventsHub::send(QWebSocket *socket, const Event &event)
{
    socket->sendTextMessage(
        QString::fromUtf8(QJsonDocument(event.toJson()).toJson(QJsonDocument::Compact)));
}

void EventsHub::closeStreamsOf(const QString &tokenId)
{
    QList<QWebSocket *> closing;
    for (const auto &client : std::as_const(m_clients)) {
        if (client.principal.tokenId == tokenId)
            closing.append(client.socket);
    }
    for (QWebSocket *socket : closing) {
        qCInfo(lcEvents) << "closing a stream: its token" << tokenId << "was revoked";
        // Not one more event for it, whatever the peer does with the close frame.
        m_clients.removeIf([socket](const Client &c) { return c.socket == socket; });
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("token revoked"));
        // Gone once the loop returns, whether or not the peer answers the close (as a refused
        // stream in accept()).
        socket->deleteLater();
    }
}

bool EventsHub::visibleTo(const Event &event, const Principal &principal)
{
    if (!principal.isAuditor())
        return true;
    // Fleet events carry no district data; district-scoped ones only reach that district's
    // auditors.
    const auto district = event.data.value(QStringLiteral("district")).toString();
    return district.isEmpty() || principal.districts.contains(district);
}

void EventsHub::accept()
{
    while (m_server.hasPendingWebSocketConnections()) {
        QWebSocket *socket = m_server.nextPendingWebSocketConnection().release();
        if (!socket)
            continue;
        const auto request = socket->request();
        const QUrlQuery query(request.url());
        if (request.url().path() != QLatin1String("/events")) {
            socket->close(
                QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("no such stream"));
            socket->deleteLater();
            continue;
        }
        std::optional<Principal> principal
            = m_auth.authenticate(request.rawHeader("Authorization"));
        if (!principal && query.hasQueryItem(QStringLiteral("token")))
            principal = m_auth.authenticateToken(
                query.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded));
        if (!principal) {
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated,
                QStringLiteral("a valid bearer token is required"));
            socket->deleteLater();
            continue;
        }

        Event hello;
        hello.type = eventTypeName(EventType::Hello);
        hello.time = QDateTime::currentDateTimeUtc();
        hello.data = {{QStringLiteral("latest_seq"), m_bus.latestSeq()}};
        send(socket, hello);

        if (query.hasQueryItem(QStringLiteral("since"))) {
            bool ok = false;
            const auto since = query.queryItemValue(QStringLiteral("since")).toLongLong(&ok);
            const auto missed = ok ? m_bus.since(since) : std::nullopt;
            if (missed) {
                for (const auto &event : *missed) {
                    if (visibleTo(event, *principal))
                        send(socket, event);
                }
            } else {
                Event reset;
                reset.type = eventTypeName(EventType::StreamReset);
                reset.time = QDateTime::currentDateTimeUtc();
                reset.data
                    = {{QStringLiteral("reason"),
                           ok ? QStringLiteral("events after %1 are no longer buffered").arg(since)
                              : QStringLiteral("since must be an integer")},
                        {QStringLiteral("oldest_seq"), m_bus.oldestSeq()},
                        {QStringLiteral("latest_seq"), m_bus.latestSeq()}};
                send(socket, reset);
            }
        }

        m_clients.append({socket, *principal});
        connect(socket, &QWebSocket::disconnected, this, [this, socket] {
            m_clients.removeIf([socket](const Client &c) { return c.socket == socket; });
            socket->deleteLater();
        });
        qCInfo(lcEvents) << "client connected;" << m_clients.size() << "listening";
    }
}

void EventsHub::broadcast(const Event &event)
{
    if (Verbosity::apiVerbose())
        qCInfo(lcEvents).noquote() << "event" << event.seq << event.type;
    for (const auto &client : std::as_const(m_clients)) {
        if (visibleTo(event, client.principal))
            send(client.socket, event);
    }
}
