#include "backend/agent/deferredresponder.h"

#include "backend/agent/logging.h"

DeferredResponder::DeferredResponder(QHttpServerResponder &&responder, QTcpSocket *socket)
    : m_responder(std::move(responder))
    , m_socket(socket)
{ }

bool DeferredResponder::isConnected() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

bool DeferredResponder::send(const AgentReply &reply)
{
    if (!isConnected()) {
        qCDebug(lcAgent) << "client left before its" << reply.status << "answer was ready";
        return false;
    }
    // Headers are written one by one because QHttpServerResponder 6.4 only takes a fixed
    // initializer_list of headers.
    m_responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
    m_responder.writeHeader(QByteArrayLiteral("Content-Type"), reply.contentType);
    for (const auto &[name, value] : reply.headers)
        m_responder.writeHeader(name, value);
    if (reply.closeConnection)
        m_responder.writeHeader(QByteArrayLiteral("Connection"), QByteArrayLiteral("close"));
    m_responder.writeHeader(
        QByteArrayLiteral("Content-Length"), QByteArray::number(reply.body.size()));
    m_responder.writeBody(reply.body);
    // Hand the bytes to the kernel now: a crash fault or a shutdown may end the process
    // before the event loop would otherwise write QTcpSocket's buffer.
    m_socket->flush();
    if (reply.closeConnection)
        m_socket->disconnectFromHost();
    return true;
}

void DeferredResponder::disconnect()
{
    if (isConnected())
        m_socket->disconnectFromHost();
}
