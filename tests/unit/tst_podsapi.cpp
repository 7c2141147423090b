// The pods/regions/districts/tokens API in-process: every bad input gets a clear 4xx naming the
// field and changes nothing. Pods run on a fake compute provider (no processes needed here).

#include "backend/api/apiserver.h"
#include "backend/api/fleetcontroller.h"
#include "backend/api/podscontroller.h"
#include "backend/api/tokenscontroller.h"
#include "backend/core/problemdetails.h"
#include "backend/providers/computeprovider.h"
#include "backend/services/auditlog.h"
#include "backend/services/authservice.h"
#include "backend/services/eventbus.h"
#include "backend/services/podmanager.h"
#include "backend/store/auditstore.h"
#include "backend/store/database.h"
#include "backend/store/eventstore.h"
#include "backend/store/fleetstore.h"
#include "backend/store/storeerror.h"
#include "backend/store/tokenstore.h"
#include "testmain.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {

class FakeProvider : public ComputeProvider
{
public:
    QString name() const override { return QStringLiteral("fake"); }
    Replica startReplica(const ReplicaLaunch &launch) override
    {
        Replica r;
        r.index = launch.index;
        r.instance
            = QStringLiteral("%1-%2-%3").arg(launch.podId).arg(launch.index).arg(++m_started);
        r.pid = 100000 + m_started;
        r.port = 1;
        m_alive.insert(r.instance);
        return r;
    }
    void stopReplica(const Replica &r) override { m_alive.remove(r.instance); }
    void drainReplica(const Replica &) override { }
    bool isAlive(const Replica &r) const override { return m_alive.contains(r.instance); }
    QUrl endpoint(const Replica &) const override
    {
        return QUrl(QStringLiteral("http://127.0.0.1:1"));
    }
    QByteArray controlToken(const Replica &) const override { return {}; }
    QList<Replica> adopt(const QList<Replica> &recorded) override { return recorded; }
    void stopAll(const QList<Replica> &) override { m_alive.clear(); }

    int m_started = 0;
    QSet<QString> m_alive;
};

struct Reply
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
};

} // namespace

class TestPodsApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void badInputChangesNothing_data();
    void badInputChangesNothing();
    void happyPaths();
    void tokensAndRoles();
    void tokensExpire();
    void tokensAreListedWithoutSecrets();
    void rotationKeepsTheOldSecretForTheGracePeriod();
    void oversizedBodyIs413();
    void storeFailureCommitsNeitherRecordNorChange();
    void oneChangeSignalPerChange();

private:
    Reply send(const QByteArray &method, const QString &path, const QByteArray &body,
        const QByteArray &token);
    QByteArray stateSnapshot();

    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<FleetStore> m_fleet;
    std::unique_ptr<EventStore> m_eventStore;
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<AuditStore> m_auditStore;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<EventBus> m_bus;
    std::unique_ptr<AuthService> m_auth;
    FakeProvider m_provider;
    std::unique_ptr<PodManager> m_pods;
    std::unique_ptr<ApiServer> m_server;
    PodsController *m_podsController = nullptr;
    FleetController *m_fleetController = nullptr;
    TokensController *m_tokensController = nullptr;
    QNetworkAccessManager m_network;
    quint16 m_port = 0;
    QHash<QString, QByteArray> m_tokenByRole;
};

