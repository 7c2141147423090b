// The agent's control endpoints on the real binary: drain, every fault mode, fault bodies, and
// the per-agent control secret they need (issue #8 defect 11).

#include "backend/agent/agentapplication.h"
#include "backend/agent/faultspec.h"
#include "testmain.h"
#include "unit/agentprocess.h"

#include <QFileInfo>

using namespace agenttest;

class tst_AgentFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void drain();
    void controlNeedsTheSecret_data();
    void controlNeedsTheSecret();
    void latencyFault();
    void errorsFault_data();
    void errorsFault();
    void hangFault();
    void faultExpires();
    void crashFault();
    void faultBody_data();
    void faultBody();
};

void tst_AgentFaults::initTestCase()
{
    QVERIFY2(QFileInfo(agentBinary()).isExecutable(),
        qPrintable(QStringLiteral("no agent binary at %1 (set RP_BIN_DIR)").arg(agentBinary())));
}

// Issue #8 defect 11: anyone on the host could crash or drain a replica.
void tst_AgentFaults::controlNeedsTheSecret_data()
{
    QTest::addColumn<QString>("secret"); // the agent's; empty = started without one
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<int>("status");
    QTest::newRow("no header") << "s3cret" << QByteArray() << 401;
    QTest::newRow("wrong secret") << "s3cret" << QByteArray("Bearer s3cre") << 401;
    QTest::newRow("secret with a suffix") << "s3cret" << QByteArray("Bearer s3cretX") << 401;
    QTest::newRow("agent without a secret") << "" << QByteArray("Bearer ") << 403;
}

void tst_AgentFaults::controlNeedsTheSecret()
{
    QFETCH(QString, secret);
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);
    AgentProcess agent;
    agent.controlSecret = secret;
    agent.authorization = authorization;
    QVERIFY(agent.start());
    QCOMPARE(agent.post("/faults", R"({"mode":"crash"})").status, status);
    QCOMPARE(agent.post("/drain").status, status);
    QCOMPARE(agent.get("/faults").status, status);
    // Nothing changed: still serving, not draining, no fault.
    const Response health = agent.get("/healthz");
    QCOMPARE(health.status, 200);
    QCOMPARE(health.json().value("draining"), QJsonValue(false));
    QCOMPARE(agent.process.state(), QProcess::Running);
}

void tst_AgentFaults::drain()
{
    AgentProcess agent;
    QVERIFY(agent.start());
    const Response drained = agent.post("/drain");
    QCOMPARE(drained.status, 200);
    QCOMPARE(drained.json().value("draining"), QJsonValue(true));

    const Response health = agent.get("/healthz");
    QCOMPARE(health.status, 200);
    QCOMPARE(health.json().value("status").toString(), QStringLiteral("draining"));
    QCOMPARE(health.json().value("draining"), QJsonValue(true));
    QVERIFY2(!health.json().value("instance").toString().isEmpty(), "no generated instance id");
    QCOMPARE(metricValue(agent.scrape(), "rp_agent_draining"), 1.0);
    // A draining agent still serves what reaches it.
    QCOMPARE(agent.post("/v1/infer", kInferBody).status, 200);

    QCOMPARE(agent.call("DELETE", "/drain").status, 200);
    QCOMPARE(agent.get("/healthz").json().value("status").toString(), QStringLiteral("ok"));
}

void tst_AgentFaults::latencyFault()
{
    const int latencyMs = 1200;
    AgentProcess agent;
    QVERIFY(agent.start({"--cost-ms", "20"}));
    const Response set = agent.post("/faults", R"({"mode":"latency","latency_ms":1200})");
    QCOMPARE(set.status, 200);
    QCOMPARE(set.json().value("latency_ms").toInt(), latencyMs);

    const Response health = agent.get("/healthz");
    QCOMPARE(health.status, 200);
    QVERIFY2(health.elapsedMs >= latencyMs, qPrintable(QString::number(health.elapsedMs)));
    const Response inference = agent.post("/v1/infer", kInferBody);
    QCOMPARE(inference.status, 200);
    QVERIFY(inference.elapsedMs >= latencyMs + 20);
    QVERIFY(inference.json().value("latency_ms").toDouble() >= latencyMs + 20);

    // The control endpoint is exempt, so a drill can always clear the fault promptly.
    const Response faults = agent.get("/faults");
    QCOMPARE(faults.json().value("mode").toString(), QStringLiteral("latency"));
    QVERIFY(faults.elapsedMs < latencyMs);

    QCOMPARE(agent.post("/faults", R"({"mode":"none"})").status, 200);
    const Response cleared = agent.get("/healthz");
    QCOMPARE(cleared.status, 200);
    QVERIFY2(cleared.elapsedMs < latencyMs, qPrintable(QString::number(cleared.elapsedMs)));
}

