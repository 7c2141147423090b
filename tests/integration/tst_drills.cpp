// Failover drills end to end (issue #23): a real regionalpodsd on the demo fleet of real agent
// processes. Faults go through the agents' fault API; every drill must leave the fleet exactly
// as it found it — after its end, an abort, a stop condition or a kill -9 of the daemon — and
// never route a district out of its zone. The daemon's wall clock (RP_WALL_CLOCK) picks a
// Saturday, or a school morning, for the school-calendar checks.
#include "agentcontrol.h"
#include "daemonprocess.h"
#include "testmain.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

class TestDrills : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void badInputIsRefusedAndChangesNothing_data();
    void badInputIsRefusedAndChangesNothing();
    void regionOutageRunsAsPredictedAndRestoresExactly();
    void abortRestoresAtOnce();
    void anOutageOutsideTheBlastRadiusStopsTheDrill();
    void schoolHoursRefuseUnlessForced();
    void schedulesAreValidatedListedAndRemoved();
    void liveTrafficCatchesAHangButNotALatePod();
    void killMidDrillRestoresAtTheNextStart();

private:
    static constexpr const char *kSaturday = "2026-12-12T15:00:00Z";
    static constexpr const char *kTuesdayMorning = "2026-12-08T15:00:00Z"; // 10:00 in New York
    bool startDaemon(DaemonProcess &daemon, const QString &clock);
    QJsonObject drill(const QString &id);
    /** Waits (deadline) until drill @p id has ended; returns its record. */
    QJsonObject waitEnded(const QString &id, int timeoutMs = 60000);
    bool hasStep(const QString &id, const QString &kind);
    QHash<QString, QString> routes();
    /** Every replica of every pod healthy, at its desired count. */
    bool fleetWhole();
    /** Every agent answers GET /faults with mode none. */
    void verifyNoFaultLeft();
    QString startDrill(const QByteArray &body);

    QTemporaryDir m_dir;
    QStringList m_args;
    QString m_data;
    std::unique_ptr<DaemonProcess> m_daemon;
    QNetworkAccessManager m_network;
    QHash<QString, QString> m_homeRoutes;
};

bool TestDrills::startDaemon(DaemonProcess &daemon, const QString &clock)
{
    return daemon.start(m_args, 20000, {QStringLiteral("RP_WALL_CLOCK=") + clock});
}

void TestDrills::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_args = DaemonProcess::prepare(m_dir.path(),
        R"({"routing": {"hold_down_ms": 300, "failback_ms": 600},
            "drills": {"probe_interval_ms": 100, "failback_wait_ms": 20000}})",
        &m_data);
    QVERIFY(!m_args.isEmpty());
    m_daemon = std::make_unique<DaemonProcess>(m_data);
    QVERIFY(startDaemon(*m_daemon, QString::fromLatin1(kSaturday)));
    QTRY_VERIFY_WITH_TIMEOUT(m_daemon->fleetSettled(), 30000);
    m_homeRoutes = routes();
    QVERIFY(m_homeRoutes.size() >= 40);
}

QJsonObject TestDrills::drill(const QString &id)
{
    return m_daemon->request("GET", QStringLiteral("/drills/") + id).json();
}

QJsonObject TestDrills::waitEnded(const QString &id, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        const QJsonObject d = drill(id);
        const QString state = d.value(QStringLiteral("state")).toString();
        if (!state.isEmpty() && state != u"running" && state != u"restoring")
            return d;
        QTest::qWait(200);
    }
    return {};
}

bool TestDrills::hasStep(const QString &id, const QString &kind)
{
    for (const auto &s : drill(id).value(QStringLiteral("timeline")).toArray())
        if (s.toObject().value(QStringLiteral("kind")).toString() == kind)
            return true;
    return false;
}

QHash<QString, QString> TestDrills::routes()
{
    QHash<QString, QString> out;
    for (const auto &r :
        m_daemon->request("GET", QStringLiteral("/routing")).json().value("routes").toArray())
        out.insert(r.toObject().value("district").toString(), r.toObject().value("pod").toString());
    return out;
}

