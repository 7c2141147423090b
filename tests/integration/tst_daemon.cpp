// End to end: a real regionalpodsd with the demo fleet of real agent processes on 127.0.0.1.

#include "agentprocesses.h"
#include "daemonprocess.h"
#include "testmain.h"

#include "backend/core/event.h"
#include "backend/core/pod.h"
#include "backend/core/probehistory.h"

#include <QDir>
#include <QHostAddress>
#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QWebSocket>
#include <QtTest>

namespace {

QList<Pod> podsOf(DaemonProcess &daemon)
{
    QList<Pod> pods;
    for (const auto &v : daemon.request("GET", QStringLiteral("/pods"))
                             .json()
                             .value(QStringLiteral("pods"))
                             .toArray())
        pods.append(Pod::fromJson(v.toObject()));
    return pods;
}

int desiredReplicas(const QList<Pod> &pods)
{
    int total = 0;
    for (const auto &pod : pods)
        total += pod.replicas;
    return total;
}

bool allHealthy(DaemonProcess &daemon)
{
    const auto pods = podsOf(daemon);
    if (pods.isEmpty())
        return false;
    for (const auto &pod : pods) {
        if (pod.health != HealthState::Healthy)
            return false;
    }
    return true;
}

} // namespace

class TestDaemon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void demoFleetRunsRealAgents();
    void scaleUpAndDownStartsAndStopsProcesses();
    void killedAgentTurnsUnhealthyAndEventArrives();
    void probesRecordEachReplicasRecentHealth();
    void reconnectReplaysMissedEvents();
    void firstContactGetsRecentHistory();
    void revokedTokenClosesItsStreams();
    void agentsInheritNoClientConnections();
    void restartAfterKillKeepsStateWithoutOrphans();
    void sigtermStopsAllAgents();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<DaemonProcess> m_daemon;
};

void TestDaemon::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_daemon = std::make_unique<DaemonProcess>(m_dir.path());
    QVERIFY2(m_daemon->start(), "the daemon did not come up");
}

void TestDaemon::cleanupTestCase()
{
    if (m_daemon)
        m_daemon->stop();
    for (const auto pid : agentPids(m_dir.path()))
        ::kill(pid_t(pid), SIGKILL);
}