void TestPodsApi::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db.openSqlite(m_dir.filePath(QStringLiteral("state.db")));
    m_fleet = std::make_unique<FleetStore>(m_db);
    m_eventStore = std::make_unique<EventStore>(m_db);
    m_tokens = std::make_unique<TokenStore>(m_db);
    m_bus = std::make_unique<EventBus>(*m_eventStore, 100);
    m_auth = std::make_unique<AuthService>(*m_tokens);
    m_pods = std::make_unique<PodManager>(*m_fleet, m_provider, *m_bus);
    m_auditStore = std::make_unique<AuditStore>(m_db);
    m_audit = std::make_unique<AuditLog>(m_db, *m_auditStore);
    m_pods->setAuditLog(m_audit.get());
    QFile fleet(QDir(qEnvironmentVariable("RP_SOURCE_DIR"))
                    .filePath(QStringLiteral("resources/demo/fleet.json")));
    QVERIFY2(fleet.open(QIODevice::ReadOnly), "RP_SOURCE_DIR/resources/demo/fleet.json");
    m_pods->seed(QJsonDocument::fromJson(fleet.readAll()).object());
    m_pods->start();

    m_server = std::make_unique<ApiServer>(*m_auth);
    m_fleetController = new FleetController(*m_pods);
    m_fleetController->registerRoutes(m_server->router());
    m_podsController = new PodsController(*m_pods);
    m_podsController->registerRoutes(m_server->router());
    m_tokensController = new TokensController(*m_auth, *m_pods);
    m_tokensController->registerRoutes(m_server->router());
    QString error;
    m_port = m_server->start(QHostAddress::LocalHost, 0, &error);
    QVERIFY2(m_port != 0, qPrintable(error));
    m_network.setProxy(QNetworkProxy::NoProxy);

    m_tokenByRole.insert(
        QStringLiteral("admin"), m_auth->issue(TokenRole::Admin, {}, {}).token.toUtf8());
    m_tokenByRole.insert(
        QStringLiteral("operator"), m_auth->issue(TokenRole::Operator, {}, {}).token.toUtf8());
    m_tokenByRole.insert(QStringLiteral("auditor"),
        m_auth->issue(TokenRole::Auditor, {QStringLiteral("us-wa-seattle")}, {}).token.toUtf8());
    m_tokenByRole.insert(QStringLiteral("none"), QByteArray());
    m_tokenByRole.insert(QStringLiteral("bogus"), QByteArrayLiteral("rp_not-a-token"));
}

Reply TestPodsApi::send(
    const QByteArray &method, const QString &path, const QByteArray &body, const QByteArray &token)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    auto *reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Reply out{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
        reply->header(QNetworkRequest::ContentTypeHeader).toByteArray()};
    reply->deleteLater();
    return out;
}

QByteArray TestPodsApi::stateSnapshot()
{
    return send("GET", QStringLiteral("/pods"), {}, m_tokenByRole.value(QStringLiteral("admin")))
        .body;
}

