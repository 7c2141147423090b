// ApiClient's delivery rules against a real socket: a local server that answers only when the
// test says so, so every race (cancel, endpoint change, a dying receiver) is decided by the test
// and not by timing.
#include "models/apiclient.h"
#include "testmain.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

namespace {

// Accepts connections and keeps them; answer() writes one HTTP response on the oldest one.
class HeldServer : public QObject
{
public:
    HeldServer()
    {
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                m_sockets.append(socket);
                connect(socket, &QTcpSocket::readyRead, socket,
                    [this, socket] { m_requests.append(socket->readAll()); });
            }
        });
    }
    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
    }
    bool waitForRequests(int count)
    {
        return QTest::qWaitFor([&] { return m_requests.size() >= count; }, 5000);
    }
    void answer(int status, const QByteArray &contentType, const QByteArray &body)
    {
        QTcpSocket *socket = m_sockets.takeFirst();
        socket->write("HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: "
            + contentType + "\r\nContent-Length: " + QByteArray::number(body.size())
            + "\r\nConnection: close\r\n\r\n" + body);
        socket->flush();
    }
    const QList<QByteArray> &requests() const { return m_requests; }

private:
    QTcpServer m_server;
    QList<QTcpSocket *> m_sockets;
    QList<QByteArray> m_requests;
};

const QByteArray kHealth = R"({"status":"ok","version":"9.9","pods":3,"uptime_s":5})";

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private slots:
    void deliversTypedValue();
    void cancelledCallNeverCallsBack();
    void deadContextNeverCalledBack();
    void endpointChangeDropsOldAnswers();
    void bytesComeUnchangedAndProblemsParsed();
    void clientDestroyedInFlight();

private:
    QNetworkAccessManager m_network;
};

void TestApiClient::deliversTypedValue()
{
    HeldServer server;
    ApiClient api(m_network);
    api.setBaseUrl(server.url());
    api.setToken(QStringLiteral("t"));
    std::optional<ApiResult<DaemonHealth>> got;
    const ApiCall call = api.fetchHealth(this, [&](ApiResult<DaemonHealth> r) { got = r; });
    QVERIFY(server.waitForRequests(1));
    QVERIFY(call.isRunning());
    // /healthz is the one path sent without the token.
    QVERIFY(!server.requests().first().contains("Authorization"));
    server.answer(200, "application/json", kHealth);
    QTRY_VERIFY(got.has_value());
    QVERIFY(got->ok());
    QCOMPARE(got->value().version, QStringLiteral("9.9"));
    QCOMPARE(got->value().pods, 3);
    QVERIFY(!call.isRunning());
}

void TestApiClient::cancelledCallNeverCallsBack()
{
    HeldServer server;
    ApiClient api(m_network);
    api.setBaseUrl(server.url());
    QSignalSpy failed(&api, &ApiClient::requestFailed);
    int calls = 0;
    ApiCall call = api.fetchHealth(this, [&](ApiResult<DaemonHealth>) { ++calls; });
    QVERIFY(server.waitForRequests(1));
    call.cancel();
    QVERIFY(!call.isRunning());
    server.answer(200, "application/json", kHealth);
    // A second call on the same client proves the event loop ran past the first answer.
    std::optional<ApiResult<DaemonHealth>> second;
    api.fetchHealth(this, [&](ApiResult<DaemonHealth> r) { second = r; });
    QVERIFY(server.waitForRequests(2));
    server.answer(200, "application/json", kHealth);
    QTRY_VERIFY(second.has_value());
    QCOMPARE(calls, 0);
    QCOMPARE(failed.count(), 0); // a cancel is no failure to report
}

void TestApiClient::deadContextNeverCalledBack()
{
    HeldServer server;
    ApiClient api(m_network);
    api.setBaseUrl(server.url());
    auto receiver = std::make_unique<QObject>();
    bool called = false;
    api.fetchHealth(receiver.get(), [&](ApiResult<DaemonHealth>) { called = true; });
    QVERIFY(server.waitForRequests(1));
    receiver.reset();
    server.answer(200, "application/json", kHealth);
    std::optional<ApiResult<DaemonHealth>> witness;
    api.fetchHealth(this, [&](ApiResult<DaemonHealth> r) { witness = r; });
    QVERIFY(server.waitForRequests(2));
    server.answer(200, "application/json", kHealth);
    QTRY_VERIFY(witness.has_value());
    QVERIFY(!called);
}

