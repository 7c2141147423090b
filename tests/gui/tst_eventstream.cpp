#include "models/eventstream.h"
#include "testmain.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace std::chrono_literals;

namespace {

// A stand-in daemon /events endpoint: records each connection's request and lets the test
// script what it sends.
class FakeEventsServer : public QObject
{
public:
    FakeEventsServer()
        : m_server(QStringLiteral("fake-daemon"), QWebSocketServer::NonSecureMode)
    {
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            while (auto *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                m_sockets.append(socket);
                m_requests.append(socket->request());
            }
        });
    }

    bool listen(quint16 port = 0) { return m_server.listen(QHostAddress::LocalHost, port); }
    void stopListening() { m_server.close(); }
    quint16 port() const { return m_server.serverPort(); }
    QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port())); }
    int connections() const { return int(m_sockets.size()); }
    QNetworkRequest request(int i) const { return m_requests.at(i); }
    QString since(int i) const
    {
        return QUrlQuery(m_requests.at(i).url()).queryItemValue(QStringLiteral("since"));
    }
    QWebSocket *latest() const { return m_sockets.isEmpty() ? nullptr : m_sockets.last(); }

    void send(qint64 seq, const QString &type, const QJsonObject &data)
    {
        const QJsonObject message{
            {"seq", seq}, {"type", type}, {"time", "2026-11-22T08:00:01.250Z"}, {"data", data}};
        latest()->sendTextMessage(
            QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
    }
    void hello(qint64 latestSeq) { send(0, QStringLiteral("hello"), {{"latest_seq", latestSeq}}); }
    void health(qint64 seq, const QString &pod = QStringLiteral("us-west-primary"))
    {
        send(seq, QStringLiteral("pod.health"),
            {{"pod", pod}, {"region", "us-west"}, {"health", "degraded"}, {"previous", "healthy"}});
    }
    void dropClient()
    {
        latest()->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("bye"));
    }

private:
    QWebSocketServer m_server;
    QList<QWebSocket *> m_sockets;
    QList<QNetworkRequest> m_requests;
};

QList<qint64> seqs(const QSignalSpy &spy)
{
    QList<qint64> list;
    for (const auto &args : spy)
        list << args.at(0).value<Event>().seq;
    return list;
}

} // namespace

class TestEventStream : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void connectsWithBearerAndDeliversEvents();
    void firstContactShowsHistoryWithoutApplyingIt();
    void reconnectsWithSinceAfterServerCloses();
    void streamResetAsksForResync();
    void helloBehindOursAsksForResync();
    void goesOfflineAndRecovers();
    void ignoresMalformedMessages();
    void closeStopsReconnecting();
    void backoffDoublesToMaximum();
};

void TestEventStream::initTestCase()
{
    qRegisterMetaType<Event>();
}

