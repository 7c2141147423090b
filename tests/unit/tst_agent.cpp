// Tests of regionalpods-agent: metrics rendering in-process, and the real built binary
// (RP_BIN_DIR/regionalpods-agent --port 0) over HTTP: options, health, inference, lifecycle.
// Drain, faults and their control secret are in tst_agentfaults.

#include "backend/agent/agentapplication.h"
#include "backend/agent/agentmetrics.h"
#include "backend/agent/agentoptions.h"
#include "backend/agent/faultspec.h"
#include "testmain.h"
#include "unit/agentprocess.h"

#include <QFileInfo>

using namespace agenttest;

class tst_Agent : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    // In-process units.
    void metricsRender();

    // The real binary.
    void badOption_data();
    void badOption();
    void help();
    void healthz();
    void problems_data();
    void problems();
    void metricsCountInferences();
    void inferenceTakesAtLeastItsCost();
    void inferencesOverlap();
    void overCapacityIsRefused();
    void gracefulStop_data();
    void gracefulStop();
    void dataDir();
    void survivesParentDeath();
};

void tst_Agent::initTestCase()
{
    QVERIFY2(QFileInfo(agentBinary()).isExecutable(),
        qPrintable(QStringLiteral("no agent binary at %1 (set RP_BIN_DIR)").arg(agentBinary())));
}

void tst_Agent::metricsRender()
{
    AgentMetrics metrics(QStringLiteral("pod \"a\""), QStringLiteral("eu-central"), 2,
        QStringLiteral("i-1"), QStringLiteral("v9"));
    metrics.recordInference(200, 0.02);
    metrics.recordInference(200, 0.02);
    metrics.recordInference(500, 3.0);
    QString error;
    const QList<Sample> samples = parseMetrics(metrics.render(4, 50, true), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const QMap<QString, QString> pod{{"pod", "pod \\\"a\\\""}, {"region", "eu-central"}};
    const QString bucket = QStringLiteral("rp_agent_request_duration_seconds_bucket");
    QCOMPARE(metricValue(samples, "rp_agent_up", pod), 1.0);
    QCOMPARE(metricValue(samples, "rp_agent_requests_total", {{"code", "200"}}), 2.0);
    QCOMPARE(metricValue(samples, "rp_agent_requests_total", {{"code", "500"}}), 1.0);
    QCOMPARE(metricValue(samples, bucket, {{"le", "0.01"}}), 0.0);
    QCOMPARE(metricValue(samples, bucket, {{"le", "0.025"}}), 2.0);
    QCOMPARE(metricValue(samples, bucket, {{"le", "2.5"}}), 2.0);
    QCOMPARE(metricValue(samples, bucket, {{"le", "5"}}), 3.0);
    QCOMPARE(metricValue(samples, bucket, {{"le", "+Inf"}}), 3.0);
    QCOMPARE(metricValue(samples, "rp_agent_request_duration_seconds_count", pod), 3.0);
    QVERIFY(qAbs(metricValue(samples, "rp_agent_request_duration_seconds_sum") - 3.04) < 1e-9);
    QCOMPARE(metricValue(samples, "rp_agent_in_flight", pod), 4.0);
    QCOMPARE(metricValue(samples, "rp_agent_capacity_rps", pod), 50.0);
    QCOMPARE(metricValue(samples, "rp_agent_draining", pod), 1.0);
}

void tst_Agent::badOption_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown option") << QStringList{"--bogus"};
    QTest::newRow("missing value") << QStringList{"--port"};
    QTest::newRow("port too big") << QStringList{"--port", "70000"};
    QTest::newRow("port not a number") << QStringList{"--port", "http"};
    QTest::newRow("negative replica") << QStringList{"--replica", "-1"};
    QTest::newRow("zero capacity") << QStringList{"--capacity", "0"};
    QTest::newRow("capacity not a number") << QStringList{"--capacity", "lots"};
    QTest::newRow("negative cost") << QStringList{"--cost-ms", "-5"};
    QTest::newRow("bad host") << QStringList{"--host", "not an address"};
    QTest::newRow("empty pod") << QStringList{"--pod", ""};
    QTest::newRow("positional") << QStringList{"serve"};
}

void tst_Agent::badOption()
{
    QFETCH(QStringList, arguments);
    AgentOptions options;
    QString message;
    QCOMPARE(AgentOptions::parse(QStringList{"agent"} + arguments, &options, &message),
        AgentOptions::Outcome::Error);
    QVERIFY(!message.isEmpty());

    QProcess process;
    process.start(agentBinary(), arguments);
    QVERIFY(process.waitForFinished(kStartTimeoutMs));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), int(AgentApplication::ExitUsage));
    QVERIFY(process.readAllStandardOutput().isEmpty());
    QVERIFY(process.readAllStandardError().startsWith("regionalpods-agent: "));
}

