// The demo's synthetic clients end to end (issue #9): a real regionalpodsd with its traffic on
// sends each district's requests to the pods its route names; the agents count them, the
// capacity scrape measures them, and a replica that stops answering fails requests, counted
// per district. District traffic is district data: an auditor sees only its own.
#include "agentcontrol.h"
#include "agentprocesses.h"
#include "daemonprocess.h"
#include "testmain.h"

#include "backend/core/metrics/prometheustext.h"

#include <QJsonArray>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QtTest>

#include <QScopeGuard>

#include <csignal>

class TestTraffic : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyServedDistrictSendsItsLoad();
    void requestsReachThePodsTheRouteNames();
    void aSilentReplicaFailsRequests();
    void anAuditorSeesOnlyItsDistricts();
    void aSlowPodLosesItsDistrictsToAQuickerOne();
    void badTrafficConfigIsRefused_data();
    void badTrafficConfigIsRefused();

private:
    QJsonObject capacity(const QByteArray &token = {});
    QJsonObject district(const QString &id);
    double agentRequests(const QString &pod);

    QTemporaryDir m_dir;
    std::unique_ptr<DaemonProcess> m_daemon;
    QHash<QString, int> m_unservedAtStart;
    const QString m_pod = QStringLiteral("us-east-edge-tx");
    const QString m_district = QStringLiteral("us-tx-houston");
};

void TestTraffic::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString data;
    // A floor of 1: the same load at any hour, so the test does not depend on the clock.
    const auto args = DaemonProcess::prepare(m_dir.path(),
        R"({"traffic": {"enabled": true, "peak_rps": 4, "evening_floor": 1},
            "capacity": {"scrape_interval_ms": 250}})",
        &data);
    QVERIFY(!args.isEmpty());
    m_daemon = std::make_unique<DaemonProcess>(data);
    m_daemon->setDemoTraffic(true);
    QVERIFY(m_daemon->start(args));
    QTRY_VERIFY_WITH_TIMEOUT(m_daemon->fleetSettled(), 30000);
    // Requests sent before the first health verdicts found no pod (the table failed closed
    // until then); from now on every district is served.
    for (const auto &d : capacity().value(QStringLiteral("districts")).toArray())
        m_unservedAtStart.insert(d.toObject().value(QStringLiteral("district")).toString(),
            d.toObject().value(QStringLiteral("unserved")).toInt());
}

void TestTraffic::cleanupTestCase()
{
    if (m_daemon)
        QCOMPARE(m_daemon->stop(), 0);
}

QJsonObject TestTraffic::capacity(const QByteArray &token)
{
    const auto reply = token.isEmpty()
        ? m_daemon->request("GET", QStringLiteral("/capacity/metrics"))
        : m_daemon->request("GET", QStringLiteral("/capacity/metrics"), {}, token);
    return reply.status == 200 ? reply.json() : QJsonObject();
}

QJsonObject TestTraffic::district(const QString &id)
{
    for (const auto &d : capacity().value(QStringLiteral("districts")).toArray())
        if (d.toObject().value(QStringLiteral("district")).toString() == id)
            return d.toObject();
    return {};
}

double TestTraffic::agentRequests(const QString &pod)
{
    // Ground truth: the agent's own counter, read from the endpoint routing hands out.
    const auto pods = m_daemon->request("GET", QStringLiteral("/pods")).json().value("pods");
    double total = -1;
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    for (const auto &p : pods.toArray()) {
        const auto o = p.toObject();
        if (o.value(QStringLiteral("id")).toString() != pod)
            continue;
        total = 0;
        for (const auto &r : o.value(QStringLiteral("replica_status")).toArray()) {
            const int port = r.toObject().value(QStringLiteral("port")).toInt();
            QNetworkReply *reply = network.get(
                QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/metrics").arg(port))));
            if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 5000))
                return -1;
            const auto samples = PrometheusText::parse(reply->readAll());
            reply->deleteLater();
            if (!samples)
                return -1;
            for (const auto &s : *samples)
                if (s.name == "rp_agent_requests_total")
                    total += s.value;
        }
    }
    return total;
}

void TestTraffic::everyServedDistrictSendsItsLoad()
{
    const auto first = capacity();
    QCOMPARE(first.value(QStringLiteral("demo_traffic")).toBool(), true);
    const auto routes = m_daemon->request("GET", QStringLiteral("/routing")).json();
    const int districts = routes.value(QStringLiteral("routes")).toArray().size();
    QCOMPARE(first.value(QStringLiteral("districts")).toArray().size(), districts);
    // Every district (none fails closed in a settled fleet) gets answers, at the configured
    // load: 4 req/s at any hour with a floor of 1.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const auto &d : capacity().value(QStringLiteral("districts")).toArray())
                if (d.toObject().value(QStringLiteral("ok")).toInt() < 3)
                    return false;
            return true;
        }(),
        20000);
    for (const auto &d : capacity().value(QStringLiteral("districts")).toArray()) {
        const auto o = d.toObject();
        QCOMPARE(o.value(QStringLiteral("target_rps")).toDouble(), 4.0);
        QCOMPARE(o.value(QStringLiteral("unserved")).toInt(),
            m_unservedAtStart.value(o.value(QStringLiteral("district")).toString()));
        QVERIFY(o.value(QStringLiteral("sent")).toInt() >= o.value(QStringLiteral("ok")).toInt());
    }
}