void TestPodsApi::badInputChangesNothing_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("role");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");

    const QString scale = QStringLiteral("/pods/us-west/scale");
    QTest::newRow("no token") << QByteArray("GET") << "/pods" << QByteArray() << "none" << 401
                              << "";
    QTest::newRow("unknown token")
        << QByteArray("GET") << "/pods" << QByteArray() << "bogus" << 401 << "";
    QTest::newRow("auditor may not scale")
        << QByteArray("PUT") << scale << QByteArray(R"({"pod":"us-west-primary","replicas":3})")
        << "auditor" << 403 << "";
    QTest::newRow("auditor may not create")
        << QByteArray("POST") << "/pods" << QByteArray(R"({"region":"us-west","type":"edge"})")
        << "auditor" << 403 << "";
    QTest::newRow("operator may not mint tokens")
        << QByteArray("POST") << "/tokens" << QByteArray(R"({"role":"admin"})") << "operator" << 403
        << "";
    QTest::newRow("malformed json")
        << QByteArray("PUT") << scale << QByteArray(R"({"pod":"us-west-primary","replicas":)")
        << "operator" << 400 << "body";
    QTest::newRow("json array body")
        << QByteArray("PUT") << scale << QByteArray("[1,2]") << "operator" << 400 << "body";
    QTest::newRow("empty body") << QByteArray("PUT") << scale << QByteArray() << "operator" << 400
                                << "body";
    QTest::newRow("missing replicas")
        << QByteArray("PUT") << scale << QByteArray(R"({"pod":"us-west-primary"})") << "operator"
        << 400 << "replicas";
    QTest::newRow("replicas as string")
        << QByteArray("PUT") << scale << QByteArray(R"({"pod":"us-west-primary","replicas":"3"})")
        << "operator" << 400 << "replicas";
    QTest::newRow("replicas fractional")
        << QByteArray("PUT") << scale << QByteArray(R"({"pod":"us-west-primary","replicas":2.5})")
        << "operator" << 400 << "replicas";
    QTest::newRow("replicas above max")
        << QByteArray("PUT") << scale << QByteArray(R"({"pod":"us-west-primary","replicas":7})")
        << "operator" << 400 << "replicas";
    QTest::newRow("replicas below min")
        << QByteArray("PUT") << scale << QByteArray(R"({"pod":"us-west-primary","replicas":0})")
        << "operator" << 400 << "replicas";
    QTest::newRow("replicas huge")
        << QByteArray("PUT") << scale << QByteArray(R"({"pod":"us-west-primary","replicas":1e300})")
        << "operator" << 400 << "replicas";
    QTest::newRow("unknown field")
        << QByteArray("PUT") << scale << QByteArray(R"({"pod":"us-west-primary","replica":3})")
        << "operator" << 400 << "replica";
    QTest::newRow("ambiguous pod") << QByteArray("PUT") << scale << QByteArray(R"({"replicas":2})")
                                   << "operator" << 400 << "pod";
    QTest::newRow("unknown pod") << QByteArray("PUT") << scale
                                 << QByteArray(R"({"pod":"nope","replicas":2})") << "operator"
                                 << 404 << "pod";
    QTest::newRow("pod of other region")
        << QByteArray("PUT") << scale << QByteArray(R"({"pod":"us-east-primary","replicas":2})")
        << "operator" << 404 << "pod";
    QTest::newRow("unknown region scale")
        << QByteArray("PUT") << "/pods/mars-north/scale" << QByteArray(R"({"replicas":2})")
        << "operator" << 404 << "region";
    QTest::newRow("unknown region get")
        << QByteArray("GET") << "/pods/mars-north" << QByteArray() << "operator" << 404 << "region";
    QTest::newRow("bad type filter")
        << QByteArray("PUT") << scale << QByteArray(R"({"type":"gpu","replicas":2})") << "operator"
        << 400 << "type";
    QTest::newRow("delete unknown region") << QByteArray("DELETE") << "/pods/mars-north"
                                           << QByteArray() << "operator" << 404 << "region";
    QTest::newRow("delete ambiguous")
        << QByteArray("DELETE") << "/pods/us-west" << QByteArray() << "operator" << 400 << "pod";
    QTest::newRow("delete unknown pod") << QByteArray("DELETE") << "/pods/us-west/nope"
                                        << QByteArray() << "operator" << 404 << "pod";
    QTest::newRow("create unknown region")
        << QByteArray("POST") << "/pods" << QByteArray(R"({"region":"mars-north","type":"edge"})")
        << "operator" << 404 << "region";
    QTest::newRow("create bad type")
        << QByteArray("POST") << "/pods" << QByteArray(R"({"region":"us-west","type":"gpu"})")
        << "operator" << 400 << "type";
    QTest::newRow("create missing region")
        << QByteArray("POST") << "/pods" << QByteArray(R"({"type":"edge"})") << "operator" << 400
        << "region";
    QTest::newRow("create region wrong type")
        << QByteArray("POST") << "/pods" << QByteArray(R"({"region":7,"type":"edge"})")
        << "operator" << 400 << "region";
    QTest::newRow("create min above max")
        << QByteArray("POST") << "/pods"
        << QByteArray(
               R"({"region":"us-west","type":"edge","min_replicas":3,"max_replicas":2,"replicas":2})")
        << "operator" << 400 << "max_replicas";
    QTest::newRow("create replicas outside")
        << QByteArray("POST") << "/pods"
        << QByteArray(
               R"({"region":"us-west","type":"edge","min_replicas":1,"max_replicas":2,"replicas":5})")
        << "operator" << 400 << "replicas";
    QTest::newRow("create duplicate id")
        << QByteArray("POST") << "/pods"
        << QByteArray(R"({"id":"us-west-primary","region":"us-west","type":"edge"})") << "operator"
        << 409 << "id";
    QTest::newRow("create id is a region")
        << QByteArray("POST") << "/pods"
        << QByteArray(R"({"id":"eu-west","region":"us-west","type":"edge"})") << "operator" << 409
        << "id";
    QTest::newRow("create bad id")
        << QByteArray("POST") << "/pods"
        << QByteArray(R"({"id":"Bad Id!","region":"us-west","type":"edge"})") << "operator" << 400
        << "id";
    QTest::newRow("create bad jurisdiction")
        << QByteArray("POST") << "/pods"
        << QByteArray(R"({"region":"us-west","type":"edge","jurisdiction":"washington"})")
        << "operator" << 400 << "jurisdiction";
    QTest::newRow("create capacity zero")
        << QByteArray("POST") << "/pods"
        << QByteArray(R"({"region":"us-west","type":"edge","capacity_rps":0})") << "operator" << 400
        << "capacity_rps";
    QTest::newRow("unknown path") << QByteArray("GET") << "/nothing-here" << QByteArray()
                                  << "operator" << 404 << "";
    QTest::newRow("wrong method") << QByteArray("PATCH") << "/pods" << QByteArray() << "operator"
                                  << 405 << "";
    QTest::newRow("token bad role") << QByteArray("POST") << "/tokens"
                                    << QByteArray(R"({"role":"root"})") << "admin" << 400 << "role";
    QTest::newRow("auditor token without districts")
        << QByteArray("POST") << "/tokens" << QByteArray(R"({"role":"auditor"})") << "admin" << 400
        << "districts";
    QTest::newRow("auditor token unknown district")
        << QByteArray("POST") << "/tokens"
        << QByteArray(R"({"role":"auditor","districts":["us-wa-seattle","atlantis"]})") << "admin"
        << 400 << "districts[1]";
    QTest::newRow("revoke unknown token")
        << QByteArray("DELETE") << "/tokens/nope" << QByteArray() << "admin" << 404 << "id";
}

