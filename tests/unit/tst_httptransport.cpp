// HttpTransport in-process with a stub handler and small limits: every limit, timeout and cap
// answers as documented, chunked parsing is strict, and an /events client that stops reading
// is told where to resume and cut off instead of being buffered without bound.

#include "backend/api/httptransport.h"
#include "robustness/rawclient.h"
#include "testmain.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <atomic>
#include <mutex>

namespace {

class StubHandler : public TransportHandler
{
public:
    void handle(TransportRequest request, Reply reply) override
    {
        ++requests;
        {
            std::lock_guard lock(mutex);
            lastBody = request.body;
            if (request.target == "/deferred") { // answered later, from another thread
                deferred.push_back(std::move(reply));
                return;
            }
        }
        auto response = ApiResponse::json(
            QJsonObject{{QStringLiteral("target"), QString::fromLatin1(request.target)}});
        if (request.target == "/inject") // a header value that carries a line break
            response.headers.append({QByteArrayLiteral("X-Note"),
                QByteArrayLiteral("a\r\nX-Injected: 1\r\n\r\nHTTP/1.1 200 OK")});
        reply(std::move(response));
    }
    /** Replies to every deferred request, from the calling thread; returns how many. */
    int answerDeferred()
    {
        std::vector<Reply> replies;
        {
            std::lock_guard lock(mutex);
            replies.swap(deferred);
        }
        for (auto &reply : replies)
            reply(ApiResponse::text("late", "text/plain"));
        return int(replies.size());
    }
    int deferredCount()
    {
        std::lock_guard lock(mutex);
        return int(deferred.size());
    }
    std::optional<ApiResponse> acceptStream(
        const TransportRequest &request, Attach *attach) override
    {
        if (!request.target.startsWith("/events"))
            return problemResponse(HttpStatus::NotFound, QStringLiteral("no stream here"));
        *attach = [this](std::shared_ptr<EventSink> sink) {
            std::lock_guard lock(mutex);
            sinks.push_back(std::move(sink));
        };
        return std::nullopt;
    }
    std::shared_ptr<EventSink> sink(size_t index)
    {
        std::lock_guard lock(mutex);
        return index < sinks.size() ? sinks[index] : nullptr;
    }

    std::atomic<int> requests{0};
    std::mutex mutex;
    QByteArray lastBody;
    std::vector<std::shared_ptr<EventSink>> sinks;
    std::vector<Reply> deferred;
};

const QByteArray kWsUpgrade = "GET /events HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\n"
                              "Upgrade: websocket\r\nSec-WebSocket-Version: 13\r\n"
                              "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n";

int countOf(const QByteArray &haystack, const QByteArray &needle)
{
    int n = 0;
    for (qsizetype at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1))
        ++n;
    return n;
}

} // namespace

class TestHttpTransport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void servesKeepAliveRequests();
    void responseHeadIsWellFormed();
    void headerValuesCannotSplitTheResponse();
    void repliesFromAnotherThreadAfterTheClientLeft();
    void limitsAnswerBeforeBuffering_data();
    void limitsAnswerBeforeBuffering();
    void chunkedBodyOverLimitIs413();
    void headersUpToARaisedLimitAreServed();
    void malformedChunksAreRefusedNotSmuggled_data();
    void malformedChunksAreRefusedNotSmuggled();
    void http10AndConnectionCloseEndTheConnection_data();
    void http10AndConnectionCloseEndTheConnection();
    void headerAndIdleTimeoutsCloseConnections();
    void connectionCapsAnswer503WithRetryAfter();
    void upgradeOutsideEventsIsAnsweredWithoutSwitching();
    void streamThatStopsReadingIsResetAndCutOff();

private:
    quint16 startTransport(TransportLimits limits);

    std::unique_ptr<StubHandler> m_handler;
    std::unique_ptr<HttpTransport> m_transport;
};

void TestHttpTransport::init()
{
    m_handler = std::make_unique<StubHandler>();
}

void TestHttpTransport::cleanup()
{
    m_handler->deferred.clear(); // unanswered replies hold connections of the transport
    m_transport.reset();
    m_handler.reset();
}

quint16 TestHttpTransport::startTransport(TransportLimits limits)
{
    m_transport = std::make_unique<HttpTransport>(*m_handler, limits);
    QString error;
    const auto port = m_transport->listen(QHostAddress::LocalHost, 0, &error);
    if (port == 0)
        qWarning() << error;
    return port;
}

