#include "models/eventstream.h"

#include "backend/core/verbosity.h"
#include "models/logging.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QUrlQuery>
#include <QWebSocket>

#include <algorithm>
#include <exception>

namespace {

// After this many failed attempts in a row the stream reports Offline (it keeps retrying):
// a blip shows "Reconnecting…", an outage of several seconds shows "Offline".
constexpr int kOfflineAfterFailures = 4;

} // namespace

EventStream::EventStream(QObject *parent)
    : QObject(parent)
    , m_verbose(Verbosity::apiVerbose())
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &EventStream::connectNow);
    connect(&m_pingTimer, &QTimer::timeout, this, [this] {
        if (!m_socket)
            return;
        if (m_awaitingPong) {
            // A half-open TCP connection (laptop sleep, dropped NAT entry) never reports a close.
            qCWarning(lcClient) << "event stream: no pong, dropping the connection";
            m_lastError = tr("no answer to keep-alive ping");
            m_socket->abort();
            return;
        }
        m_awaitingPong = true;
        m_socket->ping();
    });
}

EventStream::~EventStream()
{
    m_wantOpen = false;
    dropSocket();
}

void EventStream::setBackoff(std::chrono::milliseconds initial, std::chrono::milliseconds maximum)
{
    m_initialBackoff = initial;
    m_maxBackoff = std::max(initial, maximum);
}

void EventStream::setKeepAlive(std::chrono::milliseconds interval)
{
    m_keepAlive = interval;
    if (m_keepAlive.count() <= 0)
        m_pingTimer.stop();
    else if (m_pingTimer.isActive())
        m_pingTimer.start(m_keepAlive);
}

std::chrono::milliseconds EventStream::nextRetryDelay() const
{
    auto delay = m_initialBackoff;
    for (int i = 1; i < m_failures && delay < m_maxBackoff; ++i)
        delay *= 2;
    return std::min(delay, m_maxBackoff);
}