void TestPodsApi::badInputChangesNothing()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QString, role);
    QFETCH(int, status);
    QFETCH(QString, field);

    const auto before = stateSnapshot();
    const auto eventsBefore = m_bus->latestSeq();
    const auto reply = send(method, path, body, m_tokenByRole.value(role));
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.contentType, QByteArrayLiteral("application/problem+json"));
    const auto problem = ProblemDetails::fromHttp(reply.status, reply.body);
    QCOMPARE(problem.status, status);
    QVERIFY2(!problem.detail.isEmpty(), "the problem must say what is wrong");
    QCOMPARE(problem.field, field);
    QCOMPARE(stateSnapshot(), before);
    QCOMPARE(m_bus->latestSeq(), eventsBefore);
}

void TestPodsApi::happyPaths()
{
    const auto op = m_tokenByRole.value(QStringLiteral("operator"));
    auto reply = send("GET", QStringLiteral("/healthz"), {}, {});
    QCOMPARE(reply.status, 200);

    reply = send("PUT", QStringLiteral("/pods/us-west/scale"),
        R"({"pod":"us-west-primary","replicas":3})", op);
    QCOMPARE(reply.status, 200);
    const auto pod = Pod::fromJson(QJsonDocument::fromJson(reply.body).object());
    QCOMPARE(pod.replicas, 3);
    QCOMPARE(pod.replicaStatus.size(), 3);
    QCOMPARE(m_pods->pod(QStringLiteral("us-west-primary"))->replicas, 3);

    reply = send("POST", QStringLiteral("/pods"),
        R"({"region":"eu-west","type":"edge","jurisdiction":"FR"})", op);
    QCOMPARE(reply.status, 201);
    const auto created = Pod::fromJson(QJsonDocument::fromJson(reply.body).object());
    QCOMPARE(created.id, QStringLiteral("eu-west-edge"));
    QCOMPARE(created.jurisdiction, QStringLiteral("FR"));

    reply = send("GET", QStringLiteral("/pods?region=eu-west&type=edge"), {}, op);
    QCOMPARE(
        QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("pods")).toArray().size(),
        2);

    m_pods->setDrainDelay(0);
    reply = send("DELETE", QStringLiteral("/pods/eu-west/eu-west-edge"), {}, op);
    QCOMPARE(reply.status, 202);
    QTRY_VERIFY(!m_pods->pod(QStringLiteral("eu-west-edge")));
}