bool TestDrills::fleetWhole()
{
    const auto pods
        = m_daemon->request("GET", QStringLiteral("/pods")).json().value("pods").toArray();
    for (const auto &value : pods) {
        const QJsonObject p = value.toObject();
        const auto replicas = p.value(QStringLiteral("replica_status")).toArray();
        if (replicas.size() != p.value(QStringLiteral("replicas")).toInt())
            return false;
        for (const auto &r : replicas)
            if (r.toObject().value(QStringLiteral("health")).toString() != u"healthy")
                return false;
    }
    return !pods.isEmpty();
}

void TestDrills::verifyNoFaultLeft()
{
    int agents = 0;
    for (const auto &p :
        m_daemon->request("GET", QStringLiteral("/pods")).json().value("pods").toArray())
        for (const auto &r : p.toObject().value("replica_status").toArray()) {
            const AgentControl control
                = agentControl(*m_daemon, r.toObject().value("pid").toInteger());
            QVERIFY(control.port > 0);
            const HttpResult faults = httpRequest(m_network, control.port, "GET",
                QStringLiteral("/faults"), {}, "Bearer " + control.secret);
            QCOMPARE(faults.status, 200);
            QCOMPARE(faults.json().value("mode").toString(), QStringLiteral("none"));
            ++agents;
        }
    QVERIFY(agents >= 20);
}

QString TestDrills::startDrill(const QByteArray &body)
{
    const HttpResult started = m_daemon->request("POST", QStringLiteral("/drills"), body);
    if (started.status != 202)
        qWarning() << started.status << started.body;
    return started.status == 202 ? started.json().value("id").toString() : QString();
}

void TestDrills::badInputIsRefusedAndChangesNothing_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    QTest::newRow("unknown pod") << QByteArray(R"({"scenario":"pod_hang","pods":["nope"]})") << 400
                                 << "pods[0]";
    QTest::newRow("unknown region")
        << QByteArray(R"({"scenario":"region_outage","regions":["mars"]})") << 400 << "regions[0]";
    QTest::newRow("empty blast radius")
        << QByteArray(R"({"scenario":"pod_hang"})") << 400 << "pods";
    QTest::newRow("duration out of range")
        << QByteArray(R"({"scenario":"pod_hang","pods":["us-east-primary"],"duration_s":0})") << 400
        << "duration_s";
    QTest::newRow("not json") << QByteArray("{") << 400 << "body";
    QTest::newRow("fails closed beyond what it allows")
        << QByteArray(R"({"scenario":"region_outage","regions":["us-east"]})") << 409
        << "preflight";
}

void TestDrills::badInputIsRefusedAndChangesNothing()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, field);
    const HttpResult refused = m_daemon->request("POST", QStringLiteral("/drills"), body);
    QCOMPARE(refused.status, status);
    QCOMPARE(refused.json().value("field").toString(), field);
    QCOMPARE(m_daemon->request("GET", QStringLiteral("/drills")).json().value("total").toInt(), 0);
    QCOMPARE(routes(), m_homeRoutes);
}