void tst_AgentFaults::errorsFault_data()
{
    QTest::addColumn<QByteArray>("rate");
    QTest::addColumn<int>("expectedStatus");
    QTest::newRow("always fail") << QByteArray("1") << 500;
    QTest::newRow("never fail") << QByteArray("0") << 200;
}

void tst_AgentFaults::errorsFault()
{
    QFETCH(QByteArray, rate);
    QFETCH(int, expectedStatus);
    const int attempts = 6;
    AgentProcess agent;
    QVERIFY(agent.start({"--cost-ms", "1"}));
    QCOMPARE(agent.post("/faults", R"({"mode":"errors","error_rate":)" + rate + "}").status, 200);
    for (int i = 0; i < attempts; ++i) {
        const Response response = agent.post("/v1/infer", kInferBody);
        QCOMPARE(response.status, expectedStatus);
        if (expectedStatus == 500) {
            QCOMPARE(response.contentType(), QByteArray("application/problem+json"));
            QCOMPARE(response.json().value("status").toInt(), 500);
        }
    }
    // Health probes are unaffected: only inferences fail.
    QCOMPARE(agent.get("/healthz").status, 200);
    QCOMPARE(metricValue(agent.scrape(), "rp_agent_requests_total",
                 {{"code", QString::number(expectedStatus)}}),
        double(attempts));
}

void tst_AgentFaults::hangFault()
{
    AgentProcess agent;
    QVERIFY(agent.start());
    QCOMPARE(agent.post("/faults", R"({"mode":"hang"})").status, 200);

    std::unique_ptr<QNetworkReply> stuck(agent.send("GET", "/healthz"));
    QSignalSpy stuckFinished(stuck.get(), &QNetworkReply::finished);
    // The hang is the absence of an answer, so this waits out a probe-sized timeout.
    QVERIFY2(!stuckFinished.wait(1500), "a hung agent answered /healthz");
    QVERIFY2(!agent.call("POST", "/v1/infer", kInferBody, 500).finished,
        "a hung agent answered /v1/infer");

    QCOMPARE(agent.get("/faults").json().value("mode").toString(), QStringLiteral("hang"));

    QCOMPARE(agent.post("/faults", R"({"mode":"none"})").status, 200);
    // Clearing the hang closes the stuck connections rather than leaving them open forever.
    QVERIFY(stuckFinished.count() == 1 || stuckFinished.wait(kReplyTimeoutMs));
    QCOMPARE(agent.get("/healthz").status, 200);
}

void tst_AgentFaults::faultExpires()
{
    AgentProcess agent;
    QVERIFY(agent.start());
    QElapsedTimer timer;
    timer.start();
    const Response set
        = agent.post("/faults", R"({"mode":"errors","error_rate":1,"duration_s":1})");
    QCOMPARE(set.status, 200);
    const double remaining = set.json().value("remaining_s").toDouble(-1);
    QVERIFY2(remaining > 0 && remaining <= 1.0, qPrintable(QString::number(remaining)));
    QCOMPARE(agent.post("/v1/infer", kInferBody).status, 500);

    QString mode;
    while (mode != QLatin1String("none") && timer.elapsed() < kReplyTimeoutMs) {
        QTest::qWait(50);
        mode = agent.get("/faults").json().value("mode").toString();
    }
    QCOMPARE(mode, QStringLiteral("none"));
    QVERIFY2(timer.elapsed() >= 1000, "the fault cleared before its duration");
    QCOMPARE(agent.get("/faults").json().value("remaining_s"), QJsonValue(QJsonValue::Null));
    QCOMPARE(agent.post("/v1/infer", kInferBody).status, 200);
}

