#pragma once

#include "backend/api/router.h"

#include <QAbstractHttpServer>
#include <QHostAddress>

class AuthService;

/** Request limits: Qt HttpServer 6.4 has none of its own. */
struct ApiLimits
{
    qint64 maxBodyBytes = 1 << 20;
    qint64 maxHeaderBytes = 16 << 10;
};

/**
 * The HTTP front: routes, authentication, limits and the single place where errors become
 * RFC 7807 problem+json responses. Handlers run on the daemon's thread.
 */
class ApiServer : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiServer)

public:
    ApiServer(AuthService &auth, ApiLimits limits = {}, QObject *parent = nullptr);

    Router &router() { return m_router; }
    /** Listens on @p address:@p port (0 = any free port); returns the port, 0 on failure. */
    quint16 start(const QHostAddress &address, quint16 port);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    ApiResponse dispatch(const QHttpServerRequest &request);
    void send(const QHttpServerRequest &request, QTcpSocket *socket, const ApiResponse &response);

    AuthService &m_auth;
    ApiLimits m_limits;
    Router m_router;
    bool m_verbose = false;
};

/** The problem+json response for @p status with @p detail naming @p field. */
ApiResponse problemResponse(HttpStatus status, const QString &detail, const QString &field = {});