void TestDrills::regionOutageRunsAsPredictedAndRestoresExactly()
{
    // The default stop condition (25 % of districts unserved) counts only districts the
    // preflight did not say fail closed: 13 of 44 planned ones do not stop it.
    const QByteArray body = R"({"scenario":"region_outage","regions":["us-east"],"duration_s":6,
        "max_unserved_districts":20})";
    // The preflight says who moves where and who fails closed; it changes nothing.
    QByteArray dry = body;
    dry.replace("\"duration_s\":6", "\"duration_s\":6,\"dry_run\":true");
    const HttpResult preflight = m_daemon->request("POST", QStringLiteral("/drills"), dry);
    QCOMPARE(preflight.status, 200);
    const QJsonObject pre = preflight.json().value("preflight").toObject();
    QVERIFY(pre.value("may_run").toBool());
    QHash<QString, QString> predicted; // district → pod ("" = fails closed)
    for (const auto &d : pre.value("districts").toArray())
        predicted.insert(
            d.toObject().value("district").toString(), d.toObject().value("to").toString());
    QVERIFY(predicted.contains(QStringLiteral("us-tx-houston")));
    QCOMPARE(predicted.value(QStringLiteral("us-tx-houston")), QString()); // Texas stays in Texas
    QCOMPARE(m_daemon->request("GET", QStringLiteral("/drills")).json().value("total").toInt(), 0);

    const QString id = startDrill(body);
    QVERIFY(!id.isEmpty());
    // A second drill while one runs is refused.
    const HttpResult second = m_daemon->request("POST", QStringLiteral("/drills"),
        R"({"scenario":"pod_hang","pods":["eu-west-primary"],"duration_s":5})");
    QCOMPARE(second.status, 409);

    const QJsonObject done = waitEnded(id);
    QCOMPARE(done.value("state").toString(), QStringLiteral("succeeded"));
    QCOMPARE(
        done.value("verdicts").toObject().value("residency").toString(), QStringLiteral("held"));
    QCOMPARE(
        done.value("verdicts").toObject().value("restore").toString(), QStringLiteral("verified"));
    QCOMPARE(done.value("measurements").toObject().value("out_of_zone").toInt(), 0);
    const auto districts = done.value("districts").toArray();
    QCOMPARE(districts.size(), predicted.size());
    for (const auto &value : districts) {
        const QJsonObject d = value.toObject();
        const QString name = d.value("district").toString();
        QVERIFY2(d.value("as_predicted").toBool(), qPrintable(name));
        QCOMPARE(d.value("to").toString(), predicted.value(name));
        QCOMPARE(d.value("out_of_zone").toInt(), 0);
        QVERIFY2(d.value("detection_ms").toInteger(-1) >= 0, qPrintable(name));
        QVERIFY2(d.value("probes").toInt() > 0, qPrintable(name));
    }
    const auto ledger = done.value("ledger").toArray();
    QVERIFY(ledger.size() >= 10); // a hold and a crash per replica, five pods
    for (const auto &f : ledger)
        QCOMPARE(f.toObject().value("state").toString(), QStringLiteral("verified"));
    QStringList kinds;
    for (const auto &s : done.value("timeline").toArray())
        kinds.append(s.toObject().value("kind").toString());
    for (const char *kind : {"started", "fault_injected", "detected", "fail_closed",
             "restore_started", "restored", "failback_done", "finished"})
        QVERIFY2(kinds.contains(QLatin1String(kind)), kind);

    // Exactly as it was: every agent back, no fault on any agent, the same table.
    QVERIFY(fleetWhole());
    verifyNoFaultLeft();
    QTRY_COMPARE_WITH_TIMEOUT(routes(), m_homeRoutes, 10000);

    // The report as CSV: a header and one row per district.
    const HttpResult csv
        = m_daemon->request("GET", QStringLiteral("/drills/%1/report?format=csv").arg(id));
    QCOMPARE(csv.status, 200);
    QVERIFY(csv.contentType.startsWith("text/csv"));
    QCOMPARE(csv.body.count('\n'), districts.size() + 1);
}

void TestDrills::abortRestoresAtOnce()
{
    // Before the faults are even applied, and mid-run.
    for (const bool midRun : {false, true}) {
        const QString id
            = startDrill(R"({"scenario":"pod_hang","pods":["us-east-primary"],"duration_s":120})");
        QVERIFY(!id.isEmpty());
        if (midRun)
            QTRY_VERIFY_WITH_TIMEOUT(hasStep(id, QStringLiteral("detected")), 15000);
        const HttpResult aborted
            = m_daemon->request("POST", QStringLiteral("/drills/%1/abort").arg(id));
        QCOMPARE(aborted.status, 200);
        const QJsonObject done = waitEnded(id, 30000);
        QCOMPARE(done.value("state").toString(), QStringLiteral("interrupted"));
        QCOMPARE(done.value("stop").toObject().value("kind").toString(), QStringLiteral("abort"));
        for (const auto &f : done.value("ledger").toArray())
            QCOMPARE(f.toObject().value("state").toString(), QStringLiteral("verified"));
        QTRY_VERIFY_WITH_TIMEOUT(fleetWhole(), 15000);
        verifyNoFaultLeft();
        // Aborting it again: it has ended.
        QCOMPARE(m_daemon->request("POST", QStringLiteral("/drills/%1/abort").arg(id)).status, 409);
    }
    QCOMPARE(m_daemon->request("POST", QStringLiteral("/drills/nope/abort")).status, 404);
    QTRY_COMPARE_WITH_TIMEOUT(routes(), m_homeRoutes, 10000);
}

