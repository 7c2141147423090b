#pragma once

#include "backend/core/event.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <chrono>

class QWebSocket;

/**
 * The daemon's /events WebSocket, kept open: authenticates with the bearer header, remembers
 * the last sequence number it saw and, when the connection drops, reconnects by itself with
 * exponential backoff asking for `?since=<last seq>` so nothing is missed. It asks its owner
 * to reload state with GET (resyncNeeded) on the first connection, on `stream.reset`, and
 * when the daemon's sequence went backwards (a wiped data dir).
 */
class EventStream : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventStream)

public:
    enum class State { Offline, Connecting, Connected };
    Q_ENUM(State)

    explicit EventStream(QObject *parent = nullptr);
    ~EventStream() override;

    /** Connects to `<baseUrl>/events` (http→ws, https→wss) and keeps reconnecting until close(). */
    void open(const QUrl &baseUrl, const QString &token);
    /** Closes the socket and stops reconnecting; state becomes Offline. */
    void close();

    State state() const { return m_state; }
    /** Sequence number of the last event delivered (or announced by hello/stream.reset). */
    qint64 lastSeq() const { return m_lastSeq; }
    /** The URL the next connection attempt uses (with `since` when a seq is known). */
    QUrl streamUrl() const;
    /** The last connection error, for a tooltip; empty while connected. */
    QString lastError() const { return m_lastError; }
    /** Backoff bounds: first retry after @p initial, doubling up to @p maximum. */
    void setBackoff(std::chrono::milliseconds initial, std::chrono::milliseconds maximum);
    /** Delay before the next reconnect attempt (grows with consecutive failures). */
    std::chrono::milliseconds nextRetryDelay() const;
    /** Keep-alive: ping every @p interval, drop the connection when no pong within it (0: off). */
    void setKeepAlive(std::chrono::milliseconds interval);

signals:
    /** A stored event (seq > 0) in order; duplicates from a replay are dropped. */
    void eventReceived(const Event &event);
    /** On first contact, one of the daemon's recent events (at or before the state the console
     *  then loads): to show in the log, not to apply. */
    void historyReceived(const Event &event);
    void stateChanged(EventStream::State state);
    /** State must be reloaded with GET: first connection, stream.reset, or a reset daemon. */
    void resyncNeeded();

private:
    void connectNow();
    void onConnected();
    void onDisconnected();
    void onTextMessage(const QString &message);
    void handleControl(const Event &event);
    void scheduleReconnect();
    void setState(State state);
    void dropSocket();

    QPointer<QWebSocket> m_socket;
    QUrl m_baseUrl;
    QString m_token;
    QString m_lastError;
    State m_state = State::Offline;
    qint64 m_lastSeq = 0;
    bool m_haveSeq = false;
    qint64 m_historyUntil = -1; // first contact: events up to this seq are history
    static constexpr int kHistoryEvents = 100;
    bool m_wantOpen = false;
    bool m_resyncOnConnect = true;
    int m_failures = 0;
    std::chrono::milliseconds m_initialBackoff{500};
    std::chrono::milliseconds m_maxBackoff{5000};
    std::chrono::milliseconds m_keepAlive{15000};
    bool m_awaitingPong = false;
    bool m_verbose = false;
    QTimer m_retryTimer;
    QTimer m_pingTimer;
};
