// Routing and failover end to end (issue #9): a real regionalpodsd on the demo fleet of real agent
// processes. A pod killed with SIGKILL, a region that hangs (SIGSTOP), a drain and a consent
// change the district → pod table; it never routes a district outside the places its policy
// allows, fails closed with one alert per episode and fails back gradually.
#include "agentprocesses.h"
#include "daemonprocess.h"
#include "testmain.h"

#include "backend/core/event.h"
#include "backend/core/routing/routedecision.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QWebSocket>
#include <QtTest>

#include <csignal>

class TestFailover : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyDistrictIsRoutedInZone();
    void killedPodFailsOverInZoneAndFailsBackGradually();
    void regionOutageFailsClosedWithOneAlert();
    void drainEmptiesAPod();
    void consentChangesTheCandidates();
    void auditorSeesOnlyItsDistricts();

private:
    RouteDecision route(const QString &district, int *status = nullptr);
    /** Every weighted pod is allowed for every class the district's requests carry. */
    void verifyInZone(const RouteDecision &decision);
    QList<Event> eventsOf(const QString &type, const QString &district) const;
    bool allServed();

    QTemporaryDir m_dir;
    std::unique_ptr<DaemonProcess> m_daemon;
    QWebSocket m_socket;
    QList<Event> m_events;
};

void TestFailover::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString data;
    const auto args = DaemonProcess::prepare(
        m_dir.path(), R"({"routing": {"hold_down_ms": 600, "failback_ms": 1800}})", &data);
    QVERIFY(!args.isEmpty());
    m_daemon = std::make_unique<DaemonProcess>(data);
    QVERIFY(m_daemon->start(args));

    QNetworkRequest request(QUrl(QStringLiteral("ws://127.0.0.1:%1/events").arg(m_daemon->port())));
    request.setRawHeader("Authorization", "Bearer " + m_daemon->token());
    connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
        m_events.append(Event::fromJson(QJsonDocument::fromJson(text.toUtf8()).object()));
    });
    QSignalSpy connected(&m_socket, &QWebSocket::connected);
    m_socket.open(request);
    QVERIFY(connected.wait(5000));
    QTRY_VERIFY_WITH_TIMEOUT(allServed(), 20000);
}

void TestFailover::cleanupTestCase()
{
    m_socket.close();
    if (m_daemon)
        QCOMPARE(m_daemon->stop(), 0);
}

RouteDecision TestFailover::route(const QString &district, int *status)
{
    const auto reply = m_daemon->request("GET", QStringLiteral("/routing/") + district);
    if (status)
        *status = reply.status;
    auto json = reply.json();
    if (reply.status == 503)
        json = json.value(QStringLiteral("routing")).toObject();
    try {
        return RouteDecision::fromJson(json);
    } catch (const std::exception &e) {
        qWarning("GET /routing/%s: %d %s (%s)", qPrintable(district), reply.status,
            reply.body.constData(), e.what());
        return {};
    }
}

bool TestFailover::allServed()
{
    // The demo's APAC districts hold child data and the demo has a COPPA-certified APAC pod for
    // them: every district is served once every pod is healthy.
    return m_daemon->fleetSettled();
}