void TestDrills::anOutageOutsideTheBlastRadiusStopsTheDrill()
{
    const QString id
        = startDrill(R"({"scenario":"pod_hang","pods":["us-east-primary"],"duration_s":120})");
    QVERIFY(!id.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(hasStep(id, QStringLiteral("fault_injected")), 10000);
    // A real failure elsewhere: eu-west-primary's agents hang, set by hand, not by the drill.
    QList<AgentControl> outside;
    for (const auto &p :
        m_daemon->request("GET", QStringLiteral("/pods")).json().value("pods").toArray()) {
        if (p.toObject().value("id").toString() != u"eu-west-primary")
            continue;
        for (const auto &r : p.toObject().value("replica_status").toArray())
            outside.append(agentControl(*m_daemon, r.toObject().value("pid").toInteger()));
    }
    QCOMPARE(outside.size(), 2);
    for (const auto &control : outside)
        QCOMPARE(control.arm(m_network, "hang").status, 200);
    const QJsonObject done = waitEnded(id, 30000);
    QCOMPARE(done.value("state").toString(), QStringLiteral("interrupted"));
    const QJsonObject stop = done.value("stop").toObject();
    QCOMPARE(stop.value("kind").toString(), QStringLiteral("stop_condition"));
    QVERIFY2(stop.value("detail").toString().contains(QStringLiteral("eu-west-primary")),
        qPrintable(stop.value("detail").toString()));
    // The drill reverted its own faults, and only those.
    for (const auto &f : done.value("ledger").toArray())
        QCOMPARE(f.toObject().value("pod").toString(), QStringLiteral("us-east-primary"));
    for (const auto &control : outside)
        QCOMPARE(control.arm(m_network, "none").status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(fleetWhole(), 15000);
    verifyNoFaultLeft();
    QTRY_COMPARE_WITH_TIMEOUT(routes(), m_homeRoutes, 15000);
}

void TestDrills::schoolHoursRefuseUnlessForced()
{
    QTemporaryDir dir;
    QString data;
    const auto args = DaemonProcess::prepare(dir.path(), "{}", &data);
    DaemonProcess school(data);
    QVERIFY(school.start(
        args, 20000, {QStringLiteral("RP_WALL_CLOCK=") + QString::fromLatin1(kTuesdayMorning)}));
    QTRY_VERIFY_WITH_TIMEOUT(school.fleetSettled(), 30000);
    const QByteArray body = R"({"scenario":"pod_hang","pods":["us-east-primary"],"duration_s":30)";
    const HttpResult refused = school.request("POST", QStringLiteral("/drills"), body + "}");
    QCOMPARE(refused.status, 409);
    QVERIFY2(refused.json().value("detail").toString().contains(QStringLiteral("school time")),
        refused.body.constData());
    QVERIFY(refused.json().value("detail").toString().contains(QStringLiteral("America/New_York")));
    QCOMPARE(school.request("GET", QStringLiteral("/drills")).json().value("total").toInt(), 0);

    const HttpResult forced = school.request("POST", QStringLiteral("/drills"),
        body + R"(,"force":true,"force_reason":"board asked for a rehearsal today"})");
    QCOMPARE(forced.status, 202);
    const QString id = forced.json().value("id").toString();
    QCOMPARE(school.request("POST", QStringLiteral("/drills/%1/abort").arg(id)).status, 200);
    // The force is audited with its reason.
    bool audited = false;
    for (const auto &r : school.request("GET", QStringLiteral("/audit?limit=500"))
                             .json()
                             .value("records")
                             .toArray()) {
        const QJsonObject record = r.toObject();
        if (record.value("action").toString() == u"drill.start")
            audited = record.value("details").toObject().value("forced_in_school_time").toString()
                == u"board asked for a rehearsal today";
    }
    QVERIFY(audited);
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 30000
        && school.request("GET", QStringLiteral("/drills/") + id).json().value("state")
            == QJsonValue(QStringLiteral("restoring")))
        QTest::qWait(200);
    QCOMPARE(
        school.request("GET", QStringLiteral("/drills/") + id).json().value("state").toString(),
        QStringLiteral("interrupted"));
}

void TestDrills::schedulesAreValidatedListedAndRemoved()
{
    const QByteArray good = R"({"drill":{"scenario":"pod_hang","pods":["us-east-primary"],
        "duration_s":30},"time_zone":"America/New_York","weekdays":["tue","thu"],"at":"22:00",
        "blocked":["2026-12-15"]})";
    QByteArray unknownPod = good;
    unknownPod.replace("us-east-primary", "nope");
    const HttpResult refused
        = m_daemon->request("POST", QStringLiteral("/drills/schedules"), unknownPod);
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.json().value("field").toString(), QStringLiteral("drill.pods[0]"));
    QByteArray badZone = good;
    badZone.replace("America/New_York", "Mars/Olympus");
    QCOMPARE(m_daemon->request("POST", QStringLiteral("/drills/schedules"), badZone)
                 .json()
                 .value("field")
                 .toString(),
        QStringLiteral("time_zone"));
    QCOMPARE(m_daemon->request("GET", QStringLiteral("/drills/schedules"))
                 .json()
                 .value("schedules")
                 .toArray()
                 .size(),
        0);

    const HttpResult created = m_daemon->request("POST", QStringLiteral("/drills/schedules"), good);
    QCOMPARE(created.status, 201);
    const QString id = created.json().value("id").toString();
    // The daemon's clock says Saturday 2026-12-12 15:00 UTC: next Tuesday the 15th is blocked,
    // so Thursday the 17th at 22:00 in New York (03:00 UTC on the 18th).
    QCOMPARE(
        created.json().value("next_run").toString(), QStringLiteral("2026-12-18T03:00:00.000Z"));
    const auto listed = m_daemon->request("GET", QStringLiteral("/drills/schedules"))
                            .json()
                            .value("schedules")
                            .toArray();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().toObject().value("id").toString(), id);
    QCOMPARE(m_daemon->request("DELETE", QStringLiteral("/drills/schedules/") + id).status, 200);
    QCOMPARE(m_daemon->request("GET", QStringLiteral("/drills/schedules/") + id).status, 404);
    QCOMPARE(m_daemon->request("DELETE", QStringLiteral("/drills/schedules/") + id).status, 404);
}