void TestDaemon::demoFleetRunsRealAgents()
{
    const auto pods = podsOf(*m_daemon);
    QVERIFY(pods.size() >= 8);
    QSet<QString> types;
    for (const auto &pod : pods)
        types.insert(podTypeName(pod.type));
    QCOMPARE(types.size(), 4);
    QTRY_COMPARE_WITH_TIMEOUT(agentPids(m_dir.path()).size(), desiredReplicas(pods), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(allHealthy(*m_daemon), 15000);

    const auto regions = m_daemon->request("GET", QStringLiteral("/regions"))
                             .json()
                             .value(QStringLiteral("regions"))
                             .toArray();
    QVERIFY(regions.size() >= 6);
    const auto districts = m_daemon->request("GET", QStringLiteral("/districts"))
                               .json()
                               .value(QStringLiteral("districts"))
                               .toArray();
    QVERIFY(districts.size() >= 40);
}

void TestDaemon::scaleUpAndDownStartsAndStopsProcesses()
{
    const QString pod = QStringLiteral("us-west-primary");
    const auto before = agentPids(m_dir.path(), pod);
    QCOMPARE(before.size(), 2);

    auto result = m_daemon->request(
        "PUT", QStringLiteral("/pods/us-west/scale"), R"({"pod":"us-west-primary","replicas":4})");
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json().value(QStringLiteral("replicas")).toInt(), 4);
    QTRY_COMPARE_WITH_TIMEOUT(agentPids(m_dir.path(), pod).size(), 4, 10000);
    // The replicas that were already there keep running: scaling up starts only new ones.
    for (const auto pid : before)
        QVERIFY(agentPids(m_dir.path(), pod).contains(pid));

    result = m_daemon->request(
        "PUT", QStringLiteral("/pods/us-west/us-west-primary/scale"), R"({"replicas":1})");
    QCOMPARE(result.status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(agentPids(m_dir.path(), pod).size(), 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(podsOf(*m_daemon).size() > 0, 1000);
    for (const auto &p : podsOf(*m_daemon)) {
        if (p.id == pod)
            QCOMPARE(p.replicaStatus.size(), 1);
    }
}

void TestDaemon::killedAgentTurnsUnhealthyAndEventArrives()
{
    const QString pod = QStringLiteral("eu-central-primary");
    QTRY_VERIFY_WITH_TIMEOUT(allHealthy(*m_daemon), 15000);

    QWebSocket socket;
    QNetworkRequest request(QUrl(QStringLiteral("ws://127.0.0.1:%1/events").arg(m_daemon->port())));
    request.setRawHeader("Authorization", "Bearer " + m_daemon->token());
    QList<Event> events;
    connect(&socket, &QWebSocket::textMessageReceived, this, [&](const QString &text) {
        events.append(Event::fromJson(QJsonDocument::fromJson(text.toUtf8()).object()));
    });
    QSignalSpy connected(&socket, &QWebSocket::connected);
    socket.open(request);
    QVERIFY(connected.wait(5000));
    QTRY_VERIFY(!events.isEmpty()); // hello

    const auto pids = agentPids(m_dir.path(), pod);
    QVERIFY(!pids.isEmpty());
    QElapsedTimer timer;
    timer.start();
    ::kill(pid_t(pids.first()), SIGKILL);

    const auto sawUnhealthy = [&] {
        for (const auto &e : events) {
            if (e.typeName() == QLatin1String("replica.health")
                && e.data().value(QStringLiteral("pod")).toString() == pod
                && e.data().value(QStringLiteral("health")).toString()
                    == QLatin1String("unhealthy"))
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(sawUnhealthy(), 5000);
    QVERIFY2(
        timer.elapsed() <= 5000, qPrintable(QStringLiteral("took %1 ms").arg(timer.elapsed())));
    qInfo("replica unhealthy after %lld ms", timer.elapsed());

    // Seq numbers of stored events increase by one.
    qint64 last = -1;
    for (const auto &e : std::as_const(events)) {
        if (e.seq == 0)
            continue;
        if (last >= 0)
            QCOMPARE(e.seq, last + 1);
        last = e.seq;
    }
    // The dead replica is replaced by a fresh process and the pod heals.
    QTRY_COMPARE_WITH_TIMEOUT(agentPids(m_dir.path(), pod).size(), 2, 10000);
    QVERIFY(!agentPids(m_dir.path(), pod).contains(pids.first()));
    QTRY_VERIFY_WITH_TIMEOUT(allHealthy(*m_daemon), 15000);
}

void TestDaemon::probesRecordEachReplicasRecentHealth()
{
    const QString pod = QStringLiteral("eu-central-primary");
    const QString path = QStringLiteral("/pods/eu-central/eu-central-primary/probes");
    QTRY_VERIFY_WITH_TIMEOUT(allHealthy(*m_daemon), 15000);
    const auto probes = [&] { return PodProbes::fromJson(m_daemon->request("GET", path).json()); };
    const auto last = [](const ReplicaProbes &r) {
        return r.probes.isEmpty() ? ProbeResult{} : r.probes.constLast();
    };
    const auto lastHealth = [](const ReplicaProbes &r) {
        return r.changes.isEmpty() ? HealthState::Unknown : r.changes.constLast().health;
    };

    // Every replica the pod has, by its instance, with answered probes and a round trip each
    // (a replica the test before replaced may still be proving itself).
    PodProbes now;
    const auto settled = [&](const PodProbes &p) {
        for (const auto &r : p.replicas)
            if (r.health != HealthState::Healthy || !last(r).ok)
                return false;
        return p.replicas.size() == 2;
    };
    QTRY_VERIFY_WITH_TIMEOUT(settled(now = probes()), 10000);
    QCOMPARE(now.pod, pod);
    QCOMPARE(now.region, QStringLiteral("eu-central"));
    QCOMPARE(now.intervalMs, 1000);
    QCOMPARE(now.timeoutMs, 500);
    Pod truth;
    for (const auto &p : podsOf(*m_daemon))
        if (p.id == pod)
            truth = p;
    QCOMPARE(truth.replicaStatus.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(now.replicas[i].instance, truth.replicaStatus[i].instance);
        QCOMPARE(now.replicas[i].health, HealthState::Healthy);
        QVERIFY(!now.replicas[i].probes.isEmpty());
        QVERIFY(last(now.replicas[i]).ok);
        QVERIFY(last(now.replicas[i]).ms > 0);
        QCOMPARE(lastHealth(now.replicas[i]), HealthState::Healthy);
    }

    // A replica that stops answering: its probes fail, saying why, and the change is recorded;
    // the other replica's probes go on answering.
    const qint64 pid = truth.replicaStatus[0].pid;
    QVERIFY(pid > 0);
    ::kill(pid_t(pid), SIGSTOP);
    auto resume = qScopeGuard([pid] { ::kill(pid_t(pid), SIGCONT); });
    QTRY_VERIFY_WITH_TIMEOUT(
        lastHealth((now = probes()).replicas.value(0)) == HealthState::Unhealthy, 10000);
    QVERIFY(!last(now.replicas[0]).ok);
    QVERIFY2(last(now.replicas[0]).error.contains(QStringLiteral("no answer within 500 ms")),
        qPrintable(last(now.replicas[0]).error));
    QVERIFY(last(now.replicas[0]).ms >= 400);
    QVERIFY(last(now.replicas[1]).ok);
    QCOMPARE(now.replicas[1].health, HealthState::Healthy);

    resume.dismiss();
    ::kill(pid_t(pid), SIGCONT);
    QTRY_VERIFY_WITH_TIMEOUT(
        lastHealth((now = probes()).replicas.value(0)) == HealthState::Healthy, 10000);
    QVERIFY(now.replicas[0].changes.size() >= 3); // healthy, unhealthy, healthy again

    QCOMPARE(m_daemon->request("GET", QStringLiteral("/pods/eu-central/nope/probes")).status, 404);
    QCOMPARE(m_daemon->request("GET", QStringLiteral("/pods/nowhere/x/probes")).status, 404);
}

void TestDaemon::reconnectReplaysMissedEvents()
{
    QWebSocket first;
    QNetworkRequest request(QUrl(QStringLiteral("ws://127.0.0.1:%1/events").arg(m_daemon->port())));
    request.setRawHeader("Authorization", "Bearer " + m_daemon->token());
    QList<Event> seen;
    connect(&first, &QWebSocket::textMessageReceived, this, [&](const QString &text) {
        seen.append(Event::fromJson(QJsonDocument::fromJson(text.toUtf8()).object()));
    });
    first.open(request);
    QTRY_VERIFY(!seen.isEmpty());
    const auto lastSeq = seen.first().data().value(QStringLiteral("latest_seq")).toInteger();
    first.close();

    // Something happens while we are away.
    QCOMPARE(m_daemon
                 ->request("PUT", QStringLiteral("/pods/ap-southeast/scale"),
                     R"({"type":"backup","replicas":2})")
                 .status,
        200);

    QWebSocket second;
    QNetworkRequest again(QUrl(
        QStringLiteral("ws://127.0.0.1:%1/events?since=%2").arg(m_daemon->port()).arg(lastSeq)));
    again.setRawHeader("Authorization", "Bearer " + m_daemon->token());
    QList<Event> replayed;
    connect(&second, &QWebSocket::textMessageReceived, this, [&](const QString &text) {
        replayed.append(Event::fromJson(QJsonDocument::fromJson(text.toUtf8()).object()));
    });
    second.open(again);
    const auto hasScaled = [&] {
        for (const auto &e : replayed) {
            // "pod" is the pod's id in every pod event; the pod itself is the "snapshot".
            const auto *scaled = std::get_if<PodScaledEvent>(&e.payload);
            if (scaled && e.seq > lastSeq
                && e.data().value(QStringLiteral("pod")).toString()
                    == QLatin1String("ap-southeast-backup")
                && scaled->snapshot.id == QLatin1String("ap-southeast-backup"))
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(hasScaled(), 5000);
    // The replay starts right after the last event we saw and has no gaps.
    QVERIFY(replayed.size() >= 2);
    QCOMPARE(replayed.at(0).typeName(), QStringLiteral("hello"));
    QCOMPARE(replayed.at(1).seq, lastSeq + 1);
    for (qsizetype i = 2; i < replayed.size(); ++i)
        QCOMPARE(replayed.at(i).seq, replayed.at(i - 1).seq + 1);

    // Without a token the stream refuses the connection.
    QWebSocket anonymous;
    QSignalSpy closed(&anonymous, &QWebSocket::disconnected);
    QList<QString> anonymousMessages;
    connect(&anonymous, &QWebSocket::textMessageReceived, this,
        [&](const QString &t) { anonymousMessages.append(t); });
    anonymous.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/events").arg(m_daemon->port())));
    QVERIFY(closed.wait(5000));
    QVERIFY(anonymousMessages.isEmpty());
}

// A revoked token stops working at once: its open /events streams are closed with 1008 (policy
// violation), while a stream of another token stays open.
void TestDaemon::firstContactGetsRecentHistory()
{
    // The demo start alone publishes well over 3 events (replica health).
    QWebSocket socket;
    QNetworkRequest request(
        QUrl(QStringLiteral("ws://127.0.0.1:%1/events?history=3").arg(m_daemon->port())));
    request.setRawHeader("Authorization", "Bearer " + m_daemon->token());
    QList<Event> seen;
    connect(&socket, &QWebSocket::textMessageReceived, this, [&](const QString &text) {
        seen.append(Event::fromJson(QJsonDocument::fromJson(text.toUtf8()).object()));
    });
    socket.open(request);
    QTRY_VERIFY_WITH_TIMEOUT(seen.size() >= 4, 10000);
    QCOMPARE(seen.first().typeName(), QStringLiteral("hello"));
    const auto latest = seen.first().data().value(QStringLiteral("latest_seq")).toInteger();
    QVERIFY(latest > 3);
    QCOMPARE(seen.at(1).seq, latest - 2);
    QCOMPARE(seen.at(3).seq, latest);
    socket.close();
}

void TestDaemon::revokedTokenClosesItsStreams()
{
    const auto issued = m_daemon->request(
        "POST", QStringLiteral("/tokens"), R"({"role":"operator","label":"revocation test"})");
    QCOMPARE(issued.status, 201);
    const QByteArray token = issued.json().value("token").toString().toUtf8();
    const QString id = issued.json().value("id").toString();
    QVERIFY(!token.isEmpty() && !id.isEmpty());

    const QUrl url(QStringLiteral("ws://127.0.0.1:%1/events").arg(m_daemon->port()));
    QWebSocket revoked;
    QWebSocket other;
    QSignalSpy revokedUp(&revoked, &QWebSocket::connected);
    QSignalSpy otherUp(&other, &QWebSocket::connected);
    QNetworkRequest withToken(url);
    withToken.setRawHeader("Authorization", "Bearer " + token);
    revoked.open(withToken);
    QNetworkRequest withAdmin(url);
    withAdmin.setRawHeader("Authorization", "Bearer " + m_daemon->token());
    other.open(withAdmin);
    QVERIFY(revokedUp.wait(5000));
    QVERIFY(otherUp.count() == 1 || otherUp.wait(5000));

    QSignalSpy revokedDown(&revoked, &QWebSocket::disconnected);
    QSignalSpy otherDown(&other, &QWebSocket::disconnected);
    QCOMPARE(m_daemon->request("DELETE", QStringLiteral("/tokens/%1").arg(id)).status, 200);
    // The DELETE's own wait already runs the event loop: the close may have landed during it.
    QTRY_COMPARE_WITH_TIMEOUT(revokedDown.count(), 1, 5000);
    QCOMPARE(revoked.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
    QCOMPARE(revoked.closeReason(), QStringLiteral("token revoked"));
    // The admin's stream is untouched: it still gets events (a scale publishes one).
    QList<QString> received;
    connect(&other, &QWebSocket::textMessageReceived, this,
        [&](const QString &text) { received.append(text); });
    QCOMPARE(m_daemon
                 ->request("PUT", QStringLiteral("/pods/eu-west/scale"),
                     R"({"pod":"eu-west-primary","replicas":3})")
                 .status,
        200);
    QTRY_VERIFY_WITH_TIMEOUT(
        std::any_of(received.cbegin(), received.cend(),
            [](const QString &t) { return t.contains(QLatin1String("pod.scaled")); }),
        5000);
    QCOMPARE(otherDown.count(), 0);
    // And the revoked token is refused on a new stream too.
    QWebSocket again;
    QSignalSpy againDown(&again, &QWebSocket::disconnected);
    QList<QString> againMessages;
    connect(&again, &QWebSocket::textMessageReceived, this,
        [&](const QString &t) { againMessages.append(t); });
    again.open(withToken);
    QTRY_COMPARE_WITH_TIMEOUT(againDown.count(), 1, 5000);
    QVERIFY(againMessages.isEmpty());
    QCOMPARE(m_daemon
                 ->request("PUT", QStringLiteral("/pods/eu-west/scale"),
                     R"({"pod":"eu-west-primary","replicas":2})")
                 .status,
        200);
}

namespace {
// The socket inodes a process holds open (from /proc/PID/fd: "socket:[INODE]").
QSet<QString> socketInodes(qint64 pid)
{
    QSet<QString> inodes;
    const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
    for (const auto &name : fds.entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System)) {
        const QString target = QFile::symLinkTarget(fds.filePath(name));
        if (target.contains(QLatin1String("socket:[")))
            inodes.insert(target.section(u'/', -1));
    }
    return inodes;
}
} // namespace

// An agent started while clients are connected must not hold their sockets (nor the listening
// one): it would keep a connection the daemon closed open for the client (seen in CI: a
// slowloris connection never closed because a replica restarted meanwhile), and could read it.
void TestDaemon::agentsInheritNoClientConnections()
{
    std::vector<std::unique_ptr<QTcpSocket>> clients;
    for (int i = 0; i < 5; ++i) {
        clients.push_back(std::make_unique<QTcpSocket>());
        clients.back()->connectToHost(QHostAddress::LocalHost, m_daemon->port());
        QVERIFY(clients.back()->waitForConnected(5000));
    }
    QCOMPARE(m_daemon
                 ->request("PUT", QStringLiteral("/pods/eu-west/scale"),
                     R"({"pod":"eu-west-primary","replicas":3})")
                 .status,
        200);
    QTRY_COMPARE_WITH_TIMEOUT(
        agentPids(m_dir.path(), QStringLiteral("eu-west-primary")).size(), 3, 10000);
    const QSet<QString> daemonSockets = socketInodes(m_daemon->pid());
    QVERIFY(daemonSockets.size() >= 6); // the listener and the five clients, at least
    for (const qint64 agent : agentPids(m_dir.path())) {
        const QSet<QString> shared = socketInodes(agent).intersect(daemonSockets);
        QVERIFY2(shared.isEmpty(),
            qPrintable(QStringLiteral("agent %1 holds the daemon's sockets %2")
                           .arg(agent)
                           .arg(QStringList(shared.cbegin(), shared.cend()).join(u','))));
    }
    QCOMPARE(m_daemon
                 ->request("PUT", QStringLiteral("/pods/eu-west/scale"),
                     R"({"pod":"eu-west-primary","replicas":2})")
                 .status,
        200);
}

void TestDaemon::restartAfterKillKeepsStateWithoutOrphans()
{
    QCOMPARE(m_daemon
                 ->request("PUT", QStringLiteral("/pods/us-east/scale"),
                     R"({"pod":"us-east-primary","replicas":3})")
                 .status,
        200);
    QTRY_COMPARE_WITH_TIMEOUT(
        agentPids(m_dir.path(), QStringLiteral("us-east-primary")).size(), 3, 10000);
    const auto podsBefore = podsOf(*m_daemon);
    // A replica the previous test scaled away may still be exiting (its stop is asynchronous):
    // wait until exactly the desired replicas run (CI once counted 28 for 27).
    QTRY_COMPARE_WITH_TIMEOUT(agentPids(m_dir.path()).size(), desiredReplicas(podsBefore), 10000);
    const auto pidsBefore = agentPids(m_dir.path());

    // kill -9: the agents survive the daemon and must be adopted, not duplicated.
    m_daemon->killHard();
    QCOMPARE(agentPids(m_dir.path()).size(), pidsBefore.size());
    m_daemon = std::make_unique<DaemonProcess>(m_dir.path());
    QVERIFY(m_daemon->start());

    const auto podsAfter = podsOf(*m_daemon);
    QCOMPARE(podsAfter.size(), podsBefore.size());
    for (qsizetype i = 0; i < podsAfter.size(); ++i) {
        QCOMPARE(podsAfter.at(i).id, podsBefore.at(i).id);
        QCOMPARE(podsAfter.at(i).replicas, podsBefore.at(i).replicas);
    }
    auto after = agentPids(m_dir.path());
    std::sort(after.begin(), after.end());
    auto before = pidsBefore;
    std::sort(before.begin(), before.end());
    QCOMPARE(after, before);
    QTRY_VERIFY_WITH_TIMEOUT(allHealthy(*m_daemon), 15000);

    // A stray agent under our data dir that no pod owns is an orphan and gets stopped.
    const auto strayDir = QDir(m_dir.path()).filePath(QStringLiteral("agents/stray-0"));
    QVERIFY(QProcess::startDetached(
        QDir(DaemonProcess::binDir()).filePath(QStringLiteral("regionalpods-agent")),
        {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--pod"),
            QStringLiteral("stray"), QStringLiteral("--data-dir"), strayDir}));
    QTRY_COMPARE_WITH_TIMEOUT(agentPids(m_dir.path(), QStringLiteral("stray")).size(), 1, 5000);
    m_daemon->killHard();
    m_daemon = std::make_unique<DaemonProcess>(m_dir.path());
    QVERIFY(m_daemon->start());
    QTRY_COMPARE_WITH_TIMEOUT(agentPids(m_dir.path(), QStringLiteral("stray")).size(), 0, 5000);
    QCOMPARE(agentPids(m_dir.path()).size(), desiredReplicas(podsOf(*m_daemon)));
}

void TestDaemon::sigtermStopsAllAgents()
{
    QVERIFY(!agentPids(m_dir.path()).isEmpty());
    QCOMPARE(m_daemon->stop(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(agentPids(m_dir.path()).size(), 0, 5000);
    QVERIFY(!QFile::exists(QDir(m_dir.path()).filePath(QStringLiteral("daemon.port"))));
}

RP_TEST(TestDaemon, "tst_daemon")
#include "tst_daemon.moc"
