#pragma once

// Private to httptransport.cpp and eventsocket.cpp: the Beast sessions behind HttpTransport, one
// template for plain TCP and TLS streams (the shape of Beast's advanced_server_flex example).

#include "backend/api/deadlinesweeper.h"
#include "backend/api/httptransport.h"

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <boost/beast/websocket/rfc6455.hpp>

#include <algorithm>
#include <array>
#include <atomic>
#include <charconv>
#include <chrono>
#include <deque>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

namespace transport {

namespace beast = boost::beast;
namespace http = beast::http;
namespace websocket = beast::websocket;
namespace net = boost::asio;
using tcp = net::ip::tcp;
// Plain connections use the socket itself, bound to its thread's io_context (no type-erased
// executor), with deadlines kept by a DeadlineSweeper instead of a timer re-armed per operation.
using PlainStream = net::basic_stream_socket<tcp, net::io_context::executor_type>;
using TlsStream = beast::ssl_stream<beast::tcp_stream>;
using std::chrono::milliseconds;

/** Connection counts, total and per client address, shared by every I/O thread. */
class ConnectionTable
{
public:
    enum class Admit { Yes, TooManyTotal, TooManyFromClient };

    Admit admit(const std::string &client, int maxTotal, int maxPerClient)
    {
        std::lock_guard lock(m_mutex);
        if (m_total >= maxTotal)
            return Admit::TooManyTotal;
        int &mine = m_perClient[client];
        if (mine >= maxPerClient)
            return Admit::TooManyFromClient;
        ++mine;
        ++m_total;
        return Admit::Yes;
    }
    void release(const std::string &client)
    {
        std::lock_guard lock(m_mutex);
        --m_total;
        auto it = m_perClient.find(client);
        if (it != m_perClient.end() && --it->second <= 0)
            m_perClient.erase(it);
    }
    int total() const
    {
        std::lock_guard lock(m_mutex);
        return m_total;
    }

private:
    mutable std::mutex m_mutex;
    int m_total = 0;
    std::unordered_map<std::string, int> m_perClient;
};

/** What every session shares: the handler, the limits, the counts. */
struct Shared
{
    Shared(TransportHandler &h, TransportLimits l)
        : handler(h)
        , limits(l)
    { }