void tst_AgentFaults::crashFault()
{
    AgentProcess agent;
    QVERIFY(agent.start());
    QSignalSpy exited(&agent.process, &QProcess::finished);
    std::unique_ptr<QNetworkReply> reply(agent.send("POST", "/faults", R"({"mode":"crash"})"));
    QVERIFY(exited.wait(kReplyTimeoutMs));
    QCOMPARE(agent.process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(agent.process.exitCode(), int(AgentApplication::ExitCrashFault));
}

void tst_AgentFaults::faultBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field"); // named by the 400; empty for a valid body
    QTest::addColumn<QString>("stored"); // what GET /faults then reports
    const auto row = [](const char *name, const char *body, const char *field, const char *stored) {
        QTest::newRow(name) << QByteArray(body) << QString::fromLatin1(field)
                            << QString::fromLatin1(stored);
    };
    row("none", R"({"mode":"none"})", "", "none 0 0 0");
    row("hang for 5 s", R"({"mode":"hang","duration_s":5})", "", "hang 0 0 5");
    row("hang, null duration", R"({"mode":"hang","duration_s":null})", "", "hang 0 0 0");
    row("latency", R"({"mode":"latency","latency_ms":250})", "", "latency 250 0 0");
    row("errors", R"({"mode":"errors","error_rate":0.25,"duration_s":1.5})", "",
        "errors 0 0.25 1.5");
    row("errors ignore latency", R"({"mode":"errors","error_rate":1,"latency_ms":9})", "",
        "errors 0 1 0");
    row("not JSON", "{mode: hang}", "body", "");
    row("array", "[]", "body", "");
    row("no mode", R"({"latency_ms":5})", "mode", "");
    row("mode not string", R"({"mode":3})", "mode", "");
    row("unknown mode", R"({"mode":"meltdown"})", "mode", "");
    row("latency missing", R"({"mode":"latency"})", "latency_ms", "");
    row("latency negative", R"({"mode":"latency","latency_ms":-1})", "latency_ms", "");
    row("latency fractional", R"({"mode":"latency","latency_ms":1.5})", "latency_ms", "");
    row("latency string", R"({"mode":"latency","latency_ms":"100"})", "latency_ms", "");
    row("rate missing", R"({"mode":"errors"})", "error_rate", "");
    row("rate above 1", R"({"mode":"errors","error_rate":2})", "error_rate", "");
    row("duration zero", R"({"mode":"hang","duration_s":0})", "duration_s", "");
    row("duration negative", R"({"mode":"hang","duration_s":-3})", "duration_s", "");
    row("duration string", R"({"mode":"hang","duration_s":"5"})", "duration_s", "");
    row("unknown field", R"({"mode":"latency","latencyMs":100})", "latencyMs", "");
}

void tst_AgentFaults::faultBody()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    QFETCH(QString, stored);
    FaultSpec::Error error;
    QCOMPARE(FaultSpec::parse(body, &error).has_value(), field.isEmpty());
    QCOMPARE(error.field, field);

    AgentProcess agent;
    QVERIFY(agent.start());
    QCOMPARE(agent.post("/faults", R"({"mode":"errors","error_rate":0.5})").status, 200);
    const Response response = agent.post("/faults", body);
    const QJsonObject fault = agent.get("/faults").json();
    const QString now = QStringLiteral("%1 %2 %3 %4")
                            .arg(fault.value("mode").toString())
                            .arg(fault.value("latency_ms").toInt())
                            .arg(fault.value("error_rate").toDouble())
                            .arg(fault.value("duration_s").toDouble());
    if (field.isEmpty()) {
        QCOMPARE(response.status, 200);
        QCOMPARE(response.json().value("mode"), fault.value("mode"));
        QCOMPARE(now, stored);
        return;
    }
    QCOMPARE(response.status, 400);
    QCOMPARE(response.contentType(), QByteArray("application/problem+json"));
    QCOMPARE(response.json().value("field").toString(), field);
    QVERIFY(response.json().value("detail").toString().contains(field));
    QCOMPARE(now, QStringLiteral("errors 0 0.5 0")); // a refused request changes nothing
}

RP_TEST(tst_AgentFaults, "tst_agentfaults")
#include "tst_agentfaults.moc"