void TestFailover::verifyInZone(const RouteDecision &decision)
{
    QVERIFY(!decision.weights.isEmpty());
    const auto district = m_daemon->request("GET", QStringLiteral("/districts")).json();
    QStringList classes;
    for (const auto &d : district.value(QStringLiteral("districts")).toArray()) {
        const auto object = d.toObject();
        if (object.value(QStringLiteral("id")).toString() != decision.district)
            continue;
        for (const auto &c : object.value(QStringLiteral("data_classes")).toArray()) {
            if (c.toString() != QLatin1String("deidentified")
                && c.toString() != QLatin1String("model_artifact"))
                classes.append(c.toString());
        }
    }
    QVERIFY(!classes.isEmpty());
    const auto pods = m_daemon->request("GET", QStringLiteral("/pods")).json();
    for (const auto &w : decision.weights) {
        QString region;
        for (const auto &p : pods.value(QStringLiteral("pods")).toArray()) {
            if (p.toObject().value(QStringLiteral("id")).toString() == w.pod)
                region = p.toObject().value(QStringLiteral("region")).toString();
        }
        QJsonArray placements;
        for (const auto &cls : std::as_const(classes))
            placements.append(QJsonObject{{QStringLiteral("district"), decision.district},
                {QStringLiteral("data_class"), cls}, {QStringLiteral("region"), region},
                {QStringLiteral("pod"), w.pod}});
        const auto verdicts = m_daemon->request("POST", QStringLiteral("/residency/validate"),
            QJsonDocument(QJsonObject{{QStringLiteral("placements"), placements}}).toJson());
        QCOMPARE(verdicts.status, 200);
        for (const auto &v : verdicts.json().value(QStringLiteral("results")).toArray())
            QVERIFY2(v.toObject().value(QStringLiteral("allowed")).toBool(),
                qPrintable(QStringLiteral("%1 routed to %2: %3")
                               .arg(decision.district, w.pod,
                                   QString::fromUtf8(QJsonDocument(v.toObject()).toJson()))));
    }
}

QList<Event> TestFailover::eventsOf(const QString &type, const QString &district) const
{
    QList<Event> out;
    for (const auto &e : m_events) {
        if (e.typeName() == type
            && e.data().value(QStringLiteral("district")).toString() == district)
            out.append(e);
    }
    return out;
}

void TestFailover::everyDistrictIsRoutedInZone()
{
    const auto table = m_daemon->request("GET", QStringLiteral("/routing")).json();
    const auto routes = table.value(QStringLiteral("routes")).toArray();
    QVERIFY(table.value(QStringLiteral("table_version")).toInteger() > 0);
    for (const auto &r : routes) {
        const auto decision = RouteDecision::fromJson(r.toObject());
        int sum = 0;
        for (const auto &w : decision.weights)
            sum += w.weight;
        QCOMPARE(sum, 100);
        verifyInZone(decision);
    }
    // The Texas edge pod (jurisdiction US-TX in a Virginia region) is Houston's own.
    QCOMPARE(route(QStringLiteral("us-tx-houston")).pod, QStringLiteral("us-east-edge-tx"));
}