void TestHttpTransport::servesKeepAliveRequests()
{
    const auto port = startTransport({});
    QVERIFY(port);
    RawClient client;
    QVERIFY(client.connectTo(port));
    QVERIFY(client.sendAll("GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\r\nHost: x\r\n\r\n"));
    QVERIFY(client.readUntil([](const QByteArray &d) { return d.contains("\"/b\""); }));
    QCOMPARE(countOf(client.received(), "HTTP/1.1 200 OK"), 2);
    QVERIFY(client.received().contains("\"/a\""));
    QCOMPARE(m_handler->requests.load(), 2);
}

void TestHttpTransport::responseHeadIsWellFormed()
{
    const auto port = startTransport({});
    QVERIFY(port);
    RawClient client;
    QVERIFY(client.connectTo(port));
    QVERIFY(client.sendAll("GET /a HTTP/1.0\r\nHost: x\r\nConnection: keep-alive\r\n\r\n"));
    QVERIFY(client.readUntil([](const QByteArray &d) { return d.contains("\"/a\""); }));
    const auto &data = client.received();
    const auto headEnd = data.indexOf("\r\n\r\n");
    QVERIFY(headEnd > 0);
    QList<QByteArray> lines;
    for (const auto &line : data.left(headEnd + 2).split('\n')) {
        if (!line.isEmpty()) {
            QVERIFY2(line.endsWith('\r'), line.constData()); // every line ends in CRLF
            lines.append(line.chopped(1));
        }
    }
    QCOMPARE(lines.value(0), QByteArray("HTTP/1.0 200 OK"));
    QVERIFY(lines.contains("Content-Type: application/json"));
    QVERIFY(lines.contains("Connection: keep-alive")); // HTTP/1.0 keep-alive is said so
    const auto body = data.mid(headEnd + 4);
    QVERIFY(lines.contains("Content-Length: " + QByteArray::number(body.size())));
    QCOMPARE(QJsonDocument::fromJson(body).object().value("target").toString(), "/a");
    // Kept open: a second request on the same connection is served.
    QVERIFY(client.sendAll("GET /b HTTP/1.0\r\nHost: x\r\n\r\n"));
    QVERIFY(client.waitForClose(5000)); // HTTP/1.0 without keep-alive: answered, then closed
    QVERIFY(client.received().contains("\"/b\""));
    QCOMPARE(m_handler->requests.load(), 2);
}