void TestDrills::liveTrafficCatchesAHangButNotALatePod()
{
    // With the demo's clients on, a hung pod is marked down from its stalled live requests
    // (passive detection) before three probes could time out; 150 ms of added latency, well
    // under the stall time, marks nothing down (a false failover would).
    QTemporaryDir dir;
    QString data;
    const auto args = DaemonProcess::prepare(dir.path(),
        R"({"routing": {"hold_down_ms": 300, "failback_ms": 600},
            "drills": {"failback_wait_ms": 20000}})",
        &data);
    DaemonProcess live(data);
    live.setDemoTraffic(true);
    QVERIFY(live.start(
        args, 20000, {QStringLiteral("RP_WALL_CLOCK=") + QString::fromLatin1(kSaturday)}));
    QTRY_VERIFY_WITH_TIMEOUT(live.fleetSettled(), 30000);
    const auto run = [&live](const QByteArray &body) {
        const HttpResult started = live.request("POST", QStringLiteral("/drills"), body);
        if (started.status != 202)
            return QJsonObject();
        const QString id = started.json().value("id").toString();
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 60000) {
            const QJsonObject d = live.request("GET", QStringLiteral("/drills/") + id).json();
            const QString state = d.value("state").toString();
            if (state != u"running" && state != u"restoring")
                return d;
            QTest::qWait(200);
        }
        return QJsonObject();
    };

    const QJsonObject late = run(
        R"({"scenario":"latency","pods":["us-east-primary"],"latency_ms":150,"duration_s":8})");
    // Slow answers may time a few probes out (a client sees that too, and the report says so):
    // what must hold is that nothing was marked down or moved for it, and all was put back.
    QVERIFY2(late.value("state").toString() != u"running", "the drill did not end");
    QCOMPARE(
        late.value("verdicts").toObject().value("restore").toString(), QStringLiteral("verified"));
    QCOMPARE(
        late.value("verdicts").toObject().value("residency").toString(), QStringLiteral("held"));
    const auto lateDistricts = late.value("districts").toArray();
    QVERIFY(!lateDistricts.isEmpty());
    // Never marked down: the slower pod may lose traffic to a faster one by latency ranking
    // (routing.changed "latency"), but nothing failed over.
    for (const auto &d : lateDistricts)
        QVERIFY2(d.toObject().value("detection_ms").isNull(),
            qPrintable(d.toObject().value("district").toString()));
    for (const auto &s : late.value("timeline").toArray())
        QVERIFY(s.toObject().value("kind").toString() != u"detected");
    QTRY_VERIFY_WITH_TIMEOUT(live.fleetSettled(), 20000);

    const QJsonObject hung
        = run(R"({"scenario":"pod_hang","pods":["us-east-primary"],"duration_s":6})");
    QCOMPARE(hung.value("state").toString(), QStringLiteral("succeeded"));
    for (const auto &d : hung.value("districts").toArray())
        QVERIFY(d.toObject().value("detection_ms").toInteger(-1) >= 0);
    // The replicas' health history says how they were found out.
    const auto probes
        = live.request("GET", QStringLiteral("/pods/us-east/us-east-primary/probes")).body;
    QVERIFY2(probes.contains("passive detection"), probes.left(400).constData());
}