void TestPodsApi::tokensAndRoles()
{
    const auto admin = m_tokenByRole.value(QStringLiteral("admin"));
    auto reply = send("POST", QStringLiteral("/tokens"),
        R"({"role":"auditor","districts":["de-berlin"]})", admin);
    QCOMPARE(reply.status, 201);
    const auto json = QJsonDocument::fromJson(reply.body).object();
    const auto token = json.value(QStringLiteral("token")).toString().toUtf8();
    const auto id = json.value(QStringLiteral("id")).toString();
    QVERIFY(!token.isEmpty());

    // The auditor sees only its own district.
    reply = send("GET", QStringLiteral("/districts"), {}, token);
    QCOMPARE(reply.status, 200);
    const auto districts
        = QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("districts")).toArray();
    QCOMPARE(districts.size(), 1);
    QCOMPARE(districts.at(0).toObject().value(QStringLiteral("id")).toString(),
        QStringLiteral("de-berlin"));

    // Only the hash is stored.
    for (const auto &record : m_tokens->list())
        QVERIFY(!record.tokenHash.contains(QString::fromUtf8(token)));

    QCOMPARE(send("DELETE", QStringLiteral("/tokens/") + id, {}, admin).status, 200);
    QCOMPARE(send("GET", QStringLiteral("/districts"), {}, token).status, 401);
}

void TestPodsApi::tokensExpire()
{
    const auto admin = m_tokenByRole.value(QStringLiteral("admin"));
    const auto past = send("POST", QStringLiteral("/tokens"),
        R"({"role":"operator","expires":"2020-01-01T00:00:00Z"})", admin);
    QCOMPARE(past.status, 400);
    QCOMPARE(QJsonDocument::fromJson(past.body).object().value("field").toString(),
        QStringLiteral("expires"));

    const auto expires = QDateTime::currentDateTimeUtc().addMSecs(1500);
    const auto created = send("POST", QStringLiteral("/tokens"),
        QByteArray(R"({"role":"operator","expires":")")
            + expires.toString(Qt::ISODateWithMs).toUtf8() + R"("})",
        admin);
    QCOMPARE(created.status, 201);
    const auto json = QJsonDocument::fromJson(created.body).object();
    const auto token = json.value("token").toString().toUtf8();
    QVERIFY(json.contains("expires"));
    QSignalSpy ended(m_auth.get(), &AuthService::tokenRevoked);
    QCOMPARE(send("GET", QStringLiteral("/session"), {}, token).status, 200);
    // Refused from the expiry on, and its streams are told (tokenRevoked) within the sweep.
    QTRY_COMPARE_WITH_TIMEOUT(send("GET", QStringLiteral("/session"), {}, token).status, 401, 5000);
    QVERIFY(QDateTime::currentDateTimeUtc() >= expires);
    QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 3000);
    QCOMPARE(ended.first().first().toString(), json.value("id").toString());
}

void TestPodsApi::tokensAreListedWithoutSecrets()
{
    const auto admin = m_tokenByRole.value(QStringLiteral("admin"));
    const auto created = send("POST", QStringLiteral("/tokens"),
        R"({"role":"auditor","districts":["us-wa-seattle"],"label":"board review"})", admin);
    QCOMPARE(created.status, 201);
    const auto secret = QJsonDocument::fromJson(created.body).object().value("token").toString();
    QCOMPARE(
        send("GET", QStringLiteral("/tokens"), {}, m_tokenByRole.value(QStringLiteral("operator")))
            .status,
        403);
    const auto listed = send("GET", QStringLiteral("/tokens"), {}, admin);
    QCOMPARE(listed.status, 200);
    QVERIFY(!listed.body.contains(secret.toUtf8()));
    QVERIFY(!listed.body.contains(AuthService::hashToken(secret).toUtf8()));
    bool found = false;
    for (const auto &value :
        QJsonDocument::fromJson(listed.body).object().value("tokens").toArray()) {
        const auto token = value.toObject();
        QVERIFY(!token.contains("token") && !token.contains("token_hash"));
        if (token.value("label").toString() == QLatin1String("board review")) {
            found = true;
            QCOMPARE(token.value("role").toString(), QStringLiteral("auditor"));
            QCOMPARE(token.value("state").toString(), QStringLiteral("active"));
            QCOMPARE(token.value("districts").toArray().first().toString(),
                QStringLiteral("us-wa-seattle"));
        }
    }
    QVERIFY(found);
}