void TestFailover::killedPodFailsOverInZoneAndFailsBackGradually()
{
    const QString district = QStringLiteral("us-tx-houston");
    const QString pod = QStringLiteral("us-east-edge-tx");
    QCOMPARE(route(district).pod, pod);
    const auto pids = agentPids(m_daemon->dataDir(), pod);
    QCOMPARE(pids.size(), 1);
    m_events.clear();
    QElapsedTimer timer;
    timer.start();
    ::kill(pid_t(pids.first()), SIGKILL);

    const auto movedAway = [&] {
        for (const auto &e : eventsOf(QStringLiteral("routing.changed"), district)) {
            if (e.data().value(QStringLiteral("from")).toString() == pod)
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(movedAway(), 5000);
    qInfo("kill -9 → routing.changed after %lld ms", timer.elapsed());
    const auto failover = eventsOf(QStringLiteral("routing.changed"), district).constFirst();
    QCOMPARE(
        failover.data().value(QStringLiteral("reason")).toString(), QStringLiteral("failover"));
    const auto moved = route(district);
    QVERIFY(moved.pod != pod);
    verifyInZone(moved);
    bool excludedAsUnhealthy = false;
    for (const auto &e : moved.excluded)
        excludedAsUnhealthy = excludedAsUnhealthy || (e.pod == pod && e.reason != "residency");
    QVERIFY(excludedAsUnhealthy);

    // The daemon restarts the replica; after the hold-down it takes 10 %, then 50 %, then all.
    // Wait on the events, not GET /routing: the table can be ahead of the socket.
    QList<int> shares;
    const auto collectShares = [&] {
        shares.clear();
        for (const auto &e : eventsOf(QStringLiteral("routing.changed"), district)) {
            for (const auto &w : e.data().value(QStringLiteral("weights")).toArray()) {
                if (w.toObject().value(QStringLiteral("pod")).toString() == pod)
                    shares.append(w.toObject().value(QStringLiteral("weight")).toInt());
            }
        }
        return shares.size() >= 2;
    };
    QTRY_VERIFY_WITH_TIMEOUT(collectShares(), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(route(district).pod, pod, 15000);
    QVERIFY2(shares.size() >= 2 && shares.first() < 50,
        qPrintable(QStringLiteral("failback shares: %1")
                       .arg(QString::number(shares.value(0)) + QLatin1Char(' ')
                           + QString::number(shares.value(1)))));
    QTRY_COMPARE_WITH_TIMEOUT(route(district).weights.constFirst().weight, 100, 10000);
    // The move was audited.
    const auto audit = m_daemon->request("GET", QStringLiteral("/audit?district=") + district);
    QVERIFY2(audit.body.contains("routing.change"), audit.body.left(400).constData());
}

void TestFailover::regionOutageFailsClosedWithOneAlert()
{
    // Ontario's data may stay only in Canada, and only ca-central is there: hang every agent of
    // the region (SIGSTOP: the processes live on, so nothing restarts them).
    const QString district = QStringLiteral("ca-on-toronto");
    QVERIFY(!route(district).failClosed);
    QList<qint64> stopped;
    for (const auto &pod : {QStringLiteral("ca-central-primary"),
             QStringLiteral("ca-central-edge-bc"), QStringLiteral("ca-central-compliance")})
        stopped += agentPids(m_daemon->dataDir(), pod);
    QVERIFY(stopped.size() >= 4);
    m_events.clear();
    for (const auto pid : std::as_const(stopped))
        ::kill(pid_t(pid), SIGSTOP);
    auto resume = qScopeGuard([&] {
        for (const auto pid : std::as_const(stopped))
            ::kill(pid_t(pid), SIGCONT);
    });

    QTRY_COMPARE_WITH_TIMEOUT(
        eventsOf(QStringLiteral("routing.fail_closed"), district).size(), 1, 10000);
    int status = 0;
    const auto closed = route(district, &status);
    QCOMPARE(status, 503);
    QVERIFY(closed.failClosed);
    QVERIFY(closed.pod.isEmpty());
    QVERIFY2(closed.fixes.contains(
                 QStringLiteral("restore region ca-central: its allowed pods are out")),
        qPrintable(closed.fixes.join(QLatin1Char('\n'))));
    const auto problem = m_daemon->request("GET", QStringLiteral("/routing/") + district);
    QCOMPARE(problem.contentType, QByteArray("application/problem+json"));
    QVERIFY(problem.json().value(QStringLiteral("detail")).toString().contains("fails closed"));
    // A US district is unaffected meanwhile.
    verifyInZone(route(QStringLiteral("us-wa-seattle")));

    resume.dismiss();
    for (const auto pid : std::as_const(stopped))
        ::kill(pid_t(pid), SIGCONT);
    QTRY_COMPARE_WITH_TIMEOUT(
        eventsOf(QStringLiteral("routing.restored"), district).size(), 1, 15000);
    QCOMPARE(eventsOf(QStringLiteral("routing.fail_closed"), district).size(), 1);
    verifyInZone(route(district));
}

void TestFailover::drainEmptiesAPod()
{
    // eu-west-primary serves the EU districts (eu-central-primary is not COPPA-certified, and
    // every EU demo district holds child data).
    const QString pod = QStringLiteral("eu-west-primary");
    const auto weightedOn = [&](const QString &id) {
        int count = 0;
        const auto table = m_daemon->request("GET", QStringLiteral("/routing")).json();
        for (const auto &r : table.value(QStringLiteral("routes")).toArray()) {
            for (const auto &w : r.toObject().value(QStringLiteral("weights")).toArray())
                count += w.toObject().value(QStringLiteral("pod")).toString() == id ? 1 : 0;
        }
        return count;
    };
    QTRY_VERIFY_WITH_TIMEOUT(weightedOn(pod) > 0, 10000);
    auto reply = m_daemon->request(
        "PUT", QStringLiteral("/pods/eu-west/%1/drain").arg(pod), R"({"draining":"yes"})");
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.json().value(QStringLiteral("field")).toString() == "draining");
    reply = m_daemon->request(
        "PUT", QStringLiteral("/pods/eu-west/%1/drain").arg(pod), R"({"draining":true})");
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.json().value(QStringLiteral("draining")).toBool());
    QCOMPARE(weightedOn(pod), 0);
    verifyInZone(route(QStringLiteral("de-berlin")));
    QVERIFY(route(QStringLiteral("de-berlin")).pod != pod);
    // Drained, it still runs and can be scaled.
    QCOMPARE(
        m_daemon
            ->request("PUT", QStringLiteral("/pods/eu-west/%1/scale").arg(pod), R"({"replicas":2})")
            .status,
        200);
    reply = m_daemon->request(
        "PUT", QStringLiteral("/pods/eu-west/%1/drain").arg(pod), R"({"draining":false})");
    QCOMPARE(reply.status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(weightedOn(pod) > 0, 15000);
}

void TestFailover::consentChangesTheCandidates()
{
    // Houston's student records may not go to us-west (another state) until it consents.
    const QString district = QStringLiteral("us-tx-houston");
    const auto residencyExcluded = [&] {
        for (const auto &e : route(district).excluded) {
            if (e.pod == QLatin1String("us-west-primary"))
                return e.reason == QLatin1String("residency");
        }
        return false;
    };
    QVERIFY(residencyExcluded());
    const auto created = m_daemon->request("POST", QStringLiteral("/residency/consents"),
        R"({"district":"us-tx-houston","data_class":"student_pii","region":"us-west",)"
        R"("reference":"DPA-TEST-1","expires":"2099-01-01T00:00:00Z"})");
    QCOMPARE(created.status, 201);
    QTRY_VERIFY_WITH_TIMEOUT(!residencyExcluded(), 2000);
    QVERIFY(route(district).fallbacks.contains(QStringLiteral("us-west-primary")));
    const auto id = created.json().value(QStringLiteral("id")).toString();
    QCOMPARE(m_daemon->request("DELETE", QStringLiteral("/residency/consents/") + id).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(residencyExcluded(), 2000);
}

void TestFailover::auditorSeesOnlyItsDistricts()
{
    const auto minted = m_daemon->request(
        "POST", QStringLiteral("/tokens"), R"({"role":"auditor","districts":["us-tx-houston"]})");
    const auto token = minted.json().value(QStringLiteral("token")).toString().toUtf8();
    const auto table = m_daemon->request("GET", QStringLiteral("/routing"), {}, token).json();
    const auto routes = table.value(QStringLiteral("routes")).toArray();
    QCOMPARE(routes.size(), 1);
    QCOMPARE(routes.first().toObject().value(QStringLiteral("district")).toString(),
        QStringLiteral("us-tx-houston"));
    QCOMPARE(
        m_daemon->request("GET", QStringLiteral("/routing/us-tx-houston"), {}, token).status, 200);
    const auto other = m_daemon->request("GET", QStringLiteral("/routing/us-tx-dallas"), {}, token);
    QCOMPARE(other.status, 404);
    QCOMPARE(m_daemon->request("GET", QStringLiteral("/routing/us-tx-dallas"), {}, {}).status, 401);
}

RP_TEST(TestFailover, "tst_failover")
#include "tst_failover.moc"
