#pragma once

#include "procstatus.h"

// Test helper: raw TCP clients for abusing the daemon's transport (POSIX sockets, so a test can
// hold thousands, choose its source address on 127.0.0.0/8 and send bytes no HTTP library
// would).

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QString>

#include <arpa/inet.h>
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

class RawClient
{
public:
    RawClient() = default;
    RawClient(const RawClient &) = delete;
    RawClient &operator=(const RawClient &) = delete;
    RawClient(RawClient &&other) noexcept
        : m_fd(std::exchange(other.m_fd, -1))
        , m_received(std::move(other.m_received))
    { }
    ~RawClient() { close(); }

    /** Connects to 127.0.0.1:@p port from @p source (any 127.x.y.z); false on failure. */
    bool connectTo(quint16 port, const char *source = "127.0.0.1", int receiveBuffer = 0)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        if (m_fd < 0)
            return false;
        if (receiveBuffer > 0)
            ::setsockopt(m_fd, SOL_SOCKET, SO_RCVBUF, &receiveBuffer, sizeof receiveBuffer);
        sockaddr_in local{};
        local.sin_family = AF_INET;
        ::inet_pton(AF_INET, source, &local.sin_addr);
        if (::bind(m_fd, reinterpret_cast<sockaddr *>(&local), sizeof local) != 0)
            return false;
        sockaddr_in remote{};
        remote.sin_family = AF_INET;
        remote.sin_port = htons(port);
        ::inet_pton(AF_INET, "127.0.0.1", &remote.sin_addr);
        if (::connect(m_fd, reinterpret_cast<sockaddr *>(&remote), sizeof remote) != 0)
            return false;
        ::fcntl(m_fd, F_SETFL, ::fcntl(m_fd, F_GETFL) | O_NONBLOCK);
        return true;
    }

    /** Sends what the socket takes now; false once the peer has closed or reset. */
    bool sendSome(const QByteArray &data, qsizetype *sent = nullptr)
    {
        const auto n = ::send(m_fd, data.constData(), size_t(data.size()), MSG_NOSIGNAL);
        if (sent)
            *sent = n > 0 ? n : 0;
        return n >= 0 || errno == EAGAIN || errno == EWOULDBLOCK;
    }

    /** Sends all of @p data within @p timeoutMs; false when the peer stopped taking it. */
    bool sendAll(const QByteArray &data, int timeoutMs = 5000)
    {
        QElapsedTimer timer;
        timer.start();
        qsizetype offset = 0;
        while (offset < data.size() && timer.elapsed() < timeoutMs) {
            qsizetype sent = 0;
            if (!sendSome(data.mid(offset), &sent))
                return false;
            offset += sent;
            if (sent == 0)
                waitFor(POLLOUT, 50);
        }
        return offset == data.size();
    }

    /** Reads what has arrived; returns false once the peer closed (EOF or reset). */
    bool readAvailable()
    {
        char buffer[65536];
        for (;;) {
            const auto n = ::recv(m_fd, buffer, sizeof buffer, 0);
            if (n > 0) {
                m_received.append(buffer, n);
                continue;
            }
            if (n == 0)
                return false;
            return errno == EAGAIN || errno == EWOULDBLOCK;
        }
    }

    /** Waits until @p done holds for what was received or the peer closes; deadline-bound. */
    template <class Done> bool readUntil(Done done, int timeoutMs = 5000)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            const bool open = readAvailable();
            if (done(m_received))
                return true;
            if (!open)
                return done(m_received);
            waitFor(POLLIN, 50);
        }
        return false;
    }

    /** Waits (deadline) for the peer to close the connection; true when it did. */
    bool waitForClose(int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            if (!readAvailable())
                return true;
            waitFor(POLLIN, 50);
        }
        return false;
    }

    /** Whether one complete response head (status line and headers) has arrived. */
    static bool hasHead(const QByteArray &data) { return data.contains("\r\n\r\n"); }
    /** The status code of the first response received, 0 when none. */
    int status() const
    {
        if (!m_received.startsWith("HTTP/1."))
            return 0;
        return m_received.mid(9, 3).toInt();
    }
    const QByteArray &received() const { return m_received; }
    void clearReceived() { m_received.clear(); }
    bool isOpen() const { return m_fd >= 0; }

    void close()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }

private:
    void waitFor(short events, int timeoutMs)
    {
        pollfd p{m_fd, events, 0};
        ::poll(&p, 1, timeoutMs);
    }

    int m_fd = -1;
    QByteArray m_received;
};