void TestPodsApi::rotationKeepsTheOldSecretForTheGracePeriod()
{
    const auto admin = m_tokenByRole.value(QStringLiteral("admin"));
    const auto created = QJsonDocument::fromJson(
        send("POST", QStringLiteral("/tokens"), R"({"role":"operator"})", admin).body)
                             .object();
    const auto id = created.value("id").toString();
    const auto oldSecret = created.value("token").toString().toUtf8();

    const auto rotated
        = send("POST", QStringLiteral("/tokens/%1/rotate").arg(id), R"({"grace_s":60})", admin);
    QCOMPARE(rotated.status, 200);
    const auto newSecret
        = QJsonDocument::fromJson(rotated.body).object().value("token").toString().toUtf8();
    QVERIFY(newSecret != oldSecret);
    QVERIFY(!QJsonDocument::fromJson(rotated.body).object().value("previous_valid_until").isNull());
    QCOMPARE(send("GET", QStringLiteral("/session"), {}, newSecret).status, 200);
    QCOMPARE(send("GET", QStringLiteral("/session"), {}, oldSecret).status, 200); // in grace

    // Rotating again without grace ends both older secrets at once.
    const auto again
        = send("POST", QStringLiteral("/tokens/%1/rotate").arg(id), R"({"grace_s":0})", admin);
    QCOMPARE(again.status, 200);
    const auto newest
        = QJsonDocument::fromJson(again.body).object().value("token").toString().toUtf8();
    QCOMPARE(send("GET", QStringLiteral("/session"), {}, newest).status, 200);
    QCOMPARE(send("GET", QStringLiteral("/session"), {}, newSecret).status, 401);
    QCOMPARE(send("GET", QStringLiteral("/session"), {}, oldSecret).status, 401);

    QCOMPARE(send("POST", QStringLiteral("/tokens/no-such-id/rotate"), {}, admin).status, 404);
    QCOMPARE(send("POST", QStringLiteral("/tokens/%1/rotate").arg(id), R"({"grace_s":-1})", admin)
                 .status,
        400);
    // The rotation survives a restart of the service (it is in the store).
    AuthService reloaded(*m_tokens);
    QVERIFY(reloaded.authenticateToken(QString::fromUtf8(newest)));
    QVERIFY(!reloaded.authenticateToken(QString::fromUtf8(newSecret)));
}

void TestPodsApi::oversizedBodyIs413()
{
    const auto before = stateSnapshot();
    QByteArray big(2 << 20, 'x');
    const auto reply = send(
        "POST", QStringLiteral("/pods"), big, m_tokenByRole.value(QStringLiteral("operator")));
    QCOMPARE(reply.status, 413);
    QCOMPARE(stateSnapshot(), before);
}

