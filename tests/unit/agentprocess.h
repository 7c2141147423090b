#pragma once

// Test helpers for the agent tests: the real built binary (RP_BIN_DIR/regionalpods-agent --port 0)
// as a process, a blocking HTTP client for it and a Prometheus text reader.

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

namespace agenttest {

inline constexpr int kStartTimeoutMs = 10'000;
inline constexpr int kReplyTimeoutMs = 10'000;
inline const QByteArray kInferBody = R"({"district":"d"})";

inline QString agentBinary()
{
    return QDir(qEnvironmentVariable("RP_BIN_DIR")).filePath(QStringLiteral("regionalpods-agent"));
}

/** Reads the agent's "PORT <n>" line from `process` (stdout); 0 if it exits or times out. */
inline quint16 readPortLine(QProcess &process)
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
inline QList<Sample> parseMetrics(const QByteArray &text, QString *error)
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
inline double metricValue(
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

inline bool allFinished(const std::vector<std::unique_ptr<QNetworkReply>> &replies)
{
    return std::all_of(replies.begin(), replies.end(), [](auto &r) { return r->isFinished(); });
}

inline int statusOf(const QNetworkReply *reply)
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

} // namespace agenttest