    TransportHandler &handler;
    TransportLimits limits;
    ConnectionTable connections;
    std::atomic<int> streams{0};
    std::atomic<qint64> refused{0};
};

/** One admitted connection: released when the last session holding it ends. */
class ConnectionSlot
{
public:
    ConnectionSlot(Shared &shared, std::string client)
        : m_shared(&shared)
        , m_client(std::move(client))
    { }
    ConnectionSlot(ConnectionSlot &&other) noexcept
        : m_shared(std::exchange(other.m_shared, nullptr))
        , m_client(std::move(other.m_client))
    { }
    ConnectionSlot &operator=(ConnectionSlot &&) = delete;
    ~ConnectionSlot()
    {
        if (m_shared)
            m_shared->connections.release(m_client);
    }

private:
    Shared *m_shared;
    std::string m_client;
};

/** Appends @p text with CR and LF replaced: a header line can never be split by a value. */
inline void appendHeaderText(std::string &out, QByteArrayView text)
{
    for (const char c : text)
        out += (c == '\r' || c == '\n') ? ' ' : c;
}

/**
 * Appends the status line and header block of @p response to @p out (written by hand into a
 * buffer the connection reuses: Beast's fields and serializer cost more per request than the
 * rest of the transport together). The body goes out beside it, shared, in the same sendmsg.
 */
inline void appendHead(
    std::string &out, const ApiResponse &response, unsigned version, bool keepAlive)
{
    const int code = statusCode(response.status);
    char number[24];
    out += version == 10 ? "HTTP/1.0 " : "HTTP/1.1 ";
    out.append(number, std::to_chars(number, number + sizeof number, code).ptr);
    out += ' ';
    const auto reason = http::obsolete_reason(http::status(code));
    out.append(reason.data(), reason.size());
    out += "\r\nServer: regionalpodsd\r\nContent-Type: ";
    appendHeaderText(out, response.contentType);
    out += "\r\nContent-Length: ";
    out.append(number, std::to_chars(number, number + sizeof number, response.body.size()).ptr);
    for (const auto &header : response.headers) {
        out += "\r\n";
        appendHeaderText(out, header.first);
        out += ": ";
        appendHeaderText(out, header.second);
    }
    if (!keepAlive)
        out += "\r\nConnection: close";
    else if (version == 10)
        out += "\r\nConnection: keep-alive";
    out += "\r\n\r\n";
}

inline QByteArray toQt(beast::string_view view)
{
    return QByteArray(view.data(), qsizetype(view.size()));
}

/**
 * Hands an upgraded connection to the /events WebSocket of one client (eventsocket.cpp: Beast's
 * WebSocket code is most of the transport's compile, so it builds beside the HTTP sessions).
 */
void startEventSocket(PlainStream &&stream, Shared &shared, ConnectionSlot slot,
    http::request<http::string_body> request, TransportHandler::Attach attach);
void startEventSocket(TlsStream &&stream, Shared &shared, ConnectionSlot slot,
    http::request<http::string_body> request, TransportHandler::Attach attach);

/**
 * One HTTP connection. CRTP over PlainHttpSession / TlsHttpSession, which own the stream and
 * its deadlines (expireAfter/expireNever).
 * Reads one request at a time: the header under a header timeout and size limit, then the body
 * under a body timeout and size limit; a keep-alive connection waits for its next request under
 * the idle timeout.
 */
template <class Derived> class HttpSession
{
public:
    HttpSession(Shared &shared, ConnectionSlot slot)
        : m_shared(shared)
        , m_slot(std::move(slot))
        , m_buffer(bufferLimit(shared.limits))
    { }

    /** The read buffer's cap: a whole header block as the limits allow it, plus room for a
     *  body's next chunk. A fixed cap below max_header_bytes answered a header between the two
     *  with 400 "buffer overflow" instead of serving it. The buffer grows only as data comes. */
    static std::size_t bufferLimit(const TransportLimits &limits)
    {
        return std::size_t(limits.maxHeaderBytes) + (64 << 10);
    }

protected:
    Derived &derived() { return static_cast<Derived &>(*this); }

    void startRequest()
    {
        if (m_buffer.size() > 0 || m_first) {
            m_first = false;
            readHeader();
            return;
        }
        // Between requests: wait for the first byte under the idle timeout, then the header
        // timeout applies from there.
        derived().expireAfter(m_shared.limits.idleTimeoutMs);
        derived().stream().async_read_some(m_buffer.prepare(4096),
            [self = derived().shared_from_this()](beast::error_code ec, std::size_t n) {
                if (ec)
                    return self->finish();
                self->m_buffer.commit(n);
                self->readHeader();
            });
    }

    void readHeader()
    {
        m_parser.emplace();
        m_parser->header_limit(std::uint32_t(m_shared.limits.maxHeaderBytes));
        m_parser->body_limit(std::uint64_t(m_shared.limits.maxBodyBytes));
        derived().expireAfter(m_shared.limits.headerTimeoutMs);
        parseHeader();
    }

    // Parses what is buffered, then reads more until the header is whole or refused. Usually
    // the whole header came with the first bytes and is parsed at once. Our own loop rather
    // than http::async_read_header: Beast keeps each field in at most 65,535 bytes and throws
    // std::length_error past that (a max_header_bytes above 64 KiB would let one long line
    // through to it), which here becomes a 431 instead of ending the I/O thread.
    void parseHeader()
    {
        if (m_buffer.size() > 0) {
            beast::error_code ec;
            std::size_t used = 0;
            try {
                used = m_parser->put(m_buffer.data(), ec);
            } catch (const std::length_error &) {
                return refuse(HttpStatus::RequestHeaderFieldsTooLarge,
                    QStringLiteral("a request header field exceeds 65535 bytes"));
            }
            m_buffer.consume(used);
            if (ec ? ec != http::error::need_more : m_parser->is_header_done())
                return onHeader(ec, used);
        }
        const std::size_t room = m_buffer.max_size() - m_buffer.size();
        if (room == 0)
            return onHeader(http::error::header_limit, 0);
        derived().stream().async_read_some(m_buffer.prepare(std::min<std::size_t>(room, 16384)),
            [self = derived().shared_from_this()](beast::error_code ec, std::size_t n) {
                if (ec == net::error::eof) {
                    // As Beast reads it: nothing yet is the end of the stream, a part of a
                    // header is a malformed request.
                    self->m_parser->put_eof(ec);
                    return self->onHeader(ec, 0);
                }
                if (ec)
                    return self->onHeader(ec, 0);
                self->m_buffer.commit(n);
                self->parseHeader();
            });
    }

    /** The peer left, a deadline closed the socket, or the daemon is stopping. */
    static bool connectionEnded(const beast::error_code &ec)
    {
        return ec == beast::error::timeout || ec == http::error::end_of_stream
            || ec == net::error::eof || ec == net::error::connection_reset
            || ec == net::error::operation_aborted || ec == net::error::bad_descriptor;
    }

    void onHeader(beast::error_code ec, std::size_t)
    {
        if (ec == http::error::header_limit)
            return refuse(HttpStatus::RequestHeaderFieldsTooLarge,
                QStringLiteral("the request header block exceeds %1 bytes")
                    .arg(m_shared.limits.maxHeaderBytes));
        if (ec == http::error::body_limit)
            return refuse(HttpStatus::PayloadTooLarge,
                QStringLiteral("request body exceeds %1 bytes").arg(m_shared.limits.maxBodyBytes));
        if (connectionEnded(ec))
            return finish(); // a header cut short is malformed (400), below
        if (ec)
            return refuse(HttpStatus::BadRequest,
                QStringLiteral("malformed request: %1").arg(QString::fromStdString(ec.message())));
        const auto &req = m_parser->get();
        if (qsizetype(req.target().size()) > m_shared.limits.maxUrlBytes)
            return refuse(HttpStatus::UriTooLong,
                QStringLiteral("the request target exceeds %1 bytes")
                    .arg(m_shared.limits.maxUrlBytes));
        if (websocket::is_upgrade(req))
            return upgrade();
        if (m_parser->is_done())
            return dispatch();
        if (beast::iequals(req[http::field::expect], "100-continue")) {
            static constexpr std::string_view kContinue = "HTTP/1.1 100 Continue\r\n\r\n";
            derived().expireAfter(m_shared.limits.bodyTimeoutMs);
            net::async_write(derived().stream(), net::buffer(kContinue.data(), kContinue.size()),
                [self = derived().shared_from_this()](beast::error_code ec, std::size_t) {
                    if (ec)
                        return self->finish();
                    self->readBody();
                });
            return;
        }
        readBody();
    }

    void readBody()
    {
        derived().expireAfter(m_shared.limits.bodyTimeoutMs);
        http::async_read(derived().stream(), m_buffer, *m_parser,
            [self = derived().shared_from_this()](beast::error_code ec, std::size_t) {
                if (ec == http::error::body_limit)
                    return self->refuse(HttpStatus::PayloadTooLarge,
                        QStringLiteral("request body exceeds %1 bytes")
                            .arg(self->m_shared.limits.maxBodyBytes));
                if (connectionEnded(ec) || ec == http::error::partial_message)
                    return self->finish(); // a body cut short: nobody is left to answer
                if (ec)
                    return self->refuse(HttpStatus::BadRequest,
                        QStringLiteral("malformed request body: %1")
                            .arg(QString::fromStdString(ec.message())));
                self->dispatch();
            });
    }

    TransportRequest transportRequest() const
    {
        const auto &req = m_parser->get();
        TransportRequest request;
        request.method = toQt(req.method_string());
        request.target = toQt(req.target());
        request.authorization = toQt(req[http::field::authorization]);
        request.acceptLanguage = toQt(req[http::field::accept_language]);
        request.body = QByteArray(req.body().data(), qsizetype(req.body().size()));
        return request;
    }

    void dispatch()
    {
        const auto &req = m_parser->get();
        m_version = req.version();
        m_keepAlive = req.keep_alive();
        derived().expireNever();
        auto self = derived().shared_from_this();
        m_shared.handler.handle(transportRequest(), [self](ApiResponse response) {
            // Inline when answered on this connection's I/O thread, queued from the main thread.
            net::dispatch(self->derived().stream().get_executor(),
                [self, response = std::move(response)]() mutable {
                    self->write(std::move(response));
                });
        });
    }

    void upgrade()
    {
        TransportHandler::Attach attach;
        auto refusal = m_shared.handler.acceptStream(transportRequest(), &attach);
        if (refusal) {
            m_version = m_parser->get().version();
            m_keepAlive = false;
            return write(std::move(*refusal));
        }
        derived().expireNever();
        startEventSocket(derived().releaseStream(), m_shared, std::move(m_slot),
            m_parser->release(), std::move(attach));
    }

    /** Answers @p status and closes: what follows in the stream cannot be trusted. */
    void refuse(HttpStatus status, const QString &detail)
    {
        m_keepAlive = false;
        m_version = m_parser && m_parser->is_header_done() ? m_parser->get().version() : 11;
        write(problemResponse(status, detail));
    }

    // The head is built into a buffer this connection keeps; the body is the response's own
    // bytes (shared with a snapshot on the hot read paths), kept alive until the write is done.
    void write(ApiResponse response)
    {
        m_response = std::move(response);
        m_head.clear();
        appendHead(m_head, m_response, m_version ? m_version : 11, m_keepAlive);
        derived().expireAfter(m_shared.limits.bodyTimeoutMs);
        const std::array<net::const_buffer, 2> buffers{net::buffer(m_head),
            net::buffer(m_response.body.constData(), size_t(m_response.body.size()))};
        net::async_write(derived().stream(), buffers,
            [self = derived().shared_from_this()](beast::error_code ec, std::size_t) {
                self->m_response.body.clear(); // an idle connection holds no snapshot
                if (ec)
                    return self->finish();
                if (!self->m_keepAlive)
                    return self->derived().shutdown();
                self->m_parser.reset();
                self->startRequest();
            });
    }

    /** The connection is over: nothing more to do; the slot goes with the last reference. */
    void finish() { derived().closeSocket(); }

    Shared &m_shared;
    ConnectionSlot m_slot;
    beast::flat_buffer m_buffer;
    std::optional<http::request_parser<http::string_body>> m_parser;
    std::string m_head;
    ApiResponse m_response;
    unsigned m_version = 11;
    bool m_keepAlive = true;
    bool m_first = true;
};

class PlainHttpSession : public HttpSession<PlainHttpSession>,
                         public DeadlineSweeper::Entry,
                         public std::enable_shared_from_this<PlainHttpSession>
{
public:
    using StreamType = PlainStream;

    PlainHttpSession(
        PlainStream &&socket, DeadlineSweeper &sweeper, Shared &shared, ConnectionSlot slot)
        : HttpSession(shared, std::move(slot))
        , m_stream(std::move(socket))
        , m_sweeper(sweeper)
    { }
    // First, while every member is whole: the sweeper may be looking at this one.
    ~PlainHttpSession() override { m_sweeper.remove(this); }

    void run()
    {
        net::dispatch(m_stream.get_executor(), [self = shared_from_this()] {
            self->m_sweeper.add(self.get());
            self->startRequest();
        });
    }
    PlainStream &stream() { return m_stream; }
    PlainStream releaseStream() { return std::move(m_stream); }

    void expireAfter(int ms) { deadline = SweepClock::now() + milliseconds(ms); }
    void expireNever() { deadline = SweepClock::time_point::max(); }
    void expire() override { closeSocket(); }
    void closeSocket()
    {
        beast::error_code ec;
        m_stream.close(ec);
    }

    // Lingering close: stop sending, then read (and drop) what the client still sends for up to
    // two seconds, so it reads our answer instead of a reset. Costs no memory but the buffer.
    void shutdown()
    {
        beast::error_code ec;
        m_stream.shutdown(tcp::socket::shutdown_send, ec);
        expireAfter(2000);
        drain();
    }

private:
    friend class HttpSession<PlainHttpSession>;
    void drain()
    {
        m_buffer.clear();
        m_stream.async_read_some(m_buffer.prepare(16 << 10),
            [self = shared_from_this()](beast::error_code ec, std::size_t n) {
                (void)n;
                if (ec)
                    return self->finish();
                self->drain();
            });
    }

    PlainStream m_stream;
    DeadlineSweeper &m_sweeper;
};

class TlsHttpSession : public HttpSession<TlsHttpSession>,
                       public std::enable_shared_from_this<TlsHttpSession>
{
public:
    using StreamType = TlsStream;

    TlsHttpSession(
        tcp::socket &&socket, net::ssl::context &context, Shared &shared, ConnectionSlot slot)
        : HttpSession(shared, std::move(slot))
        , m_stream(std::move(socket), context)
    { }

    void run()
    {
        net::dispatch(m_stream.get_executor(), [self = shared_from_this()] {
            self->expireAfter(self->m_shared.limits.headerTimeoutMs);
            self->m_stream.async_handshake(
                net::ssl::stream_base::server, [self](beast::error_code ec) {
                    if (ec)
                        return self->finish();
                    self->startRequest();
                });
        });
    }
    TlsStream &stream() { return m_stream; }
    TlsStream releaseStream() { return std::move(m_stream); }
    void expireAfter(int ms) { beast::get_lowest_layer(m_stream).expires_after(milliseconds(ms)); }
    void expireNever() { beast::get_lowest_layer(m_stream).expires_never(); }
    void closeSocket() { beast::get_lowest_layer(m_stream).close(); }
    void shutdown()
    {
        expireAfter(2000);
        m_stream.async_shutdown([self = shared_from_this()](beast::error_code) { self->finish(); });
    }

private:
    friend class HttpSession<TlsHttpSession>;
    TlsStream m_stream;
};

} // namespace transport