void TestApiClient::endpointChangeDropsOldAnswers()
{
    HeldServer oldDaemon;
    HeldServer newDaemon;
    ApiClient api(m_network);
    api.setBaseUrl(oldDaemon.url());
    bool oldAnswered = false;
    const ApiCall old = api.fetchHealth(this, [&](ApiResult<DaemonHealth>) { oldAnswered = true; });
    QVERIFY(oldDaemon.waitForRequests(1));
    QSignalSpy changed(&api, &ApiClient::endpointChanged);
    api.setBaseUrl(newDaemon.url());
    QCOMPARE(changed.count(), 1);
    QVERIFY(!old.isRunning());
    std::optional<ApiResult<DaemonHealth>> fresh;
    api.fetchHealth(this, [&](ApiResult<DaemonHealth> r) { fresh = r; });
    QVERIFY(newDaemon.waitForRequests(1));
    newDaemon.answer(200, "application/json", kHealth);
    QTRY_VERIFY(fresh.has_value());
    QVERIFY(fresh->ok());
    QVERIFY(!oldAnswered);
}

void TestApiClient::bytesComeUnchangedAndProblemsParsed()
{
    HeldServer server;
    ApiClient api(m_network);
    api.setBaseUrl(server.url());
    api.setToken(QStringLiteral("secret"));
    const QByteArray csv = "region,key\r\nus-east,\"a,b\"\r\n";
    std::optional<ApiResult<QByteArray>> bytes;
    api.requestBytes(
        this, "GET", QStringLiteral("/residency/audit/x"),
        [&](ApiResult<QByteArray> r) { bytes = r; }, QUrlQuery{{"format", "csv"}});
    QVERIFY(server.waitForRequests(1));
    QVERIFY(server.requests().first().startsWith("GET /residency/audit/x?format=csv "));
    QVERIFY(server.requests().first().contains("Authorization: Bearer secret"));
    server.answer(200, "text/csv", csv);
    QTRY_VERIFY(bytes.has_value());
    QVERIFY(bytes->ok());
    QCOMPARE(bytes->value(), csv);

    QSignalSpy failed(&api, &ApiClient::requestFailed);
    std::optional<ApiResult<QByteArray>> refused;
    api.requestBytes(this, "GET", QStringLiteral("/residency/audit/y"),
        [&](ApiResult<QByteArray> r) { refused = r; });
    QVERIFY(server.waitForRequests(2));
    server.answer(403, "application/problem+json",
        R"({"type":"about:blank","title":"Forbidden","status":403,"detail":"not yours","field":"district"})");
    QTRY_VERIFY(refused.has_value());
    QVERIFY(!refused->ok());
    QCOMPARE(refused->error().status, 403);
    QCOMPARE(refused->error().field, QStringLiteral("district"));
    QCOMPARE(failed.count(), 1);
}

void TestApiClient::clientDestroyedInFlight()
{
    HeldServer server;
    auto api = std::make_unique<ApiClient>(m_network);
    api->setBaseUrl(server.url());
    bool called = false;
    api->fetchHealth(this, [&](ApiResult<DaemonHealth>) { called = true; });
    QVERIFY(server.waitForRequests(1));
    api.reset(); // the receiver lives on; the answer must not reach a dead client
    server.answer(200, "application/json", kHealth);
    // A witness request through another client: once it is answered, the loop has long passed
    // the moment the first answer would have been delivered.
    ApiClient other(m_network);
    other.setBaseUrl(server.url());
    std::optional<ApiResult<DaemonHealth>> witness;
    other.fetchHealth(this, [&](ApiResult<DaemonHealth> r) { witness = r; });
    QVERIFY(server.waitForRequests(2));
    server.answer(200, "application/json", kHealth);
    QTRY_VERIFY(witness.has_value());
    QVERIFY(!called);
}

RP_TEST(TestApiClient, "tst_apiclient")
#include "tst_apiclient.moc"
