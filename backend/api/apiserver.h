#pragma once

#include "backend/api/httptransport.h"
#include "backend/api/router.h"
#include "backend/core/metrics/latencyhistogram.h"

#include <QHostAddress>
#include <QMap>
#include <QMutex>
#include <QObject>
#include <QUrlQuery>

#include <memory>

class AuthService;

/**
 * The API front: routes, authentication and the single place where errors become RFC 7807
 * problem+json responses, on top of HttpTransport (Boost.Beast). Requests are parsed and
 * authenticated on the transport's I/O threads; a route's handler then runs on the main thread
 * (where the services live) unless the route is marked Runs::IoThread.
 */
class ApiServer : public QObject, private TransportHandler
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiServer)

public:
    /** Called on the main thread for every authenticated /events client. */
    using StreamOpener = std::function<void(
        std::shared_ptr<EventSink> sink, const Principal &principal, const QUrlQuery &query)>;

    ApiServer(AuthService &auth, TransportLimits limits = {}, TlsFiles tls = {},
        QObject *parent = nullptr);
    ~ApiServer() override;

    Router &router() { return m_router; }
    void setStreamOpener(StreamOpener opener) { m_streamOpener = std::move(opener); }
    /** Listens on @p address:@p port (0 = any free port); returns the port, 0 with @p error. */
    quint16 start(const QHostAddress &address, quint16 port, QString *error);
    /** Stops serving and closes every connection; idempotent. */
    void stop();
    TransportStats stats() const { return m_transport->stats(); }
    int ioThreads() const { return m_transport->ioThreads(); }
    /** Time from a request's arrival to its answer, per route ("GET /pods/{region}/{pod}"):
     *  registered routes only, so the label set stays bounded. Thread-safe copy. */
    QMap<QString, LatencyHistogram> requestLatencies() const;

private:
    // TransportHandler, on I/O threads.
    void handle(TransportRequest request, Reply reply) override;
    std::optional<ApiResponse> acceptStream(
        const TransportRequest &request, Attach *attach) override;

    ApiResponse invoke(const Handler &handler, const ApiRequest &request, const QByteArray &method,
        const QString &path) const;

    AuthService &m_auth;
    Router m_router;
    StreamOpener m_streamOpener;
    std::unique_ptr<HttpTransport> m_transport;
    bool m_verbose = false;
    mutable QMutex m_latencyMutex; // I/O threads and the main thread both record
    QList<LatencyHistogram> m_latencies; // by Router::Match::index, sized when serving starts
    QStringList m_routeLabels;
};
