// Tests of regionalpods-agent: fault parsing and metrics rendering in-process, and the real built
// binary (RP_BIN_DIR/regionalpods-agent --port 0) over HTTP for everything else.

#include "backend/agent/agentapplication.h"
#include "backend/agent/agentmetrics.h"
#include "backend/agent/agentoptions.h"
#include "backend/agent/faultspec.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <csignal>
#include <memory>
#include <sys/types.h>
#include <vector>

namespace {

constexpr int kStartTimeoutMs = 10'000;
constexpr int kReplyTimeoutMs = 10'000;
const QByteArray kInferBody = R"({"district":"d"})";

QString agentBinary()
{
    return QDir(qEnvironmentVariable("RP_BIN_DIR")).filePath(QStringLiteral("regionalpods-agent"));
}

/** Reads the agent's "PORT <n>" line from `process` (stdout); 0 if it exits or times out. */
quint16 readPortLine(QProcess &process)
{
    static const QRegularExpression portLine(QStringLiteral("^PORT (\\d+)\\n$"));
    QElapsedTimer timer;
    timer.start();
    while (!process.canReadLine() && process.state() != QProcess::NotRunning
        && timer.elapsed() < kStartTimeoutMs)
        process.waitForReadyRead(100);
    return portLine.match(QString::fromUtf8(process.readLine())).captured(1).toUShort();
}

struct Response
{
    bool finished = false;
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers;
    qint64 elapsedMs = 0;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray contentType() const { return headers.value("content-type"); }
};

struct Sample
{
    QString name;
    QMap<QString, QString> labels;
    double value = 0;
};

/** Parses Prometheus text format 0.0.4; fails on a malformed line or a sample without # TYPE. */
QList<Sample> parseMetrics(const QByteArray &text, QString *error)
{
    static const QRegularExpression sampleLine(
        QStringLiteral("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)\\})? (\\S+)$"));
    static const QRegularExpression label(
        QStringLiteral("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"(?:,|$)"));
    QSet<QString> typed;
    QList<Sample> samples;
    const QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("# TYPE ")))
            typed.insert(line.section(QLatin1Char(' '), 2, 2));
        if (line.startsWith(QLatin1Char('#')))
            continue;
        const auto match = sampleLine.match(line);
        bool ok = match.hasMatch();
        Sample sample;
        sample.name = match.captured(1);
        sample.value
            = match.captured(3) == QLatin1String("+Inf") ? qInf() : match.captured(3).toDouble(&ok);
        if (!ok) {
            *error = QStringLiteral("malformed line: ") + line;
            return {};
        }
        for (auto labels = label.globalMatch(match.captured(2)); labels.hasNext();) {
            const auto labelMatch = labels.next();
            sample.labels.insert(labelMatch.captured(1), labelMatch.captured(2));
        }
        QString family = sample.name;
        for (const char *suffix : {"_bucket", "_sum", "_count"}) {
            if (!typed.contains(family) && family.endsWith(QLatin1String(suffix)))
                family.chop(int(qstrlen(suffix)));
        }
        if (!typed.contains(family)) {
            *error = QStringLiteral("no # TYPE before ") + sample.name;
            return {};
        }
        samples.append(sample);
    }
    return samples;
}

/** The value of the first sample named `name` whose labels include `labels`; NaN if none. */
double metricValue(
    const QList<Sample> &samples, const QString &name, const QMap<QString, QString> &labels = {})
{
    for (const Sample &sample : samples) {
        bool matches = sample.name == name;
        for (auto it = labels.cbegin(); matches && it != labels.cend(); ++it)
            matches = sample.labels.value(it.key()) == it.value();
        if (matches)
            return sample.value;
    }
    return qQNaN();
}

bool allFinished(const std::vector<std::unique_ptr<QNetworkReply>> &replies)
{
    return std::all_of(replies.begin(), replies.end(), [](auto &r) { return r->isFinished(); });
}