void TestHttpTransport::headerValuesCannotSplitTheResponse()
{
    const auto port = startTransport({});
    QVERIFY(port);
    RawClient client;
    QVERIFY(client.connectTo(port));
    QVERIFY(client.sendAll("GET /inject HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
    QVERIFY(client.waitForClose(5000));
    const auto &data = client.received();
    QCOMPARE(client.status(), 200);
    QVERIFY(data.startsWith("HTTP/1.1 200 OK\r\n"));
    QVERIFY2(!data.contains("\nHTTP/1.1"), data.constData()); // no second response
    QVERIFY2(!data.contains("\nX-Injected"), data.constData()); // no header line of its own
    QVERIFY(data.contains("X-Note: a  X-Injected: 1    HTTP/1.1 200 OK\r\n"));
}

void TestHttpTransport::repliesFromAnotherThreadAfterTheClientLeft()
{
    const auto port = startTransport({});
    QVERIFY(port);
    {
        std::vector<RawClient> gone(20); // ask, then leave before the answer
        for (auto &client : gone) {
            QVERIFY(client.connectTo(port));
            QVERIFY(client.sendAll("GET /deferred HTTP/1.1\r\nHost: x\r\n\r\n"));
        }
        QTRY_COMPARE(m_handler->deferredCount(), 20);
    }
    // The answers come from this thread; the connections they belong to are closed, so these
    // replies may hold the last reference to them.
    QCOMPARE(m_handler->answerDeferred(), 20);
    QTRY_COMPARE(m_transport->stats().connections, 0);

    RawClient waiting; // and one that waits gets its late answer
    QVERIFY(waiting.connectTo(port));
    QVERIFY(waiting.sendAll("GET /deferred HTTP/1.1\r\nHost: x\r\n\r\n"));
    QTRY_COMPARE(m_handler->deferredCount(), 1);
    QCOMPARE(m_handler->answerDeferred(), 1);
    QVERIFY(waiting.readUntil([](const QByteArray &d) { return d.endsWith("late"); }));
    QCOMPARE(waiting.status(), 200);
    QVERIFY(waiting.received().contains("Content-Length: 4\r\n"));
}

void TestHttpTransport::limitsAnswerBeforeBuffering_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::newRow("header block over 16 KiB") << QByteArray(
        "GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + QByteArray(20 << 10, 'a') + "\r\n\r\n")
                                              << 431;
    QTest::newRow("one huge header line, no end")
        << QByteArray("GET / HTTP/1.1\r\nX-Big: " + QByteArray(4 << 20, 'a')) << 431;
    QTest::newRow("target over 8 KiB")
        << QByteArray("GET /" + QByteArray(9 << 10, 'a') + " HTTP/1.1\r\nHost: x\r\n\r\n") << 414;
    QTest::newRow("Content-Length over 1 MiB")
        << QByteArray("POST /x HTTP/1.1\r\nHost: x\r\nContent-Length: 1000000000\r\n\r\n") << 413;
    QTest::newRow("Content-Length 2^64")
        << QByteArray("POST /x HTTP/1.1\r\nHost: x\r\nContent-Length: 18446744073709551616\r\n\r\n")
        << 400;
    QTest::newRow("not HTTP") << QByteArray("HELLO\r\n\r\n") << 400;
}

void TestHttpTransport::limitsAnswerBeforeBuffering()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    const auto port = startTransport({});
    QVERIFY(port);
    RawClient client;
    QVERIFY(client.connectTo(port));
    client.sendAll(request, 2000); // may stop early: the transport refuses mid-way
    QVERIFY(client.readUntil(&RawClient::hasHead));
    QCOMPARE(client.status(), status);
    QVERIFY(client.received().contains("application/problem+json"));
    QVERIFY(client.waitForClose(5000));
    QCOMPARE(m_handler->requests.load(), 0);
}

// Issue #21: the read buffer was 80 KiB whatever max_header_bytes said (up to 1 MiB), so a
// header block between the two was answered 400 "buffer overflow".
void TestHttpTransport::headersUpToARaisedLimitAreServed()
{
    TransportLimits limits;
    limits.maxHeaderBytes = 512 << 10;
    const auto port = startTransport(limits);
    QVERIFY(port);
    const auto fields = [](int count, int bytes) {
        QByteArray out;
        for (int i = 0; i < count; ++i)
            out += "X-Big-" + QByteArray::number(i) + ": " + QByteArray(bytes, 'a') + "\r\n";
        return out;
    };
    RawClient client; // 300 KiB of header fields: above the old 80 KiB, below the limit
    QVERIFY(client.connectTo(port));
    QVERIFY(client.sendAll("GET /x HTTP/1.1\r\nHost: x\r\n" + fields(6, 50 << 10) + "\r\n", 5000));
    QVERIFY(client.readUntil(&RawClient::hasHead));
    QCOMPARE(client.status(), 200);
    QCOMPARE(m_handler->requests.load(), 1);

    RawClient over; // past the raised limit, still 431
    QVERIFY(over.connectTo(port));
    over.sendAll("GET /x HTTP/1.1\r\nHost: x\r\n" + fields(12, 50 << 10) + "\r\n", 5000);
    QVERIFY(over.readUntil(&RawClient::hasHead));
    QCOMPARE(over.status(), 431);

    // One field longer than Beast keeps (65,535 bytes) but within the raised limit: a 431, not
    // an exception that ended the I/O thread and every connection on it.
    RawClient longLine;
    QVERIFY(longLine.connectTo(port));
    longLine.sendAll(
        "GET /x HTTP/1.1\r\nHost: x\r\nX-Long: " + QByteArray(100 << 10, 'a') + "\r\n\r\n", 5000);
    QVERIFY(longLine.readUntil(&RawClient::hasHead));
    QCOMPARE(longLine.status(), 431);
    QVERIFY(longLine.received().contains("65535"));

    RawClient after; // and the transport goes on serving
    QVERIFY(after.connectTo(port));
    QVERIFY(after.sendAll("GET /x HTTP/1.1\r\nHost: x\r\n\r\n"));
    QVERIFY(after.readUntil(&RawClient::hasHead));
    QCOMPARE(after.status(), 200);
    QCOMPARE(m_handler->requests.load(), 2);
}

void TestHttpTransport::chunkedBodyOverLimitIs413()
{
    TransportLimits limits;
    limits.maxBodyBytes = 64 << 10;
    const auto port = startTransport(limits);
    QVERIFY(port);
    RawClient client;
    QVERIFY(client.connectTo(port));
    QVERIFY(client.sendAll("POST /x HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"));
    const QByteArray chunk = "4000\r\n" + QByteArray(0x4000, 'z') + "\r\n";
    for (int i = 0; i < 64 && client.sendAll(chunk, 1000); ++i) {
        client.readAvailable();
        if (RawClient::hasHead(client.received()))
            break;
    }
    QVERIFY(client.readUntil(&RawClient::hasHead));
    QCOMPARE(client.status(), 413);
    QCOMPARE(m_handler->requests.load(), 0);

    // Within the limit, chunked bodies arrive whole.
    RawClient small;
    QVERIFY(small.connectTo(port));
    QVERIFY(small.sendAll("POST /x HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                          "5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n"));
    QVERIFY(small.readUntil(&RawClient::hasHead));
    QCOMPARE(small.status(), 200);
    std::lock_guard lock(m_handler->mutex);
    QCOMPARE(m_handler->lastBody, QByteArray("hello world"));
}

void TestHttpTransport::malformedChunksAreRefusedNotSmuggled_data()
{
    QTest::addColumn<QByteArray>("chunkSize");
    QTest::newRow("not hex") << QByteArray("zz");
    QTest::newRow("2^64") << QByteArray("10000000000000000");
    QTest::newRow("negative") << QByteArray("-1");
}

void TestHttpTransport::malformedChunksAreRefusedNotSmuggled()
{
    QFETCH(QByteArray, chunkSize);
    const auto port = startTransport({});
    QVERIFY(port);
    RawClient client;
    QVERIFY(client.connectTo(port));
    // What follows the bad chunk must never be parsed as a second request.
    QVERIFY(client.sendAll("POST /x HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
        + chunkSize + "\r\nabc\r\n0\r\n\r\nGET /smuggled HTTP/1.1\r\nHost: x\r\n\r\n"));
    QVERIFY(client.waitForClose(5000));
    QCOMPARE(client.status(), 400);
    QCOMPARE(countOf(client.received(), "HTTP/1.1 "), 1);
    QVERIFY(!client.received().contains("smuggled"));
    QCOMPARE(m_handler->requests.load(), 0);
}

void TestHttpTransport::http10AndConnectionCloseEndTheConnection_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::newRow("HTTP/1.0") << QByteArray("GET /a HTTP/1.0\r\n\r\n");
    QTest::newRow("Connection: close")
        << QByteArray("GET /a HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
}

void TestHttpTransport::http10AndConnectionCloseEndTheConnection()
{
    QFETCH(QByteArray, request);
    const auto port = startTransport({});
    QVERIFY(port);
    RawClient client;
    QVERIFY(client.connectTo(port));
    QVERIFY(client.sendAll(request));
    QVERIFY(client.waitForClose(3000));
    QCOMPARE(client.status(), 200);
    QVERIFY(client.received().startsWith(request.contains("HTTP/1.0") ? "HTTP/1.0" : "HTTP/1.1"));
}

void TestHttpTransport::headerAndIdleTimeoutsCloseConnections()
{
    TransportLimits limits;
    limits.headerTimeoutMs = 300;
    limits.idleTimeoutMs = 600;
    const auto port = startTransport(limits);
    QVERIFY(port);

    RawClient slow; // slowloris: a header that never ends
    QVERIFY(slow.connectTo(port));
    QVERIFY(slow.sendAll("GET / HTTP/1.1\r\nHost: x\r\n"));
    RawClient idle; // a keep-alive connection that goes quiet after one request
    QVERIFY(idle.connectTo(port));
    QVERIFY(idle.sendAll("GET /a HTTP/1.1\r\nHost: x\r\n\r\n"));
    QVERIFY(idle.readUntil(&RawClient::hasHead));
    QCOMPARE(idle.status(), 200);

    QElapsedTimer timer;
    timer.start();
    QVERIFY(slow.waitForClose(5000));
    QVERIFY(idle.waitForClose(5000));
    QVERIFY2(timer.elapsed() >= 250, "closed before the idle timeout");
    QCOMPARE(m_handler->requests.load(), 1);
}

void TestHttpTransport::connectionCapsAnswer503WithRetryAfter()
{
    TransportLimits limits;
    limits.maxConnections = 6;
    limits.maxConnectionsPerClient = 3;
    const auto port = startTransport(limits);
    QVERIFY(port);

    std::vector<RawClient> held(3);
    for (auto &client : held) {
        QVERIFY(client.connectTo(port, "127.0.0.1"));
        QVERIFY(client.sendAll("GET /a HTTP/1.1\r\nHost: x\r\n\r\n"));
        QVERIFY(client.readUntil(&RawClient::hasHead));
        QCOMPARE(client.status(), 200);
    }
    RawClient fourth; // same address: over the per-client cap
    QVERIFY(fourth.connectTo(port, "127.0.0.1"));
    QVERIFY(fourth.waitForClose(3000));
    QCOMPARE(fourth.status(), 503);
    QVERIFY(fourth.received().contains("Retry-After: 1"));

    RawClient other; // another address is still served
    QVERIFY(other.connectTo(port, "127.0.0.2"));
    QVERIFY(other.sendAll("GET /b HTTP/1.1\r\nHost: x\r\n\r\n"));
    QVERIFY(other.readUntil(&RawClient::hasHead));
    QCOMPARE(other.status(), 200);

    std::vector<RawClient> more(2);
    for (auto &client : more) {
        QVERIFY(client.connectTo(port, "127.0.0.3"));
        QVERIFY(client.sendAll("GET /c HTTP/1.1\r\nHost: x\r\n\r\n"));
        QVERIFY(client.readUntil(&RawClient::hasHead));
    }
    RawClient seventh; // over the total cap
    QVERIFY(seventh.connectTo(port, "127.0.0.4"));
    QVERIFY(seventh.waitForClose(3000));
    QCOMPARE(seventh.status(), 503);
    QVERIFY(m_transport->stats().refused >= 2);

    // A freed slot is reusable.
    held.front().close();
    QTRY_VERIFY_WITH_TIMEOUT(m_transport->stats().connections == 5, 3000);
    RawClient again;
    QVERIFY(again.connectTo(port, "127.0.0.1"));
    QVERIFY(again.sendAll("GET /d HTTP/1.1\r\nHost: x\r\n\r\n"));
    QVERIFY(again.readUntil(&RawClient::hasHead));
    QCOMPARE(again.status(), 200);
}

void TestHttpTransport::upgradeOutsideEventsIsAnsweredWithoutSwitching()
{
    const auto port = startTransport({});
    QVERIFY(port);
    RawClient client;
    QVERIFY(client.connectTo(port));
    QByteArray upgrade = kWsUpgrade;
    upgrade.replace("GET /events", "GET /healthz");
    QVERIFY(client.sendAll(upgrade));
    QVERIFY(client.waitForClose(3000));
    QCOMPARE(client.status(), 404);
    QVERIFY(!client.received().contains("101 Switching"));
    QVERIFY(!client.received().contains("Access-Control-Allow-Origin"));
}

void TestHttpTransport::streamThatStopsReadingIsResetAndCutOff()
{
    TransportLimits limits;
    limits.streamQueueEvents = 100;
    const auto port = startTransport(limits);
    QVERIFY(port);
    RawClient client;
    QVERIFY(client.connectTo(port, "127.0.0.1", 4096)); // a small window fills fast
    QVERIFY(client.sendAll(kWsUpgrade));
    QVERIFY(client.readUntil(&RawClient::hasHead));
    QCOMPARE(client.status(), 101);
    QTRY_VERIFY_WITH_TIMEOUT(m_handler->sink(0) != nullptr, 3000);
    auto sink = m_handler->sink(0);

    // 20,000 events of 1 KiB while the client reads nothing: unbounded buffering would hold
    // 20 MiB; the bounded queue holds at most 100 events and then gives up on the client.
    const auto payload = std::make_shared<const QByteArray>(
        QByteArray("{\"seq\":1,\"type\":\"pod.health\",\"data\":\"") + QByteArray(1000, 'x')
        + "\"}");
    for (qint64 seq = 1; seq <= 20000; ++seq)
        sink->deliver(seq, payload);
    sink.reset();
    {
        std::lock_guard lock(m_handler->mutex);
        m_handler->sinks.clear();
    }

    // Reading now, the client finds the events that fit, then the reset naming where to
    // resume, then the close (1013, try again later) — or the connection cut at the deadline.
    QVERIFY(client.waitForClose(10000));
    const auto &data = client.received();
    QVERIFY2(data.size() < (8 << 20), "far more was buffered than the queue allows");
    QVERIFY(data.contains("stream.reset"));
    QVERIFY(data.contains("resume_since"));
    QVERIFY(data.contains("fell behind"));
    // What the kernel's socket buffers took before the queue filled also arrives (loopback
    // autotunes the send buffer up to tcp_wmem, 4 MiB), but nowhere near all 20,000 (20 MiB).
    QVERIFY(countOf(data, "pod.health") < 8000);
    QTRY_VERIFY_WITH_TIMEOUT(m_transport->stats().streams == 0, 8000);
    QCOMPARE(m_transport->stats().connections, 0);
}

RP_TEST(TestHttpTransport, "tst_httptransport")
#include "tst_httptransport.moc"