void TestEventStream::connectsWithBearerAndDeliversEvents()
{
    FakeEventsServer server;
    QVERIFY(server.listen());
    EventStream stream;
    QSignalSpy events(&stream, &EventStream::eventReceived);
    QSignalSpy resync(&stream, &EventStream::resyncNeeded);
    QSignalSpy states(&stream, &EventStream::stateChanged);

    stream.open(server.baseUrl(), QStringLiteral("s3cret"));
    QCOMPARE(stream.state(), EventStream::State::Connecting);
    QTRY_COMPARE_WITH_TIMEOUT(stream.state(), EventStream::State::Connected, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(server.connections(), 1, 5000);
    QCOMPARE(server.request(0).rawHeader("Authorization"), QByteArray("Bearer s3cret"));
    QCOMPARE(server.request(0).url().path(), QStringLiteral("/events"));
    QVERIFY(!QUrlQuery(server.request(0).url()).hasQueryItem(QStringLiteral("since")));
    QCOMPARE(resync.count(), 1); // first connection: the owner loads with GET

    server.hello(41);
    server.health(42);
    server.health(43, QStringLiteral("us-east-primary"));
    QTRY_COMPARE_WITH_TIMEOUT(events.count(), 2, 5000);
    const Event first = events.at(0).at(0).value<Event>();
    QCOMPARE(first.seq, 42);
    QCOMPARE(first.typeName(), QStringLiteral("pod.health"));
    // Decoded once, here: the payload arrives typed.
    const auto &health = std::get<PodHealthEvent>(first.payload);
    QCOMPARE(health.pod, QStringLiteral("us-west-primary"));
    QCOMPARE(health.health, HealthState::Degraded);
    QCOMPARE(stream.lastSeq(), 43);
    QCOMPARE(states.first().at(0).value<EventStream::State>(), EventStream::State::Connecting);
    QCOMPARE(states.last().at(0).value<EventStream::State>(), EventStream::State::Connected);
}

// Issue #10.4: a console that connects to a running daemon shows its recent history.
void TestEventStream::firstContactShowsHistoryWithoutApplyingIt()
{
    FakeEventsServer server;
    QVERIFY(server.listen());
    EventStream stream;
    QSignalSpy events(&stream, &EventStream::eventReceived);
    QSignalSpy history(&stream, &EventStream::historyReceived);
    stream.open(server.baseUrl(), QStringLiteral("s3cret"));
    QTRY_COMPARE_WITH_TIMEOUT(server.connections(), 1, 5000);
    QCOMPARE(QUrlQuery(server.request(0).url()).queryItemValue(QStringLiteral("history")),
        QStringLiteral("100"));
    server.hello(41);
    server.health(40); // history: at or before the state the console loads
    server.health(41);
    server.health(42); // live
    QTRY_COMPARE_WITH_TIMEOUT(events.count(), 1, 5000);
    QCOMPARE(history.count(), 2);
    QCOMPARE(history.at(0).at(0).value<Event>().seq, 40);
    QCOMPARE(events.at(0).at(0).value<Event>().seq, 42);

    // A reconnect resumes with since= and asks for no history.
    server.dropClient();
    QTRY_COMPARE_WITH_TIMEOUT(server.connections(), 2, 10000);
    QCOMPARE(server.since(1), QStringLiteral("42"));
    QVERIFY(!QUrlQuery(server.request(1).url()).hasQueryItem(QStringLiteral("history")));
    server.hello(42);
    server.health(42); // a replay race: not history, not new
    server.health(43);
    QTRY_COMPARE_WITH_TIMEOUT(events.count(), 2, 5000);
    QCOMPARE(history.count(), 2);
}

void TestEventStream::reconnectsWithSinceAfterServerCloses()
{
    FakeEventsServer server;
    QVERIFY(server.listen());
    EventStream stream;
    stream.setBackoff(50ms, 400ms);
    QSignalSpy events(&stream, &EventStream::eventReceived);
    QSignalSpy resync(&stream, &EventStream::resyncNeeded);
    QSignalSpy states(&stream, &EventStream::stateChanged);

    stream.open(server.baseUrl(), QStringLiteral("t"));
    QTRY_COMPARE_WITH_TIMEOUT(server.connections(), 1, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(stream.state(), EventStream::State::Connected, 5000);
    server.hello(6);
    server.health(7);
    QTRY_COMPARE_WITH_TIMEOUT(events.count(), 1, 5000);

    states.clear();
    server.dropClient();
    QTRY_COMPARE_WITH_TIMEOUT(server.connections(), 2, 5000);
    QCOMPARE(server.since(1), QStringLiteral("7"));
    QCOMPARE(server.request(1).rawHeader("Authorization"), QByteArray("Bearer t"));
    QTRY_COMPARE_WITH_TIMEOUT(stream.state(), EventStream::State::Connected, 5000);
    QVERIFY(states.count() >= 2); // went through Connecting
    QCOMPARE(states.first().at(0).value<EventStream::State>(), EventStream::State::Connecting);

    // The daemon replays from since; a duplicate of what we already had is dropped.
    server.hello(9);
    server.health(7);
    server.health(8);
    server.health(9);
    QTRY_COMPARE_WITH_TIMEOUT(events.count(), 3, 5000);
    QCOMPARE(seqs(events), (QList<qint64>{7, 8, 9}));
    QCOMPARE(resync.count(), 1); // a replay needs no reload
}

void TestEventStream::streamResetAsksForResync()
{
    FakeEventsServer server;
    QVERIFY(server.listen());
    EventStream stream;
    stream.setBackoff(50ms, 400ms);
    QSignalSpy resync(&stream, &EventStream::resyncNeeded);
    QSignalSpy events(&stream, &EventStream::eventReceived);
    stream.open(server.baseUrl(), QStringLiteral("t"));
    QTRY_COMPARE_WITH_TIMEOUT(resync.count(), 1, 5000);
    server.hello(3);
    server.send(0, QStringLiteral("stream.reset"),
        {{"reason", "since 3 is older than the buffer"}, {"resume_since", 100}, {"reload", true}});
    QTRY_COMPARE_WITH_TIMEOUT(resync.count(), 2, 5000);
    QCOMPARE(stream.lastSeq(), 100);
    QCOMPARE(events.count(), 0); // control messages are not events

    server.dropClient();
    QTRY_COMPARE_WITH_TIMEOUT(server.connections(), 2, 5000);
    QCOMPARE(server.since(1), QStringLiteral("100"));

    // A client that only fell behind resumes where it was, without reloading.
    QTRY_COMPARE_WITH_TIMEOUT(stream.state(), EventStream::State::Connected, 5000);
    server.hello(120);
    server.send(0, QStringLiteral("stream.reset"),
        {{"reason", "this client fell behind"}, {"resume_since", 110}, {"reload", false}});
    server.health(121); // sent after the reset on the same socket: proves it was read
    QTRY_COMPARE_WITH_TIMEOUT(events.count(), 1, 5000);
    QCOMPARE(resync.count(), 2);
    server.dropClient();
    QTRY_COMPARE_WITH_TIMEOUT(server.connections(), 3, 5000);
    QCOMPARE(server.since(2), QStringLiteral("121"));
}

void TestEventStream::helloBehindOursAsksForResync()
{
    FakeEventsServer server;
    QVERIFY(server.listen());
    EventStream stream;
    stream.setBackoff(50ms, 400ms);
    QSignalSpy resync(&stream, &EventStream::resyncNeeded);
    QSignalSpy events(&stream, &EventStream::eventReceived);
    stream.open(server.baseUrl(), QStringLiteral("t"));
    QTRY_COMPARE_WITH_TIMEOUT(resync.count(), 1, 5000);
    server.hello(500);
    server.health(501);
    QTRY_COMPARE_WITH_TIMEOUT(events.count(), 1, 5000);
    server.dropClient();
    QTRY_COMPARE_WITH_TIMEOUT(server.connections(), 2, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(stream.state(), EventStream::State::Connected, 5000);
    server.hello(2); // a wiped data dir: its history restarted
    QTRY_COMPARE_WITH_TIMEOUT(resync.count(), 2, 5000);
    QCOMPARE(stream.lastSeq(), 2);
    server.health(3);
    QTRY_COMPARE_WITH_TIMEOUT(events.count(), 2, 5000);
}

void TestEventStream::goesOfflineAndRecovers()
{
    FakeEventsServer server;
    QVERIFY(server.listen());
    const quint16 port = server.port();
    server.stopListening();

    EventStream stream;
    stream.setBackoff(20ms, 80ms);
    QSignalSpy resync(&stream, &EventStream::resyncNeeded);
    stream.open(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), QStringLiteral("t"));
    QTRY_COMPARE_WITH_TIMEOUT(stream.state(), EventStream::State::Offline, 5000);
    QVERIFY(!stream.lastError().isEmpty());
    QCOMPARE(resync.count(), 0);

    // The daemon comes back on the same port: the stream finds it without being told.
    QVERIFY(server.listen(port));
    QTRY_COMPARE_WITH_TIMEOUT(stream.state(), EventStream::State::Connected, 5000);
    QCOMPARE(resync.count(), 1);
}

void TestEventStream::ignoresMalformedMessages()
{
    FakeEventsServer server;
    QVERIFY(server.listen());
    EventStream stream;
    QSignalSpy events(&stream, &EventStream::eventReceived);
    stream.open(server.baseUrl(), QStringLiteral("t"));
    QTRY_COMPARE_WITH_TIMEOUT(server.connections(), 1, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(stream.state(), EventStream::State::Connected, 5000);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("malformed message"));
    server.latest()->sendTextMessage(QStringLiteral("{not json"));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("malformed message"));
    server.latest()->sendTextMessage(QStringLiteral("{\"seq\":\"x\",\"type\":\"pod.health\"}"));
    server.hello(0);
    server.health(1);
    QTRY_COMPARE_WITH_TIMEOUT(events.count(), 1, 5000);
    QCOMPARE(stream.state(), EventStream::State::Connected);
}

void TestEventStream::closeStopsReconnecting()
{
    FakeEventsServer server;
    QVERIFY(server.listen());
    EventStream stream;
    stream.setBackoff(20ms, 40ms);
    stream.open(server.baseUrl(), QStringLiteral("t"));
    QTRY_COMPARE_WITH_TIMEOUT(stream.state(), EventStream::State::Connected, 5000);
    stream.close();
    QCOMPARE(stream.state(), EventStream::State::Offline);
    // Several backoff periods pass with no new connection attempt.
    QTest::qWait(300);
    QCOMPARE(server.connections(), 1);
}

void TestEventStream::backoffDoublesToMaximum()
{
    FakeEventsServer server;
    QVERIFY(server.listen());
    const quint16 port = server.port();
    server.stopListening();
    EventStream stream;
    QCOMPARE(stream.nextRetryDelay(), 500ms); // default first retry
    stream.setBackoff(10ms, 40ms);
    QList<std::chrono::milliseconds> delays;
    connect(&stream, &EventStream::stateChanged, this, [&] { delays << stream.nextRetryDelay(); });
    stream.open(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), QStringLiteral("t"));
    QTRY_VERIFY_WITH_TIMEOUT(stream.state() == EventStream::State::Offline, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(stream.nextRetryDelay(), 40ms, 5000);
    QVERIFY(delays.contains(10ms));
    stream.close();
}

RP_TEST(TestEventStream, "tst_eventstream")
#include "tst_eventstream.moc"
