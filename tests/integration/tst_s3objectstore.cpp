#include "backend/providers/s3objectstore.h"
#include "objectstorecontract.h"
#include "testmain.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <functional>
#include <mutex>
#include <thread>

#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using Kind = ObjectStoreError::Kind;
using objectstorecontract::sortedKeys;

namespace {

// s3rver's built-in key pair; the launcher verifies SigV4 signatures against it.
const QString kAccessKey = QStringLiteral("S3RVER");
const QString kSecretKey = QStringLiteral("S3RVER");
const QString kBucket = QStringLiteral("rp-test");

// Unusual keys whose byte-wise order s3rver also gets right. s3rver 3.7 lists by walking its
// own folder tree, so where a name is followed by a character below '/' ("x-y" beside the
// folder "x", "d1-x/" beside "d1/") it returns keys out of S3's order and its start-after
// logic then skips some; the directory store's test covers those cases, this driver only
// has to keep the server's order and follow its tokens.
const QStringList kTrickyKeys{
    QStringLiteral("d1/student_pii/x/y"),
    QStringLiteral("d1/student_pii/x0"),
    QStringLiteral("d1/student_pii/Zeta"),
    QStringLiteral("d1/student_pii/ä.txt"),
    QStringLiteral("d1/student_pii/roster 2024.csv"),
    QStringLiteral("d1/student_pii/a+b=c&d"),
    QStringLiteral("d1/deidentified/a"),
    QStringLiteral("d10/student_pii/a"),
    QStringLiteral("d2/model_artifact/.hidden"),
};

const objectstorecontract::Traits kTraits{1000, kTrickyKeys};

QStringList makeKeys(int count)
{
    return objectstorecontract::makeKeys(kTraits, count);
}

QStringList listAll(ObjectStore &store, const QString &prefix, int pageSize)
{
    return objectstorecontract::listAll(store, prefix, pageSize, kTraits);
}

// A stand-in HTTP peer for failures a real server will not produce on demand (5xx, 429,
// silence). It answers each request from a script, counting them; POSIX sockets on its own
// thread, so the store can block the test thread meanwhile.
class ScriptedPeer
{
public:
    struct Reply
    {
        int status = 200; // 0 = accept the connection and never answer
        QByteArray body;
    };
    explicit ScriptedPeer(QList<Reply> script)
        : m_script(std::move(script))
    {
        m_listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof addr;
        if (::bind(m_listener, reinterpret_cast<sockaddr *>(&addr), len) != 0
            || ::listen(m_listener, 16) != 0
            || ::getsockname(m_listener, reinterpret_cast<sockaddr *>(&addr), &len) != 0)
            qFatal("ScriptedPeer: cannot listen");
        m_port = ntohs(addr.sin_port);
        m_thread = std::thread([this] { serve(); });
    }
    ~ScriptedPeer()
    {
        m_stop = true;
        m_thread.join();
        for (int fd : m_silent)
            ::close(fd);
        ::close(m_listener);
    }
    quint16 port() const { return m_port; }
    int requests() const { return m_requests; }

private:
    void serve()
    {
        while (!m_stop) {
            pollfd p{m_listener, POLLIN, 0};
            if (::poll(&p, 1, 20) <= 0)
                continue;
            const int fd = ::accept4(m_listener, nullptr, nullptr, SOCK_CLOEXEC);
            if (fd < 0)
                continue;
            QByteArray request;
            char buffer[4096];
            while (!request.contains("\r\n\r\n")) {
                const ssize_t n = ::read(fd, buffer, sizeof buffer);
                if (n <= 0)
                    break;
                request.append(buffer, n);
            }
            const Reply reply = m_script.at(std::min<qsizetype>(m_requests, m_script.size() - 1));
            ++m_requests;
            if (reply.status == 0) {
                m_silent.push_back(fd);
                continue;
            }
            const QByteArray response = "HTTP/1.1 " + QByteArray::number(reply.status)
                + " Scripted\r\nContent-Type: application/xml\r\nConnection: close\r\n"
                  "Content-Length: "
                + QByteArray::number(reply.body.size()) + "\r\n\r\n" + reply.body;
            [[maybe_unused]] const ssize_t written
                = ::write(fd, response.constData(), response.size());
            ::close(fd);
        }
    }

    QList<Reply> m_script;
    int m_listener = -1;
    quint16 m_port = 0;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_requests{0};
    std::vector<int> m_silent;
    std::thread m_thread;
};

QByteArray errorXml(const char *code, const char *message)
{
    return QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>") + code
        + "</Code><Message>" + message + "</Message></Error>";
}

} // namespace