QUrl EventStream::streamUrl() const
{
    QUrl url = m_baseUrl;
    url.setScheme(
        url.scheme() == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/events"));
    QUrlQuery query;
    if (m_haveSeq)
        query.addQueryItem(QStringLiteral("since"), QString::number(m_lastSeq));
    else // first contact: show what happened recently, as a log shows its tail
        query.addQueryItem(QStringLiteral("history"), QString::number(kHistoryEvents));
    url.setQuery(query);
    return url;
}

void EventStream::open(const QUrl &baseUrl, const QString &token)
{
    const bool otherDaemon = baseUrl != m_baseUrl;
    m_baseUrl = baseUrl;
    m_token = token;
    m_wantOpen = true;
    m_failures = 0;
    if (otherDaemon) {
        // Sequence numbers belong to one daemon's store.
        m_haveSeq = false;
        m_lastSeq = 0;
    }
    m_resyncOnConnect = true;
    connectNow();
}

void EventStream::close()
{
    m_wantOpen = false;
    m_retryTimer.stop();
    dropSocket();
    setState(State::Offline);
}

void EventStream::dropSocket()
{
    m_pingTimer.stop();
    if (!m_socket)
        return;
    QWebSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

void EventStream::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void EventStream::connectNow()
{
    if (!m_wantOpen)
        return;
    // A fresh socket per attempt: the old one's late signals can't trigger a second retry.
    dropSocket();
    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket = socket;
    const QHostAddress host(m_baseUrl.host());
    if (m_baseUrl.host() == QLatin1String("localhost") || (!host.isNull() && host.isLoopback()))
        socket->setProxy(QNetworkProxy::NoProxy);
    connect(socket, &QWebSocket::connected, this, &EventStream::onConnected);
    connect(socket, &QWebSocket::disconnected, this, &EventStream::onDisconnected);
    // Qt 6.4 spells it error(); errorOccurred() arrived in 6.5.
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
        [this, socket](QAbstractSocket::SocketError) {
            m_lastError = socket->errorString();
            // Some failures (refused handshake) end without a disconnected() signal.
            if (socket->state() == QAbstractSocket::UnconnectedState)
                onDisconnected();
        });
    connect(socket, &QWebSocket::textMessageReceived, this, &EventStream::onTextMessage);
    connect(socket, &QWebSocket::pong, this, [this] { m_awaitingPong = false; });

    QNetworkRequest request(streamUrl());
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    if (m_failures < kOfflineAfterFailures)
        setState(State::Connecting);
    if (m_verbose)
        qCInfo(lcClient).noquote()
            << "event stream: connecting to" << request.url().toDisplayString();
    socket->open(request);
}

void EventStream::onConnected()
{
    qCInfo(lcClient).noquote() << "event stream connected:" << streamUrl().toDisplayString();
    m_failures = 0;
    m_lastError.clear();
    m_awaitingPong = false;
    if (m_keepAlive.count() > 0)
        m_pingTimer.start(m_keepAlive);
    setState(State::Connected);
    if (m_resyncOnConnect) {
        m_resyncOnConnect = false;
        emit resyncNeeded();
    }
}

void EventStream::onDisconnected()
{
    if (!m_socket || (sender() && sender() != m_socket))
        return;
    m_pingTimer.stop();
    if (m_lastError.isEmpty() && m_socket->closeCode() != QWebSocketProtocol::CloseCodeNormal)
        m_lastError = m_socket->closeReason();
    if (m_state == State::Connected)
        qCInfo(lcClient).noquote() << "event stream disconnected" << m_lastError;
    if (m_wantOpen)
        scheduleReconnect();
    else
        setState(State::Offline);
}

void EventStream::scheduleReconnect()
{
    if (m_retryTimer.isActive())
        return;
    ++m_failures;
    setState(m_failures >= kOfflineAfterFailures ? State::Offline : State::Connecting);
    const auto delay = nextRetryDelay();
    if (m_verbose || m_failures == 1)
        qCInfo(lcClient).noquote()
            << "event stream: reconnecting in" << delay.count() << "ms"
            << (m_lastError.isEmpty() ? QString() : QStringLiteral("(%1)").arg(m_lastError));
    m_retryTimer.start(delay);
}

void EventStream::onTextMessage(const QString &message)
{
    Event event;
    try {
        const auto doc = QJsonDocument::fromJson(message.toUtf8());
        if (!doc.isObject())
            throw std::runtime_error("not a JSON object");
        event = Event::fromJson(doc.object());
    } catch (const std::exception &e) {
        qCWarning(lcClient).noquote()
            << "event stream: ignoring malformed message:" << e.what() << message.left(200);
        return;
    }
    if (m_verbose)
        qCInfo(lcClient).noquote() << "event" << event.seq << event.typeName()
                                   << QJsonDocument(event.data()).toJson(QJsonDocument::Compact);
    if (event.kind() == EventType::Hello || event.kind() == EventType::StreamReset) {
        handleControl(event);
        return;
    }
    if (event.seq <= m_historyUntil) {
        emit historyReceived(event);
        return;
    }
    if (m_haveSeq && event.seq <= m_lastSeq)
        return; // replayed twice (a reconnect raced with live delivery)
    if (m_haveSeq && event.seq > m_lastSeq + 1)
        qCDebug(lcClient) << "event stream: gap from" << m_lastSeq << "to" << event.seq;
    m_lastSeq = event.seq;
    m_haveSeq = true;
    emit eventReceived(event);
}

void EventStream::handleControl(const Event &event)
{
    if (const auto *reset = std::get_if<StreamResetEvent>(&event.payload)) {
        qCInfo(lcClient).noquote() << "event stream reset:" << reset->reason;
        // The daemon closes the stream after this; the reconnect asks for what follows.
        m_lastSeq = reset->resumeSince;
        m_haveSeq = true;
        if (reset->reload)
            emit resyncNeeded();
        return;
    }
    const auto *hello = std::get_if<HelloEvent>(&event.payload);
    if (!hello)
        return;
    // hello: only a first contact's is followed by history
    m_historyUntil = -1;
    const qint64 latest = hello->latestSeq;
    if (m_haveSeq && latest < m_lastSeq) {
        // The daemon's history is younger than ours: it is a different (or wiped) store.
        qCInfo(lcClient) << "event stream: daemon's latest seq" << latest << "is behind ours"
                         << m_lastSeq << "- reloading";
        m_lastSeq = latest;
        emit resyncNeeded();
        return;
    }
    if (!m_haveSeq) {
        // First contact: the reload we ask for is at least as new as `latest`; what the
        // daemon sends up to it is history.
        m_lastSeq = latest;
        m_haveSeq = true;
        m_historyUntil = latest;
    }
}