void TestTraffic::requestsReachThePodsTheRouteNames()
{
    // Only Texas districts may use the Texas edge pod (state law), so whatever it answered was
    // sent by them: their counters bound the agent's.
    QStringList texas;
    for (const auto &d :
        m_daemon->request("GET", QStringLiteral("/districts")).json().value("districts").toArray())
        if (d.toObject().value(QStringLiteral("jurisdiction")).toString() == u"US-TX")
            texas.append(d.toObject().value(QStringLiteral("id")).toString());
    QVERIFY(texas.contains(m_district));
    const auto decision = m_daemon->request("GET", QStringLiteral("/routing/") + m_district).json();
    QCOMPARE(decision.value(QStringLiteral("pod")).toString(), m_pod);

    const double before = agentRequests(m_pod);
    QTRY_VERIFY_WITH_TIMEOUT(agentRequests(m_pod) >= before + 10, 20000);
    const double answered = agentRequests(m_pod);
    double sentByTexas = 0;
    for (const auto &d : capacity().value(QStringLiteral("districts")).toArray())
        if (texas.contains(d.toObject().value(QStringLiteral("district")).toString()))
            sentByTexas += d.toObject().value(QStringLiteral("sent")).toDouble();
    QVERIFY2(answered <= sentByTexas,
        qPrintable(
            QStringLiteral("the agent answered %1, Texas sent %2").arg(answered).arg(sentByTexas)));
    // The capacity scrape measures that traffic as a rate on the pod, never a constant.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const auto &p : capacity().value(QStringLiteral("pods")).toArray())
                if (p.toObject().value(QStringLiteral("pod")).toString() == m_pod)
                    return p.toObject().value(QStringLiteral("rps")).toDouble() > 0
                        && p.toObject().value(QStringLiteral("requests_total")).toDouble()
                        <= answered + 1000;
            return false;
        }(),
        10000);
}

void TestTraffic::aSilentReplicaFailsRequests()
{
    const auto pids = agentPids(m_daemon->dataDir(), m_pod);
    QCOMPARE(pids.size(), 1);
    const int failedBefore = district(m_district).value(QStringLiteral("failed")).toInt();
    ::kill(pid_t(pids.first()), SIGSTOP); // alive but silent: requests time out (2 s)
    auto resume = qScopeGuard([&] { ::kill(pid_t(pids.first()), SIGCONT); });
    QTRY_VERIFY_WITH_TIMEOUT(
        district(m_district).value(QStringLiteral("failed")).toInt() > failedBefore, 15000);
    const auto failed = district(m_district);
    QVERIFY2(
        failed.value(QStringLiteral("last_error")).toString().contains(QStringLiteral("127.0.0.1")),
        qPrintable(failed.value(QStringLiteral("last_error")).toString()));
    // Routing moves Houston off the silent pod; its requests are answered again.
    QTRY_VERIFY_WITH_TIMEOUT(m_daemon->request("GET", QStringLiteral("/routing/") + m_district)
                                 .json()
                                 .value(QStringLiteral("pod"))
                                 .toString()
            != m_pod,
        15000);
    const int okAfterMove = district(m_district).value(QStringLiteral("ok")).toInt();
    QTRY_VERIFY_WITH_TIMEOUT(
        district(m_district).value(QStringLiteral("ok")).toInt() >= okAfterMove + 5, 15000);
    resume.dismiss();
    ::kill(pid_t(pids.first()), SIGCONT);
    QTRY_VERIFY_WITH_TIMEOUT(m_daemon->fleetSettled(), 30000);
}

void TestTraffic::anAuditorSeesOnlyItsDistricts()
{
    const auto created = m_daemon->request(
        "POST", QStringLiteral("/tokens"), R"({"role":"auditor","districts":["us-tx-houston"]})");
    QCOMPARE(created.status, 201);
    const auto token = created.json().value(QStringLiteral("token")).toString().toUtf8();
    const auto seen = capacity(token);
    QVERIFY(!seen.value(QStringLiteral("pods")).toArray().isEmpty()); // the fleet: yes
    const auto districts = seen.value(QStringLiteral("districts")).toArray();
    QCOMPARE(districts.size(), 1);
    QCOMPARE(districts.first().toObject().value(QStringLiteral("district")).toString(), m_district);
}