class TestS3ObjectStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // One line per request drowns the test log; QT_LOGGING_RULES still overrides this.
        QLoggingCategory::setFilterRules(QStringLiteral("rp.provider.*.debug=false"));
        const QString source = qEnvironmentVariable("RP_SOURCE_DIR");
        QVERIFY2(!source.isEmpty(), "RP_SOURCE_DIR must name the repository root");
        const QString tools = source + QStringLiteral("/tests/tools");
        if (!QFile::exists(tools + QStringLiteral("/node_modules/.bin/s3rver")))
            QFAIL(qPrintable(QStringLiteral("s3rver is not installed in %1/node_modules: run "
                                            "`npm ci --prefix tests/tools` from the repository "
                                            "root")
                                 .arg(tools)));
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        QVERIFY2(!node.isEmpty(), "node (Node.js 18+) is not on PATH; s3rver needs it");
        QVERIFY(m_serverDir.isValid());

        // Port 0: the OS picks a free port and the launcher reports it, so nothing races
        // between choosing a port and binding it.
        m_server.setProgram(node);
        // s3rver's continuation tokens use DES, which Node 17+ only has in the legacy provider.
        m_server.setArguments({QStringLiteral("--openssl-legacy-provider"),
            tools + QStringLiteral("/start-s3rver.js"), QStringLiteral("--directory"),
            m_serverDir.filePath("data"), QStringLiteral("--bucket"), kBucket,
            QStringLiteral("--address"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
            QStringLiteral("0")});
        m_server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_server.start();
        QVERIFY2(m_server.waitForStarted(10000), qPrintable(m_server.errorString()));
        QDeadlineTimer deadline(30000);
        while (m_endpoint.isEmpty() && !deadline.hasExpired()) {
            if (!m_server.canReadLine()
                && !m_server.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime()))))
                break;
            while (m_server.canReadLine()) {
                const QByteArray line = m_server.readLine().trimmed();
                if (line.startsWith("READY "))
                    m_endpoint = QString::fromUtf8(line.mid(6));
            }
        }
        QVERIFY2(!m_endpoint.isEmpty(), "s3rver did not report READY within 30 s");

        // Readiness: the first signed request that gets an S3 answer.
        S3Config probe = config(QStringLiteral("probe"));
        probe.maxAttempts = 1;
        S3ObjectStore store(probe);
        QString lastError;
        bool ready = false;
        for (QDeadlineTimer until(20000); !ready && !until.hasExpired();) {
            try {
                store.list(QString(), QString());
                ready = true;
            } catch (const ObjectStoreError &e) {
                lastError = e.message();
                QTest::qWait(50); // poll interval, bounded by the deadline
            }
        }
        QVERIFY2(ready, qPrintable(QStringLiteral("s3rver not answering: ") + lastError));
    }

    void cleanupTestCase()
    {
        if (m_server.state() == QProcess::NotRunning)
            return;
        m_server.terminate();
        if (!m_server.waitForFinished(5000)) {
            m_server.kill();
            m_server.waitForFinished(5000);
        }
    }

    void init()
    {
        // Each test function works below its own folder of the shared bucket.
        m_prefix = QStringLiteral("t%1-%2/")
                       .arg(++m_testNumber)
                       .arg(QString::fromLatin1(QTest::currentTestFunction()).toLower());
        m_store = std::make_unique<S3ObjectStore>(config(m_prefix));
    }

    // The contract every store keeps (objectstorecontract.h), then what only S3 does.
    void putGetHead_data()
    {
        objectstorecontract::putGetHeadRows(3 << 20); // > 1 MiB: curl sends Expect: 100-continue
        QTest::newRow("reserved characters")
            << "d4/deidentified/a+b=c&d?e#f%g;h,i:j@k$l!m'n*o~p.txt" << QByteArray("y");
    }
    void putGetHead()
    {
        QFETCH(QString, key);
        QFETCH(QByteArray, data);
        objectstorecontract::putGetHead(*m_store, key, data);
    }

    void metadataRoundTrip()
    {
        objectstorecontract::checksums(*m_store);
        if (QTest::currentTestFailed())
            return;
        // list() is one request per page and carries no metadata; that is what head() is for.
        QVERIFY(m_store->list(QString(), QString()).objects.first().meta.sha256.isEmpty());
    }

    void listPaging_data()
    {
        objectstorecontract::listPagingRows();
        QTest::newRow("more than 1000, default page") << 1100 << 1000;
        QTest::newRow("page size above S3's cap") << 1003 << 5000;
    }
    void listPaging()
    {
        QFETCH(int, count);
        QFETCH(int, pageSize);
        objectstorecontract::listPaging(*m_store, kTraits, count, pageSize);
    }

    void prefixFilter_data()
    {
        objectstorecontract::prefixRows();
        QTest::newRow("reserved characters") << "d1/student_pii/a+b=";
    }
    void prefixFilter()
    {
        QFETCH(QString, prefix);
        objectstorecontract::prefixFilter(*m_store, kTraits, prefix);
    }

    void removeIsIdempotent()
    {
        objectstorecontract::removeIsIdempotent(*m_store, [](const ObjectStoreError &e) {
            QCOMPARE(e.httpStatus(), 404);
            QCOMPARE(e.code(), QStringLiteral("NoSuchKey"));
        });
    }

    void invalidKeys_data() { objectstorecontract::invalidKeyRows(); }
    void invalidKeys()
    {
        QFETCH(QString, key);
        objectstorecontract::invalidKey(*m_store, key);
    }

    void authFailures_data()
    {
        QTest::addColumn<QString>("accessKey");
        QTest::addColumn<QString>("secretKey");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("code");
        QTest::newRow("wrong secret key") << kAccessKey << "not-the-secret"
                                          << "us-east-1"
                                          << "SignatureDoesNotMatch";
        QTest::newRow("unknown access key") << "AKIAUNKNOWN" << kSecretKey << "us-east-1"
                                            << "InvalidAccessKeyId";
        QTest::newRow("wrong region") << kAccessKey << kSecretKey << "eu-central-1"
                                      << "AuthorizationHeaderMalformed";
    }
    void authFailures()
    {
        QFETCH(QString, accessKey);
        QFETCH(QString, secretKey);
        QFETCH(QString, region);
        QFETCH(QString, code);
        m_store->put(QStringLiteral("d1/student_pii/x"), "x", {});
        S3Config c = config(m_prefix);
        c.accessKey = accessKey;
        c.secretKey = secretKey;
        c.region = region;
        S3ObjectStore store(c);
        const std::function<void()> calls[] = {
            [&] { store.list(QString(), QString()); },
            [&] { store.get(QStringLiteral("d1/student_pii/x")); },
            [&] { store.put(QStringLiteral("d1/student_pii/y"), "y", {}); },
        };
        for (const auto &call : calls) {
            try {
                call();
                QFAIL("a request with bad credentials succeeded");
            } catch (const ObjectStoreError &e) {
                QVERIFY2(e.kind() == Kind::Auth, e.what());
                QCOMPARE(e.code(), code);
                QVERIFY2(!e.message().contains(secretKey), "the secret key leaked into a message");
            }
        }
        QVERIFY_THROWS_EXCEPTION(ObjectStoreError, store.head(QStringLiteral("d1/student_pii/x")));
        QVERIFY(!m_store->head(QStringLiteral("d1/student_pii/y")));
    }

    void missingBucketIsAClientError()
    {
        S3Config c = config(m_prefix);
        c.bucket = QStringLiteral("no-such-bucket");
        S3ObjectStore store(c);
        for (const std::function<void()> &call :
            std::initializer_list<std::function<void()>>{[&] { store.list(QString(), QString()); },
                [&] { store.get(QStringLiteral("d1/student_pii/x")); },
                [&] { store.put(QStringLiteral("d1/student_pii/x"), "x", {}); }}) {
            try {
                call();
                QFAIL("a request to a missing bucket succeeded");
            } catch (const ObjectStoreError &e) {
                // Not NotFound: an absent bucket is a configuration error, not an absent object.
                QVERIFY2(e.kind() == Kind::Client, e.what());
                QCOMPARE(e.httpStatus(), 404);
                QCOMPARE(e.code(), QStringLiteral("NoSuchBucket"));
                QVERIFY(e.message().contains(QStringLiteral("s3://no-such-bucket")));
            }
        }
    }

    void serverDownIsANetworkError()
    {
        quint16 port = 0;
        {
            QTcpServer probe; // a port that was free a moment ago and has no listener now
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        S3Config c = config(m_prefix);
        c.endpoint = QStringLiteral("http://127.0.0.1:%1").arg(port);
        c.maxAttempts = 4;
        c.retryBaseDelayMs = 100;
        S3ObjectStore store(c);
        QElapsedTimer timer;
        timer.start();
        try {
            store.get(QStringLiteral("d1/student_pii/x"));
            QFAIL("get from a server that is down succeeded");
        } catch (const ObjectStoreError &e) {
            QVERIFY2(e.kind() == Kind::Network, e.what());
            QVERIFY2(e.message().contains(QStringLiteral("after 4 attempt")), e.what());
        }
        // Backoff 50-100 + 100-200 + 200-400 ms between the four attempts.
        QVERIFY2(timer.elapsed() >= 350, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    }

    void retries_data()
    {
        QTest::addColumn<QList<int>>("statuses"); // one per request, the last repeats
        QTest::addColumn<int>("attempts");
        QTest::addColumn<int>("expectedRequests");
        QTest::addColumn<int>("expectedKind"); // -1 = success
        QTest::addColumn<QString>("expectedCode");
        QTest::newRow("503 twice, then ok") << QList<int>{503, 503, 200} << 4 << 3 << -1 << "";
        QTest::newRow("500 forever")
            << QList<int>{500} << 4 << 4 << int(Kind::Server) << "InternalError";
        QTest::newRow("429 forever")
            << QList<int>{429} << 3 << 3 << int(Kind::Client) << "SlowDown";
        QTest::newRow("400 is not retried")
            << QList<int>{400, 200} << 4 << 1 << int(Kind::Client) << "InvalidArgument";
        QTest::newRow("silence: timeout each attempt")
            << QList<int>{0} << 2 << 2 << int(Kind::Network) << "";
    }
    void retries()
    {
        QFETCH(QList<int>, statuses);
        QFETCH(int, attempts);
        QFETCH(int, expectedRequests);
        QFETCH(int, expectedKind);
        QFETCH(QString, expectedCode);
        QList<ScriptedPeer::Reply> script;
        for (int status : statuses) {
            QByteArray body;
            if (status == 200)
                body = "<ListBucketResult><IsTruncated>false</IsTruncated></ListBucketResult>";
            else if (status == 500)
                body = errorXml("InternalError", "We encountered an internal error.");
            else if (status == 503 || status == 429)
                body = errorXml("SlowDown", "Please reduce your request rate.");
            else if (status == 400)
                body = errorXml("InvalidArgument", "Bad argument.");
            script.append({status, body});
        }
        ScriptedPeer peer(script);
        S3Config c = config(m_prefix);
        c.endpoint = QStringLiteral("http://127.0.0.1:%1").arg(peer.port());
        c.maxAttempts = attempts;
        c.retryBaseDelayMs = 20;
        c.requestTimeoutMs = 400;
        S3ObjectStore store(c);
        QElapsedTimer timer;
        timer.start();
        try {
            const ObjectPage page = store.list(QString(), QString());
            QVERIFY2(expectedKind == -1, "the request succeeded but should have failed");
            QVERIFY(page.objects.isEmpty());
        } catch (const ObjectStoreError &e) {
            QVERIFY2(expectedKind != -1, e.what());
            QVERIFY2(int(e.kind()) == expectedKind, e.what());
            QCOMPARE(e.code(), expectedCode);
            if (expectedCode.size())
                QVERIFY2(e.message().contains(expectedCode), e.what());
        }
        QCOMPARE(peer.requests(), expectedRequests);
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    }

    void concurrentInstances()
    {
        std::atomic<int> failures{0};
        QStringList errors;
        std::mutex errorsMutex;
        std::vector<std::thread> threads;
        const S3Config c = config(m_prefix);
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&, t] {
                S3ObjectStore store(c);
                for (int i = 0; i < 25; ++i) {
                    const QString key = QStringLiteral("d%1/student_pii/o%2").arg(t).arg(i);
                    const QByteArray data = key.toUtf8().repeated(i + 1);
                    try {
                        store.put(key, data, {});
                        if (store.get(key) != data)
                            throw std::runtime_error("read back other data");
                    } catch (const std::exception &e) {
                        ++failures;
                        std::lock_guard lock(errorsMutex);
                        errors.append(QString::fromUtf8(e.what()));
                    }
                }
            });
        }
        for (std::thread &t : threads)
            t.join();
        QVERIFY2(failures == 0, qPrintable(errors.join(u'\n')));
        QCOMPARE(listAll(*m_store, QString(), 1000).size(), 100);
    }

    void uriEncode_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("keepSlash");
        QTest::addColumn<QByteArray>("encoded");
        QTest::newRow("unreserved") << "AZaz09-._~" << true << QByteArray("AZaz09-._~");
        QTest::newRow("slash kept in paths") << "a/b c" << true << QByteArray("a/b%20c");
        QTest::newRow("slash encoded in queries") << "a/b" << false << QByteArray("a%2Fb");
        QTest::newRow("base64 token") << "ab+/=" << false << QByteArray("ab%2B%2F%3D");
        QTest::newRow("utf-8, upper-case hex") << "ä" << true << QByteArray("%C3%A4");
    }
    void uriEncode()
    {
        QFETCH(QString, text);
        QFETCH(bool, keepSlash);
        QFETCH(QByteArray, encoded);
        QCOMPARE(S3ObjectStore::uriEncode(text, keepSlash), encoded);
    }

    void configParsing_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error"); // empty: must succeed
        QTest::addColumn<QString>("describe");
        const QByteArray base = R"("type":"s3","bucket":"rp-eu","region":"eu-central-1")";
        QTest::newRow("inline keys, path style")
            << QByteArray(R"({"type":"s3","endpoint":"http://127.0.0.1:4569","bucket":"b-1",)"
                          R"("region":"us-east-1","access_key":"A","secret_key":"S",)"
                          R"("path_style":true,"prefix":"pods/us-west"})")
            << QString() << "s3://b-1/pods/us-west@http://127.0.0.1:4569";
        QTest::newRow("keys from environment, AWS default endpoint")
            << "{" + base + R"(,"access_key_env":"RP_TEST_AK","secret_key_env":"RP_TEST_SK"})"
            << QString() << "s3://rp-eu@https://s3.eu-central-1.amazonaws.com";
        QTest::newRow("unset environment variable")
            << "{" + base + R"(,"access_key":"A","secret_key_env":"RP_TEST_UNSET_VARIABLE"})"
            << "secret_key_env:" << QString();
        QTest::newRow("both inline and env")
            << "{" + base + R"(,"access_key":"A","access_key_env":"RP_TEST_AK","secret_key":"S"})"
            << "access_key/access_key_env:" << QString();
        QTest::newRow("missing bucket")
            << QByteArray(R"({"type":"s3","access_key":"A","secret_key":"S"})")
            << "bucket:" << QString();
        QTest::newRow("bad bucket") << "{" + QByteArray(base).replace("rp-eu", "Bad_Bucket!")
                + R"(,"access_key":"A","secret_key":"S"})"
                                    << "bucket:" << QString();
        QTest::newRow("credentials in endpoint")
            << QByteArray(R"({"type":"s3","bucket":"bkt","endpoint":"http://u:p@h:1",)"
                          R"("access_key":"A","secret_key":"S"})")
            << "endpoint:" << QString();
        QTest::newRow("typo") << QByteArray(R"({"type":"s3","bucket":"bkt","secretkey":"S"})")
                              << "secretkey:" << QString();
        QTest::newRow("attempts out of range")
            << QByteArray(R"({"type":"s3","bucket":"bkt","access_key":"A","secret_key":"S",)"
                          R"("max_attempts":0})")
            << "max_attempts:" << QString();
    }
    void configParsing()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        QFETCH(QString, describe);
        qputenv("RP_TEST_AK", "AKFROMENV");
        qputenv("RP_TEST_SK", "secret-from-env");
        qunsetenv("RP_TEST_UNSET_VARIABLE");
        QString problem;
        const QJsonObject object = QJsonDocument::fromJson(json).object();
        QVERIFY(!object.isEmpty());
        const std::unique_ptr<ObjectStore> store = createObjectStore(object, QString(), &problem);
        if (error.isEmpty()) {
            QVERIFY2(store, qPrintable(problem));
            QCOMPARE(store->kind(), QStringLiteral("s3"));
            QCOMPARE(store->describe(), describe);
        } else {
            QVERIFY(!store);
            QVERIFY2(problem.startsWith(error), qPrintable(problem));
            QVERIFY2(!problem.contains(QStringLiteral("u:p")), "credentials echoed");
        }
    }

private:
    S3Config config(const QString &prefix) const
    {
        S3Config c;
        c.endpoint = m_endpoint;
        c.bucket = kBucket;
        c.region = QStringLiteral("us-east-1");
        c.accessKey = kAccessKey;
        c.secretKey = kSecretKey;
        c.pathStyle = true;
        c.prefix = prefix;
        c.retryBaseDelayMs = 50;
        return c;
    }

    QTemporaryDir m_serverDir;
    QProcess m_server;
    QString m_endpoint;
    QString m_prefix;
    int m_testNumber = 0;
    std::unique_ptr<S3ObjectStore> m_store;
};

RP_TEST(TestS3ObjectStore, "tst_s3objectstore")

#include "tst_s3objectstore.moc"
