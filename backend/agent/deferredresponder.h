#pragma once

#include "backend/agent/agentreply.h"

#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>

/**
 * A responder that may outlive its request. QtHttpServer 6.4 deletes a connection's socket
 * when the client hangs up, and QHttpServerResponder keeps a raw pointer to it, so every write
 * first checks that the socket still exists and is connected.
 */
class DeferredResponder
{
public:
    DeferredResponder(QHttpServerResponder &&responder, QTcpSocket *socket);

    /** True while the client is still connected and can receive an answer. */
    bool isConnected() const;
    /** Writes and flushes `reply`; returns false (writing nothing) when the client has gone. */
    bool send(const AgentReply &reply);
    /** Closes the connection without an answer. */
    void disconnect();

private:
    QHttpServerResponder m_responder;
    QPointer<QTcpSocket> m_socket;
};
