#include "backend/api/httptransport.h"

#include "backend/api/logging.h"
#include "backend/api/transportsessions.h"

#include <QFile>

#include <openssl/ssl.h>

#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <algorithm>
#include <thread>
#include <vector>

using namespace transport;

struct HttpTransport::State
{
    State(TransportHandler &handler, TransportLimits limits)
        : shared(handler, limits)
        , ios(makeContexts(resolveIoThreads(limits.ioThreads)))
        , acceptor(ios.front()->get_executor())
        , retry(acceptor.get_executor())
    {
        for (auto &io : ios)
            sweepers.push_back(
                std::make_unique<DeadlineSweeper>(*io, DeadlineSweeper::tickFor(limits)));
    }

    static int resolveIoThreads(int configured)
    {
        if (configured > 0)
            return configured;
        return std::clamp(int(std::thread::hardware_concurrency()) - 1, 1, 16);
    }

    // One single-threaded io_context per I/O thread (the io_context-per-core pattern): a
    // connection lives on one thread, so its handlers need no strand.
    static std::vector<std::unique_ptr<net::io_context>> makeContexts(int count)
    {
        std::vector<std::unique_ptr<net::io_context>> contexts;
        for (int i = 0; i < count; ++i)
            contexts.push_back(std::make_unique<net::io_context>(1));
        return contexts;
    }

    void accept()
    {
        acceptor.async_wait(tcp::acceptor::wait_read, [this](beast::error_code ec) {
            if (ec == net::error::operation_aborted || !acceptor.is_open())
                return;
            acceptReady();
        });
    }

    // accept4() with SOCK_CLOEXEC, not Asio's accept(): between an accept() and a later fcntl()
    // an agent the main thread starts would inherit the connection, keep it open after the
    // daemon closed it, and could read it. Takes what is waiting (a bounded batch), then waits.
    void acceptReady()
    {
        for (int batch = 0; batch < 64; ++batch) {
            const int fd = ::accept4(acceptor.native_handle(), nullptr, nullptr, SOCK_CLOEXEC);
            if (fd < 0) {
                if (errno == EINTR || errno == ECONNABORTED)
                    continue;
                if (errno == EAGAIN || errno == EWOULDBLOCK)
                    break;
                // Out of file descriptors (or another transient failure): pause, don't spin.
                if (!warnedAccept.exchange(true))
                    qCWarning(lcApi).noquote()
                        << "cannot accept a connection:" << QString::fromLocal8Bit(strerror(errno))
                        << "(retrying; raise LimitNOFILE or lower transport.max_connections)";
                retry.expires_after(std::chrono::milliseconds(100));
                retry.async_wait([this](beast::error_code waitEc) {
                    if (!waitEc)
                        accept();
                });
                return;
            }
            warnedAccept = false;
            const auto index = nextContext++ % ios.size();
            PlainStream socket(ios[index]->get_executor());
            beast::error_code ec;
            socket.assign(protocol, fd, ec);
            if (ec) {
                ::close(fd);
                continue;
            }
            admit(std::move(socket), *sweepers[index]);
        }
        accept();
    }

    void admit(PlainStream socket, DeadlineSweeper &sweeper)
    {
        beast::error_code peerEc;
        const auto peer = socket.remote_endpoint(peerEc).address().to_string();
        const auto admitted = shared.connections.admit(
            peer, shared.limits.maxConnections, shared.limits.maxConnectionsPerClient);
        if (admitted != ConnectionTable::Admit::Yes)
            refuse(std::move(socket), admitted);
        else if (tls)
            std::make_shared<TlsHttpSession>(
                tcp::socket(std::move(socket)), *tls, shared, ConnectionSlot(shared, peer))
                ->run();
        else
            std::make_shared<PlainHttpSession>(
                std::move(socket), sweeper, shared, ConnectionSlot(shared, peer))
                ->run();
    }

    // 503 + Retry-After, written without waiting (a fresh socket's send buffer is empty), then
    // closed. Over TLS the refusal is the closed connection itself.
    void refuse(PlainStream socket, ConnectionTable::Admit why)
    {
        ++shared.refused;
        beast::error_code ec;
        if (!tls) {
            const auto detail = why == ConnectionTable::Admit::TooManyTotal
                ? QStringLiteral("the daemon serves its maximum of %1 connections; retry shortly")
                      .arg(shared.limits.maxConnections)
                : QStringLiteral("this address already holds %1 connections; retry shortly")
                      .arg(shared.limits.maxConnectionsPerClient);
            auto response = problemResponse(HttpStatus::ServiceUnavailable, detail);
            response.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1")});
            std::string head;
            appendHead(head, response, 11, false);
            const std::array<net::const_buffer, 2> buffers{net::buffer(head),
                net::buffer(response.body.constData(), size_t(response.body.size()))};
            socket.non_blocking(true, ec);
            net::write(socket, buffers, ec);
        }
        socket.shutdown(tcp::socket::shutdown_both, ec);
        socket.close(ec);
    }