void tst_Agent::help()
{
    QProcess process;
    process.start(agentBinary(), {"--help"});
    QVERIFY(process.waitForFinished(kStartTimeoutMs));
    QCOMPARE(process.exitCode(), 0);
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY(out.contains("--cost-ms"));
    // Help is not a run: no PORT line a parent could mistake for a listening agent.
    QVERIFY(!out.contains(QRegularExpression("^PORT \\d+$", QRegularExpression::MultilineOption)));
}

void tst_Agent::healthz()
{
    AgentProcess agent;
    QVERIFY(agent.start({"--pod", "us-west-primary", "--region", "us-west", "--replica", "1",
        "--instance", "inst-42", "--model-version", "tutor-v3"}));
    const Response response = agent.get("/healthz");
    QCOMPARE(response.status, 200);
    QCOMPARE(response.contentType(), QByteArray("application/json"));
    const QJsonObject health = response.json();
    QCOMPARE(health.value("status").toString(), QStringLiteral("ok"));
    QCOMPARE(health.value("pod").toString(), QStringLiteral("us-west-primary"));
    QCOMPARE(health.value("region").toString(), QStringLiteral("us-west"));
    QCOMPARE(health.value("replica").toInt(-1), 1);
    QCOMPARE(health.value("instance").toString(), QStringLiteral("inst-42"));
    QCOMPARE(health.value("model_version").toString(), QStringLiteral("tutor-v3"));
    QVERIFY(health.value("uptime_s").toDouble(-1) >= 0);
    QCOMPARE(health.value("draining"), QJsonValue(false));
    QCOMPARE(health.value("pid").toInteger(), agent.process.processId());
}

void tst_Agent::problems_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QByteArray>("allow");
    const auto row = [](const char *verb, const char *path, const char *body, int status,
                         const char *field, const char *allow) {
        QTest::addRow("%s %s %s", verb, path, body)
            << QByteArray(verb) << QString::fromLatin1(path) << QByteArray(body) << status
            << QString::fromLatin1(field) << QByteArray(allow);
    };
    row("GET", "/nope", "", 404, "", "");
    row("POST", "/v1/infer/x", "{}", 404, "", "");
    row("DELETE", "/healthz", "", 405, "", "GET");
    row("GET", "/v1/infer", "", 405, "", "POST");
    row("PUT", "/faults", "{}", 405, "", "GET, POST");
    row("GET", "/drain", "", 405, "", "POST, DELETE");
    row("POST", "/metrics", "{}", 405, "", "GET");
    row("POST", "/v1/infer", "district=d", 400, "body", "");
    row("POST", "/v1/infer", R"({"district":)", 400, "body", "");
    row("POST", "/v1/infer", R"(["d"])", 400, "body", "");
    row("POST", "/v1/infer", R"({"input":1})", 400, "district", "");
    row("POST", "/v1/infer", R"({"district":5})", 400, "district", "");
    row("POST", "/v1/infer", R"({"district":""})", 400, "district", "");
}

void tst_Agent::problems()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, field);
    QFETCH(QByteArray, allow);
    AgentProcess agent;
    QVERIFY(agent.start());
    const Response response = agent.call(verb, path, body);
    QCOMPARE(response.status, status);
    QCOMPARE(response.contentType(), QByteArray("application/problem+json"));
    QCOMPARE(response.headers.value("allow"), allow);
    const QJsonObject problem = response.json();
    QCOMPARE(problem.value("status").toInt(), status);
    QCOMPARE(problem.value("type").toString(), QStringLiteral("about:blank"));
    QVERIFY(!problem.value("title").toString().isEmpty());
    QVERIFY(!problem.value("detail").toString().isEmpty());
    QCOMPARE(problem.value("field").toString(), field);
}