void TestDrills::killMidDrillRestoresAtTheNextStart()
{
    const QString id = startDrill(R"({"scenario":"region_outage","regions":["us-east"],
        "duration_s":120,"max_unserved_districts":20,"max_unserved_percent":50})");
    QVERIFY(!id.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(hasStep(id, QStringLiteral("fault_injected")), 10000);
    m_daemon->killHard(); // agents live on, some crashed and held down, the ledger open
    QVERIFY(startDaemon(*m_daemon, QString::fromLatin1(kSaturday)));
    const QJsonObject done = waitEnded(id, 60000);
    QCOMPARE(done.value("state").toString(), QStringLiteral("interrupted"));
    QCOMPARE(
        done.value("stop").toObject().value("kind").toString(), QStringLiteral("daemon_restarted"));
    for (const auto &f : done.value("ledger").toArray())
        QCOMPARE(f.toObject().value("state").toString(), QStringLiteral("verified"));
    // The steps before the crash are kept.
    QStringList kinds;
    for (const auto &s : done.value("timeline").toArray())
        kinds.append(s.toObject().value("kind").toString());
    QVERIFY(kinds.contains(QStringLiteral("fault_injected")));
    QVERIFY(kinds.contains(QStringLiteral("restored")));
    QTRY_VERIFY_WITH_TIMEOUT(fleetWhole(), 20000);
    verifyNoFaultLeft();
    QTRY_COMPARE_WITH_TIMEOUT(routes(), m_homeRoutes, 20000);
    // And drills run again.
    QCOMPARE(m_daemon->request("GET", QStringLiteral("/drills")).json().value("active").toString(),
        QString());
}

RP_TEST(TestDrills, "tst_drills")
#include "tst_drills.moc"