// Issue #9, "measured latency when known". Lyon's data includes children's, so only
// COPPA-certified EU pods may serve it: Dublin's primary today. A second such primary is
// created in Frankfurt, nearer: Lyon moves there. Its replicas are then made to answer in 150
// ms: the round trips the synthetic clients measure rank it behind Dublin again, and Lyon
// moves back with the reason "latency", its decision saying what was measured. Jitter does not
// move it (bands), and it never leaves the pods its policy allows.
void TestTraffic::aSlowPodLosesItsDistrictsToAQuickerOne()
{
    const QString lyon = QStringLiteral("fr-lyon");
    const QString frankfurt = QStringLiteral("eu-central-coppa");
    const auto route
        = [&] { return m_daemon->request("GET", QStringLiteral("/routing/") + lyon).json(); };
    QCOMPARE(route().value(QStringLiteral("pod")).toString(), QStringLiteral("eu-west-primary"));
    QCOMPARE(m_daemon
                 ->request("POST", QStringLiteral("/pods"),
                     R"({"region":"eu-central","type":"primary","id":"eu-central-coppa",
                         "replicas":1,"certifications":["COPPA"]})")
                 .status,
        201);
    const auto removePod = qScopeGuard(
        [&] { m_daemon->request("DELETE", QStringLiteral("/pods/eu-central/") + frankfurt); });
    QTRY_COMPARE_WITH_TIMEOUT(route().value(QStringLiteral("pod")).toString(), frankfurt, 20000);

    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QList<AgentControl> slow;
    for (const qint64 pid : agentPids(m_daemon->dataDir(), frankfurt)) {
        slow.append(agentControl(*m_daemon, pid));
        QCOMPARE(slow.last().arm(network, "latency", R"(,"latency_ms":150)").status, 200);
    }
    QVERIFY(!slow.isEmpty());
    const auto disarm = qScopeGuard([&] {
        for (const auto &agent : std::as_const(slow))
            agent.arm(network, "none");
    });
    QTRY_COMPARE_WITH_TIMEOUT(
        route().value(QStringLiteral("pod")).toString(), QStringLiteral("eu-west-primary"), 20000);
    const QJsonObject back = route();
    const QString why
        = back.value(QStringLiteral("explanation")).toVariant().toStringList().join(u'\n');
    QVERIFY2(why.contains(QStringLiteral("measured")), qPrintable(why));
    // The move is on the record, as a latency move (appended by the audit writer).
    const auto latencyMoveAudited = [&] {
        const auto audit
            = m_daemon->request("GET", QStringLiteral("/audit?district=") + lyon).json();
        for (const auto &r : audit.value(QStringLiteral("records")).toArray()) {
            const auto details = r.toObject().value(QStringLiteral("details")).toObject();
            if (details.value(QStringLiteral("reason")).toString() == u"latency"
                && details.value(QStringLiteral("to_pod")).toString() == u"eu-west-primary")
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(latencyMoveAudited(), 5000);
}

void TestTraffic::badTrafficConfigIsRefused_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QString>("field");
    QTest::newRow("zero peak") << QByteArray(R"({"traffic":{"peak_rps":0}})") << "traffic.peak_rps";
    QTest::newRow("huge peak") << QByteArray(R"({"traffic":{"peak_rps":1e9}})")
                               << "traffic.peak_rps";
    QTest::newRow("floor above 1")
        << QByteArray(R"({"traffic":{"evening_floor":1.5}})") << "traffic.evening_floor";
    QTest::newRow("unknown key") << QByteArray(R"({"traffic":{"rate":3}})") << "traffic.rate";
    QTest::newRow("not an object") << QByteArray(R"({"traffic":true})") << "traffic";
    QTest::newRow("enabled not bool")
        << QByteArray(R"({"traffic":{"enabled":"yes"}})") << "traffic.enabled";
}

void TestTraffic::badTrafficConfigIsRefused()
{
    QFETCH(QByteArray, config);
    QFETCH(QString, field);
    QTemporaryDir dir;
    QString data;
    const auto args = DaemonProcess::prepare(dir.path(), config, &data);
    QProcess daemon;
    daemon.start(QDir(DaemonProcess::binDir()).filePath(QStringLiteral("regionalpodsd")),
        args
            + QStringList{QStringLiteral("--data-dir"), data, QStringLiteral("--listen"),
                QStringLiteral("127.0.0.1:0")});
    QVERIFY(daemon.waitForFinished(10000));
    QCOMPARE(daemon.exitCode(), 2);
    const auto err = QString::fromLocal8Bit(daemon.readAllStandardError());
    QVERIFY2(err.contains(QStringLiteral("bad configuration: ") + field), qPrintable(err));
    // Nothing was created: it refused before opening state.
    QVERIFY(!QFile::exists(QDir(data).filePath(QStringLiteral("state.db"))));
}

RP_TEST(TestTraffic, "tst_traffic")
#include "tst_traffic.moc"