void tst_Agent::metricsCountInferences()
{
    AgentProcess agent;
    QVERIFY(agent.start({"--pod", "p1", "--region", "r1", "--cost-ms", "5"}));
    const Response raw = agent.get("/metrics");
    QCOMPARE(raw.status, 200);
    QVERIFY(raw.contentType().startsWith("text/plain; version=0.0.4"));
    for (const char *family :
        {"rp_agent_requests_total counter", "rp_agent_request_duration_seconds histogram",
            "rp_agent_in_flight gauge", "rp_agent_capacity_rps gauge", "rp_agent_up gauge"}) {
        QVERIFY2(raw.body.contains(QByteArray("# TYPE ") + family), family);
    }

    const QMap<QString, QString> ok{{"pod", "p1"}, {"region", "r1"}, {"code", "200"}};
    const QString count = QStringLiteral("rp_agent_request_duration_seconds_count");
    const QList<Sample> before = agent.scrape();
    QCOMPARE(metricValue(before, "rp_agent_requests_total", ok), 0.0);
    QCOMPARE(metricValue(before, count), 0.0);
    QCOMPARE(metricValue(before, "rp_agent_capacity_rps", {{"pod", "p1"}}), 50.0); // default
    QCOMPARE(metricValue(before, "rp_agent_up", {{"pod", "p1"}, {"region", "r1"}}), 1.0);

    const int inferences = 3;
    for (int i = 0; i < inferences; ++i)
        QCOMPARE(agent.post("/v1/infer", R"({"district":"d1","input":1})").status, 200);
    QCOMPARE(agent.post("/v1/infer", "{").status, 400);

    const QList<Sample> after = agent.scrape();
    QCOMPARE(metricValue(after, "rp_agent_requests_total", ok), double(inferences));
    QCOMPARE(metricValue(after, "rp_agent_requests_total", {{"code", "400"}}), 1.0);
    // Every answered inference is observed once, whatever its status.
    QCOMPARE(metricValue(after, count), double(inferences + 1));
    QCOMPARE(metricValue(after, "rp_agent_request_duration_seconds_bucket", {{"le", "+Inf"}}),
        double(inferences + 1));
    QVERIFY(metricValue(after, "rp_agent_request_duration_seconds_sum") >= inferences * 0.005);
    QCOMPARE(metricValue(after, "rp_agent_in_flight"), 0.0);
}

void tst_Agent::inferenceTakesAtLeastItsCost()
{
    const int costMs = 300;
    AgentProcess agent;
    QVERIFY(agent.start({"--cost-ms", QString::number(costMs), "--pod", "p", "--region", "r",
        "--replica", "2", "--model-version", "m7"}));
    const Response response
        = agent.post("/v1/infer", R"({"district":"us-or-portland","input":{"q":"2+2"}})");
    QCOMPARE(response.status, 200);
    QCOMPARE(response.contentType(), QByteArray("application/json"));
    QVERIFY2(response.elapsedMs >= costMs, qPrintable(QString::number(response.elapsedMs)));
    const QJsonObject body = response.json();
    QVERIFY(body.value("latency_ms").toDouble() >= costMs);
    QCOMPARE(body.value("pod").toString(), QStringLiteral("p"));
    QCOMPARE(body.value("region").toString(), QStringLiteral("r"));
    QCOMPARE(body.value("replica").toInt(), 2);
    QCOMPARE(body.value("model_version").toString(), QStringLiteral("m7"));
    const QJsonObject output = body.value("output").toObject();
    QCOMPARE(output.value("district").toString(), QStringLiteral("us-or-portland"));
    QCOMPARE(output.value("input").toObject().value("q").toString(), QStringLiteral("2+2"));
}

void tst_Agent::inferencesOverlap()
{
    const int costMs = 600;
    const int parallel = 4;
    AgentProcess agent;
    QVERIFY(agent.start({"--cost-ms", QString::number(costMs)}));
    QElapsedTimer timer;
    timer.start();
    std::vector<std::unique_ptr<QNetworkReply>> replies;
    for (int i = 0; i < parallel; ++i)
        replies.emplace_back(agent.send("POST", "/v1/infer", kInferBody));
    QTRY_VERIFY_WITH_TIMEOUT(allFinished(replies), kReplyTimeoutMs);
    const qint64 elapsed = timer.elapsed();
    for (const auto &reply : replies)
        QCOMPARE(statusOf(reply.get()), 200);
    // Served one after another they would take parallel * costMs.
    QVERIFY2(elapsed < qint64(costMs) * parallel * 5 / 8, qPrintable(QString::number(elapsed)));
    QVERIFY(elapsed >= costMs);
}

void tst_Agent::overCapacityIsRefused()
{
    AgentProcess agent;
    QVERIFY(agent.start({"--capacity", "2", "--cost-ms", "1500"}));
    std::vector<std::unique_ptr<QNetworkReply>> replies;
    for (int i = 0; i < 4; ++i)
        replies.emplace_back(agent.send("POST", "/v1/infer", kInferBody));
    QTRY_VERIFY_WITH_TIMEOUT(allFinished(replies), kReplyTimeoutMs);
    QMap<int, int> byStatus;
    for (const auto &reply : replies) {
        ++byStatus[statusOf(reply.get())];
        if (statusOf(reply.get()) == 429) {
            QCOMPARE(reply->rawHeader("Content-Type"), QByteArray("application/problem+json"));
            QCOMPARE(reply->rawHeader("Retry-After"), QByteArray("1"));
        }
    }
    QCOMPARE(byStatus, (QMap<int, int>{{200, 2}, {429, 2}}));
    QCOMPARE(metricValue(agent.scrape(), "rp_agent_requests_total", {{"code", "429"}}), 2.0);
}

