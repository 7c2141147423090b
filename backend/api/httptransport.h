#pragma once

#include "backend/api/apiresponse.h"

#include <QByteArray>
#include <QHostAddress>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

/**
 * What the transport enforces before it buffers a byte more than it must. Every figure is
 * configurable (`transport` in the config file); these defaults are the safe ones.
 */
struct TransportLimits
{
    qint64 maxHeaderBytes = 16 << 10; // 431 and close
    qint64 maxBodyBytes = 1 << 20; // 413 from Content-Length or while reading chunks
    int maxUrlBytes = 8 << 10; // 414
    int headerTimeoutMs = 10000; // the whole header block, from its first byte
    int bodyTimeoutMs = 30000; // the whole body, and writing a response
    int idleTimeoutMs = 60000; // a keep-alive connection between requests
    int maxConnections = 4096; // all clients (clamped to the fd limit at start)
    int maxConnectionsPerClient = 512; // per client address; more get 503 + Retry-After
    // 0: one per core but one, which the main thread (the services) keeps; at least 1. A server
    // thread more than the cores it gets only adds context switches (tests/bench/http_vs_nginx.sh
    // shows both).
    int ioThreads = 0;
    // /events: a client that falls this far behind is told where to resume and disconnected.
    int streamQueueEvents = 1000;
    qint64 streamQueueBytes = 1 << 20;
    int streamIdleTimeoutMs = 30000; // pings at half of it; a silent peer is dropped after it
};

/** The certificate and key of a TLS listener (PEM files); empty = plain HTTP. */
struct TlsFiles
{
    QString certFile;
    QString keyFile;
    bool enabled() const { return !certFile.isEmpty(); }
};

/** One parsed HTTP request, handed from an I/O thread to the API. */
struct TransportRequest
{
    QByteArray method;
    QByteArray target; // path and query, as sent
    QByteArray authorization;
    QByteArray acceptLanguage; // the Accept-Language header, as sent
    QByteArray body;
};

/**
 * One /events client as the hub sees it. Thread-safe: the hub calls it from the main thread,
 * the socket lives on an I/O thread. deliver() never blocks and never buffers without bound.
 */
class EventSink
{
public:
    virtual ~EventSink() = default;
    /** Queues one text message (an event with sequence number @p seq; 0 for hello/reset). */
    virtual void deliver(qint64 seq, std::shared_ptr<const QByteArray> text) = 0;
    /** Drops whatever is queued and closes with @p code (1008 for a revoked token). */
    virtual void close(quint16 code, const QByteArray &reason) = 0;
};

/** The API side of the transport, called on I/O threads. */
class TransportHandler
{
public:
    using Reply = std::function<void(ApiResponse)>; // call once, from any thread
    using Attach = std::function<void(std::shared_ptr<EventSink>)>;

    virtual ~TransportHandler() = default;
    virtual void handle(TransportRequest request, Reply reply) = 0;
    /** A WebSocket upgrade: returns the refusal to answer, or sets @p attach for the stream. */
    virtual std::optional<ApiResponse> acceptStream(const TransportRequest &request, Attach *attach)
        = 0;
};

struct TransportStats
{
    int connections = 0;
    int streams = 0;
    qint64 refused = 0; // answered 503 at the connection cap
};

/**
 * The daemon's HTTP/1.1 and WebSocket serving on Boost.Beast: accepts and parses on its own I/O
 * threads, enforces TransportLimits (431/413/414/503, timeouts, strict chunked parsing,
 * HTTP/1.0 and Connection: close honoured), optionally over TLS 1.2+.
 */
class HttpTransport
{
public:
    HttpTransport(TransportHandler &handler, TransportLimits limits, TlsFiles tls = {});
    ~HttpTransport();
    HttpTransport(const HttpTransport &) = delete;
    HttpTransport &operator=(const HttpTransport &) = delete;

    /** Listens and starts the I/O threads; returns the port (0 on failure, with @p error). */
    quint16 listen(const QHostAddress &address, quint16 port, QString *error);
    /** Closes every connection and joins the I/O threads; idempotent. */
    void stop();
    TransportStats stats() const;
    const TransportLimits &limits() const;
    /** The I/O threads serving: TransportLimits::ioThreads, or the default for this machine. */
    int ioThreads() const;

    struct State;

private:
    std::unique_ptr<State> m_state;
};
