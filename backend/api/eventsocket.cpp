// The /events WebSocket sessions of HttpTransport, over plain TCP and TLS.

#include "backend/api/transportsessions.h"
#include "backend/core/event.h"

#include <QJsonDocument>

#include <boost/beast/websocket.hpp>

namespace transport {

namespace {

/** The /events WebSocket of one client: a bounded send queue, pings, a close deadline. */
template <class Stream>
class EventSocket : public EventSink, public std::enable_shared_from_this<EventSocket<Stream>>
{
public:
    EventSocket(Stream &&stream, Shared &shared, ConnectionSlot slot)
        : m_ws(std::move(stream))
        , m_shared(shared)
        , m_slot(std::move(slot))
        , m_deadline(m_ws.get_executor())
    {
        ++m_shared.streams;
    }
    ~EventSocket() override { --m_shared.streams; }

    void run(http::request<http::string_body> request, TransportHandler::Attach attach)
    {
        m_attach = std::move(attach);
        if constexpr (std::is_same_v<
                          std::remove_reference_t<decltype(beast::get_lowest_layer(m_ws))>,
                          beast::tcp_stream>)
            beast::get_lowest_layer(m_ws).expires_never(); // the websocket's own timeouts rule
        websocket::stream_base::timeout timeout;
        timeout.handshake_timeout = milliseconds(m_shared.limits.headerTimeoutMs);
        timeout.idle_timeout = milliseconds(m_shared.limits.streamIdleTimeoutMs);
        timeout.keep_alive_pings = true;
        m_ws.set_option(timeout);
        m_ws.set_option(websocket::stream_base::decorator(
            [](websocket::response_type &res) { res.set(http::field::server, "regionalpodsd"); }));
        m_ws.read_message_max(64 << 10); // clients have nothing to say but pings and close
        m_ws.async_accept(
            request, beast::bind_front_handler(&EventSocket::onAccept, this->shared_from_this()));
    }

    void deliver(qint64 seq, std::shared_ptr<const QByteArray> text) override
    {
        net::post(m_ws.get_executor(),
            [self = this->shared_from_this(), seq, text = std::move(text)]() mutable {
                self->enqueue(seq, std::move(text));
            });
    }

    void close(quint16 code, const QByteArray &reason) override
    {
        net::post(m_ws.get_executor(), [self = this->shared_from_this(), code, reason] {
            self->m_queue.erase(
                self->m_queue.begin() + (self->m_writing ? 1 : 0), self->m_queue.end());
            self->startClose(code, reason.toStdString());
        });
    }

private:
    struct Message
    {
        qint64 seq;
        std::shared_ptr<const QByteArray> text;
    };

    void onAccept(beast::error_code ec)
    {
        if (ec)
            return;
        m_open = true;
        m_attach(this->shared_from_this());
        m_attach = nullptr;
        read();
    }

    void read()
    {
        m_readBuffer.clear();
        m_ws.async_read(m_readBuffer,
            beast::bind_front_handler(&EventSocket::onRead, this->shared_from_this()));
    }

    void onRead(beast::error_code ec, std::size_t)
    {
        if (ec) { // closed by the peer, idle timeout (no pong) or torn down: the end
            m_open = false;
            m_queue.clear();
            m_deadline.cancel();
            return;
        }
        read(); // whatever a client sends is ignored
    }

    void enqueue(qint64 seq, std::shared_ptr<const QByteArray> text)
    {
        if (!m_open || m_closing)
            return;
        const auto &limits = m_shared.limits;
        if (qsizetype(m_queue.size()) >= limits.streamQueueEvents
            || m_queuedBytes + text->size() > limits.streamQueueBytes) {
            fellBehind();
            return;
        }
        m_queuedBytes += text->size();
        m_queue.push_back({seq, std::move(text)});
        if (!m_writing)
            writeNext();
    }

    // Never buffer without bound: tell the client where to resume and let it reconnect.
    void fellBehind()
    {
        const auto waiting = qsizetype(m_queue.size());
        m_queue.erase(m_queue.begin() + (m_writing ? 1 : 0), m_queue.end());
        m_queuedBytes = 0;
        for (const auto &message : m_queue)
            m_queuedBytes += message.text->size();
        // Everything after m_lastSentSeq can still be replayed: no reload needed.
        const Event reset{0, QDateTime::currentDateTimeUtc(),
            StreamResetEvent{QStringLiteral("this client fell behind: %1 events were waiting to be "
                                            "sent; reconnect with ?since=%2")
                                 .arg(waiting)
                                 .arg(m_lastSentSeq),
                m_lastSentSeq, false}};
        m_queue.push_back({0,
            std::make_shared<const QByteArray>(
                QJsonDocument(reset.toJson()).toJson(QJsonDocument::Compact))});
        m_closeAfterQueue = true;
        armDeadline();
        if (!m_writing)
            writeNext();
    }

    void writeNext()
    {
        m_writing = true;
        const auto &text = *m_queue.front().text;
        m_ws.text(true);
        m_ws.async_write(net::buffer(text.constData(), size_t(text.size())),
            beast::bind_front_handler(&EventSocket::onWrite, this->shared_from_this()));
    }

    void onWrite(beast::error_code ec, std::size_t)
    {
        m_writing = false;
        if (ec) {
            m_queue.clear();
            return;
        }
        const auto sent = m_queue.front();
        m_queue.pop_front();
        m_queuedBytes -= sent.text->size();
        if (sent.seq > 0)
            m_lastSentSeq = sent.seq;
        if (!m_queue.empty())
            writeNext();
        else if (m_closeAfterQueue)
            startClose(quint16(websocket::close_code::try_again_later), "client fell behind");
    }

    void startClose(quint16 code, std::string reason)
    {
        if (m_closing || !m_open)
            return;
        m_closing = true;
        armDeadline();
        m_ws.async_close(websocket::close_reason(websocket::close_code(code), reason),
            [self = this->shared_from_this()](beast::error_code) { self->m_deadline.cancel(); });
    }

    // A peer that reads nothing never completes a write or the close handshake: cut it off.
    void armDeadline()
    {
        m_deadline.expires_after(std::chrono::seconds(5));
        m_deadline.async_wait([self = this->shared_from_this()](beast::error_code ec) {
            if (!ec)
                beast::get_lowest_layer(self->m_ws).close();
        });
    }

    websocket::stream<Stream, false> m_ws; // no permessage-deflate: the zlib code is not compiled
    Shared &m_shared;
    ConnectionSlot m_slot;
    net::steady_timer m_deadline;
    beast::flat_buffer m_readBuffer;
    TransportHandler::Attach m_attach;
    std::deque<Message> m_queue;
    qint64 m_queuedBytes = 0;
    qint64 m_lastSentSeq = 0;
    bool m_open = false;
    bool m_writing = false;
    bool m_closing = false;
    bool m_closeAfterQueue = false;
};

} // namespace

void startEventSocket(PlainStream &&stream, Shared &shared, ConnectionSlot slot,
    http::request<http::string_body> request, TransportHandler::Attach attach)
{
    std::make_shared<EventSocket<PlainStream>>(std::move(stream), shared, std::move(slot))
        ->run(std::move(request), std::move(attach));
}

void startEventSocket(TlsStream &&stream, Shared &shared, ConnectionSlot slot,
    http::request<http::string_body> request, TransportHandler::Attach attach)
{
    std::make_shared<EventSocket<TlsStream>>(std::move(stream), shared, std::move(slot))
        ->run(std::move(request), std::move(attach));
}

} // namespace transport