void tst_Agent::gracefulStop_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::addColumn<int>("costMs");
    QTest::newRow("SIGTERM") << int(SIGTERM) << 800;
    QTest::newRow("SIGINT") << int(SIGINT) << 800;
    // An inference that would take a minute must not hold the stop past the grace period.
    QTest::newRow("SIGTERM, slow inference") << int(SIGTERM) << 60'000;
}

void tst_Agent::gracefulStop()
{
    QFETCH(int, signalNumber);
    QFETCH(int, costMs);
    AgentProcess agent;
    QVERIFY(agent.start({"--cost-ms", QString::number(costMs)}));
    std::unique_ptr<QNetworkReply> inference(agent.send("POST", "/v1/infer", kInferBody));
    QTRY_COMPARE_WITH_TIMEOUT(
        metricValue(agent.scrape(), "rp_agent_in_flight"), 1.0, kReplyTimeoutMs);

    QElapsedTimer timer;
    timer.start();
    QSignalSpy exited(&agent.process, &QProcess::finished);
    QCOMPARE(::kill(pid_t(agent.process.processId()), signalNumber), 0);
    QVERIFY(exited.wait(kReplyTimeoutMs));
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(agent.process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(agent.process.exitCode(), 0);
    if (costMs < AgentApplication::shutdownGraceMs) {
        // The in-flight inference was answered before the process left.
        QTRY_VERIFY_WITH_TIMEOUT(inference->isFinished(), kReplyTimeoutMs);
        QCOMPARE(statusOf(inference.get()), 200);
    } else {
        // It waited for the in-flight request, but only for the grace period.
        QVERIFY2(elapsed >= AgentApplication::shutdownGraceMs - 100,
            qPrintable(QString::number(elapsed)));
        QVERIFY2(elapsed < AgentApplication::shutdownGraceMs + 2000,
            qPrintable(QString::number(elapsed)));
    }
}

void tst_Agent::dataDir()
{
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const QString dir = temp.filePath("us-west/us-west-primary/replica-0");
    AgentProcess agent;
    QVERIFY(agent.start({"--data-dir", dir, "--instance", "dd-1"}));
    QVERIFY(QFileInfo(dir).isDir());
    QFile state(QDir(dir).filePath("agent.json"));
    QVERIFY(state.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(state.readAll()).object();
    QCOMPARE(json.value("port").toInt(), int(agent.port));
    QCOMPARE(json.value("instance").toString(), QStringLiteral("dd-1"));
    QCOMPARE(json.value("pid").toInteger(), agent.process.processId());

    agent.process.terminate();
    QVERIFY(agent.process.waitForFinished(kReplyTimeoutMs));
    QCOMPARE(agent.process.exitCode(), 0);
    QVERIFY2(!state.exists(), "a stopped agent left its state file behind");
}

void tst_Agent::survivesParentDeath()
{
    // A shell parent starts the agent and is killed, closing the pipes the agent inherited.
    QProcess parent;
    auto environment = QProcessEnvironment::systemEnvironment();
    environment.insert(
        QStringLiteral("RP_AGENT_CONTROL_SECRET"), QStringLiteral("test-control-secret"));
    parent.setProcessEnvironment(environment);
    parent.start("/bin/sh", {"-c", "\"$0\" --port 0 --instance orphan-1 & wait", agentBinary()});
    QVERIFY(parent.waitForStarted(kStartTimeoutMs));
    const quint16 port = readPortLine(parent);
    QVERIFY2(port != 0, parent.readAllStandardError().constData());
    parent.kill();
    QVERIFY(parent.waitForFinished(kStartTimeoutMs));

    AgentProcess orphan; // not started by us: only its HTTP client is used
    orphan.port = port;
    // Draining logs a line to the now-broken stderr pipe: without SIGPIPE ignored this kills it.
    QCOMPARE(orphan.post("/drain").status, 200);
    const Response health = orphan.get("/healthz");
    QCOMPARE(health.status, 200);
    QCOMPARE(health.json().value("instance").toString(), QStringLiteral("orphan-1"));
    const qint64 pid = health.json().value("pid").toInteger();
    QVERIFY(pid > 1);

    // Orphans are not our children: stop it by pid and wait until the port goes quiet.
    QCOMPARE(::kill(pid_t(pid), SIGTERM), 0);
    QTRY_COMPARE_WITH_TIMEOUT(orphan.call("GET", "/healthz", {}, 1000).error,
        QNetworkReply::ConnectionRefusedError, kReplyTimeoutMs);
}

RP_TEST(tst_Agent, "tst_agent")
#include "tst_agent.moc"