    // Destroyed in reverse: the io_contexts (and the sessions still queued in them) go before the
    // sweepers, the TLS context and the shared counts the sessions use, after the acceptor and
    // timer. The sweepers' timers are dropped earlier, in ~HttpTransport, while their contexts
    // live.
    Shared shared;
    std::optional<net::ssl::context> tls;
    std::string tlsCert;
    std::string tlsKey;
    std::vector<std::unique_ptr<DeadlineSweeper>> sweepers;
    std::vector<std::unique_ptr<net::io_context>> ios;
    size_t nextContext = 0;
    tcp::acceptor acceptor;
    tcp protocol = tcp::v4();
    net::steady_timer retry;
    std::vector<std::thread> threads;
    std::atomic<bool> warnedAccept{false};
    bool running = false;
};

HttpTransport::HttpTransport(TransportHandler &handler, TransportLimits limits, TlsFiles tls)
    : m_state(std::make_unique<State>(handler, limits))
{
    if (!tls.enabled())
        return;
    auto &context = m_state->tls.emplace(net::ssl::context::tls_server);
    // TLS 1.2 and 1.3 only, forward-secret AEAD suites only.
    context.set_options(net::ssl::context::default_workarounds | net::ssl::context::no_sslv2
        | net::ssl::context::no_sslv3 | net::ssl::context::no_tlsv1 | net::ssl::context::no_tlsv1_1
        | net::ssl::context::single_dh_use);
    SSL_CTX_set_min_proto_version(context.native_handle(), TLS1_2_VERSION);
    SSL_CTX_set_cipher_list(context.native_handle(),
        "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:"
        "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305");
    m_state->tlsCert = QFile::encodeName(tls.certFile).toStdString();
    m_state->tlsKey = QFile::encodeName(tls.keyFile).toStdString();
}

HttpTransport::~HttpTransport()
{
    stop();
    for (auto &sweeper : m_state->sweepers)
        sweeper->stop();
}

const TransportLimits &HttpTransport::limits() const
{
    return m_state->shared.limits;
}

int HttpTransport::ioThreads() const
{
    return int(m_state->ios.size());
}

quint16 HttpTransport::listen(const QHostAddress &address, quint16 port, QString *error)
{
    auto &state = *m_state;
    beast::error_code ec;
    if (state.tls) {
        state.tls->use_certificate_chain_file(state.tlsCert, ec);
        if (ec) {
            *error = QStringLiteral("cannot load the TLS certificate %1: %2")
                         .arg(QString::fromStdString(state.tlsCert),
                             QString::fromStdString(ec.message()));
            return 0;
        }
        state.tls->use_private_key_file(state.tlsKey, net::ssl::context::pem, ec);
        if (ec) {
            *error = QStringLiteral("cannot load the TLS key %1: %2")
                         .arg(QString::fromStdString(state.tlsKey),
                             QString::fromStdString(ec.message()));
            return 0;
        }
    }
    const auto ip = net::ip::make_address(address.toString().toStdString(), ec);
    if (ec) {
        *error = QStringLiteral("%1 is not an IP address").arg(address.toString());
        return 0;
    }
    const tcp::endpoint endpoint(ip, port);
    state.acceptor.open(endpoint.protocol(), ec);
    if (!ec && ::fcntl(state.acceptor.native_handle(), F_SETFD, FD_CLOEXEC) != 0)
        ec.assign(errno, boost::system::system_category());
    if (!ec)
        state.acceptor.set_option(net::socket_base::reuse_address(true), ec);
    if (!ec)
        state.acceptor.non_blocking(true, ec); // accept4() takes what waits, then returns
    if (!ec)
        state.acceptor.bind(endpoint, ec);
    if (!ec)
        state.acceptor.listen(net::socket_base::max_listen_connections, ec);
    if (ec) {
        *error = QStringLiteral("cannot listen on %1:%2: %3")
                     .arg(address.toString())
                     .arg(port)
                     .arg(QString::fromStdString(ec.message()));
        state.acceptor.close(ec);
        return 0;
    }
    const auto bound = state.acceptor.local_endpoint().port();
    state.protocol = endpoint.protocol();
    state.running = true;
    state.accept();
    for (auto &sweeper : state.sweepers)
        sweeper->start();
    for (auto &io : state.ios) {
        // Keeps a context without connections running until stop().
        state.threads.emplace_back([context = io.get()] {
            auto guard = net::make_work_guard(*context);
            // A handler that throws ends only its own connection (its state goes with the
            // handler), never the I/O thread and every other connection on it.
            for (;;) {
                try {
                    context->run();
                    return;
                } catch (const std::exception &e) {
                    qCCritical(lcApi) << "I/O thread: a connection's handler threw:" << e.what();
                }
            }
        });
    }
    return bound;
}

void HttpTransport::stop()
{
    auto &state = *m_state;
    if (!state.running)
        return;
    state.running = false;
    net::post(state.acceptor.get_executor(), [&state] {
        beast::error_code ec;
        state.acceptor.close(ec);
        state.retry.cancel();
    });
    for (auto &io : state.ios)
        io->stop();
    for (auto &thread : state.threads)
        thread.join();
    state.threads.clear();
}

TransportStats HttpTransport::stats() const
{
    return {m_state->shared.connections.total(), m_state->shared.streams.load(),
        m_state->shared.refused.load()};
}