int statusOf(const QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

/** One agent process for one test, with its own HTTP client; killed when it goes out of scope. */
class AgentProcess
{
public:
    AgentProcess() { m_nam.setProxy(QNetworkProxy::NoProxy); }
    ~AgentProcess()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(5000);
        }
    }

    /** Starts the agent on a free port; on failure logs its stderr and returns false. */
    bool start(const QStringList &arguments = {})
    {
        auto environment = QProcessEnvironment::systemEnvironment();
        if (!controlSecret.isEmpty())
            environment.insert(QStringLiteral("RP_AGENT_CONTROL_SECRET"), controlSecret);
        process.setProcessEnvironment(environment);
        process.start(agentBinary(), QStringList{"--port", "0"} + arguments);
        if (process.waitForStarted(kStartTimeoutMs))
            port = readPortLine(process);
        if (port == 0)
            qWarning("agent did not start: %s", process.readAllStandardError().constData());
        return port != 0;
    }

    QNetworkReply *send(const QByteArray &verb, const QString &path, const QByteArray &body = {})
    {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        return m_nam.sendCustomRequest(request, verb, body);
    }

    /** Sends one request and waits for its answer; `finished` is false after `timeoutMs`. */
    Response call(const QByteArray &verb, const QString &path, const QByteArray &body = {},
        int timeoutMs = kReplyTimeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        std::unique_ptr<QNetworkReply> reply(send(verb, path, body));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        Response response;
        response.finished = finished.wait(timeoutMs);
        response.elapsedMs = timer.elapsed();
        if (!response.finished) {
            reply->abort();
            return response;
        }
        response.status = statusOf(reply.get());
        response.error = reply->error();
        response.body = reply->readAll();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            response.headers.insert(name.toLower(), value);
        return response;
    }
    Response get(const QString &path) { return call("GET", path); }
    Response post(const QString &path, const QByteArray &body = {})
    {
        return call("POST", path, body);
    }

    QList<Sample> scrape()
    {
        const Response response = get("/metrics");
        QString error;
        const QList<Sample> samples = parseMetrics(response.body, &error);
        if (response.status != 200 || !error.isEmpty())
            qWarning("bad scrape (HTTP %d): %s", response.status, qPrintable(error));
        return samples;
    }

    QProcess process;
    quint16 port = 0;
    // What the daemon would give it; tests of the refusal clear or change these.
    QString controlSecret = QStringLiteral("test-control-secret");
    QByteArray authorization = "Bearer test-control-secret";

private:
    QNetworkAccessManager m_nam;
};

} // namespace

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

// Issue #8 defect 11: anyone on the host could crash or drain a replica.
void tst_Agent::controlNeedsTheSecret_data()
{
    QTest::addColumn<QString>("secret"); // the agent's; empty = started without one
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<int>("status");
    QTest::newRow("no header") << "s3cret" << QByteArray() << 401;
    QTest::newRow("wrong secret") << "s3cret" << QByteArray("Bearer s3cre") << 401;
    QTest::newRow("secret with a suffix") << "s3cret" << QByteArray("Bearer s3cretX") << 401;
    QTest::newRow("agent without a secret") << "" << QByteArray("Bearer ") << 403;
}

void tst_Agent::controlNeedsTheSecret()
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

void tst_Agent::drain()
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

void tst_Agent::latencyFault()
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

void tst_Agent::errorsFault_data()
{
    QTest::addColumn<QByteArray>("rate");
    QTest::addColumn<int>("expectedStatus");
    QTest::newRow("always fail") << QByteArray("1") << 500;
    QTest::newRow("never fail") << QByteArray("0") << 200;
}

void tst_Agent::errorsFault()
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

void tst_Agent::hangFault()
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

void tst_Agent::faultExpires()
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

void tst_Agent::crashFault()
{
    AgentProcess agent;
    QVERIFY(agent.start());
    QSignalSpy exited(&agent.process, &QProcess::finished);
    std::unique_ptr<QNetworkReply> reply(agent.send("POST", "/faults", R"({"mode":"crash"})"));
    QVERIFY(exited.wait(kReplyTimeoutMs));
    QCOMPARE(agent.process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(agent.process.exitCode(), int(AgentApplication::ExitCrashFault));
}

void tst_Agent::faultBody_data()
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

void tst_Agent::faultBody()
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

QTEST_GUILESS_MAIN(tst_Agent)
#include "tst_agent.moc"