// Issue #21: PodManager wrote the audit record, then the pod; a failed pod write left an audited
// change that never happened. Both commit in one transaction now, or neither does.
void TestPodsApi::storeFailureCommitsNeitherRecordNorChange()
{
    const auto op = m_tokenByRole.value(QStringLiteral("operator"));
    const QString pod = QStringLiteral("us-east-primary");
    const qint64 records = m_auditStore->count();
    const QByteArray before = stateSnapshot();
    QVERIFY(!m_pods->pod(pod)->draining);
    // The store refuses every pod write, as a full disk would.
    m_db.exec(QStringLiteral("CREATE TRIGGER test_full_insert BEFORE INSERT ON pods "
                             "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"));
    m_db.exec(QStringLiteral("CREATE TRIGGER test_full_update BEFORE UPDATE ON pods "
                             "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"));
    auto dropTriggers = qScopeGuard([this] {
        m_db.exec(QStringLiteral("DROP TRIGGER IF EXISTS test_full_insert"));
        m_db.exec(QStringLiteral("DROP TRIGGER IF EXISTS test_full_update"));
    });

    // (The drain route belongs to the routing controller, not served here: the service itself.)
    QVERIFY_THROWS_EXCEPTION(StoreError, m_pods->setDraining(pod, true, QStringLiteral("op")));
    auto reply = send("PUT", QStringLiteral("/pods/us-east/scale"),
        QStringLiteral(R"({"pod":"%1","replicas":3})").arg(pod).toUtf8(), op);
    QCOMPARE(reply.status, 500);
    reply = send("POST", QStringLiteral("/pods"), R"({"region":"eu-west","type":"backup"})", op);
    QCOMPARE(reply.status, 500);
    reply = send("DELETE", QStringLiteral("/pods/us-east/%1").arg(pod), {}, op);
    QCOMPARE(reply.status, 500);

    QCOMPARE(m_auditStore->count(), records); // no record of what did not happen
    QCOMPARE(stateSnapshot(), before); // and nothing happened
    QVERIFY(!m_pods->pod(pod)->draining);
    QVERIFY(!m_pods->pod(pod)->deleting);
    QCOMPARE(m_fleet->pods().size(), m_pods->pods().size());

    dropTriggers.dismiss();
    m_db.exec(QStringLiteral("DROP TRIGGER test_full_insert"));
    m_db.exec(QStringLiteral("DROP TRIGGER test_full_update"));
    QVERIFY(m_pods->setDraining(pod, true, QStringLiteral("op")).draining);
    QCOMPARE(m_auditStore->count(), records + 1);
    QVERIFY(m_pods->pod(pod)->draining);
    QVERIFY(!m_pods->setDraining(pod, false, QStringLiteral("op")).draining);
}

// Issue #21: PodManager said "pods changed" (twice for a replica flip that moved the pod's
// health) and every listener diffed the fleet; now it says which pod and what, once.
void TestPodsApi::oneChangeSignalPerChange()
{
    const QString id = QStringLiteral("eu-central-primary");
    const Pod pod = *m_pods->pod(id);
    QVERIFY(pod.replicaStatus.size() >= 2);
    for (const auto &replica : pod.replicaStatus)
        m_pods->applyReplicaHealth(id, replica.index, replica.instance, HealthState::Healthy);
    QCOMPARE(m_pods->pod(id)->health, HealthState::Healthy);

    QSignalSpy changes(m_pods.get(), &PodManager::podChanged);
    QSignalSpy events(m_bus.get(), &EventBus::published);
    const Replica first = pod.replicaStatus.at(0);
    m_pods->applyReplicaHealth(id, first.index, first.instance, HealthState::Unhealthy);
    // The replica's flip moved the pod to degraded: two events, one change.
    QCOMPARE(events.size(), 2);
    QCOMPARE(changes.size(), 1);
    auto change = changes.takeFirst().at(0).value<PodChange>();
    QCOMPARE(change.pod, id);
    QCOMPARE(change.kind, PodChange::Health);

    m_pods->applyReplicaHealth(id, first.index, first.instance, HealthState::Unhealthy);
    QCOMPARE(changes.size(), 0); // nothing changed, nothing said

    m_pods->applyReplicaHealth(
        id, first.index, QStringLiteral("stale-instance"), HealthState::Healthy);
    QCOMPARE(changes.size(), 0); // a verdict about an old process is ignored

    m_pods->applyReplicaHealth(id, first.index, first.instance, HealthState::Healthy);
    QCOMPARE(changes.size(), 1);
    change = changes.takeFirst().at(0).value<PodChange>();
    QCOMPARE(change.kind, PodChange::Health); // healthy again
}

RP_TEST(TestPodsApi, "tst_podsapi")
#include "tst_podsapi.moc"
