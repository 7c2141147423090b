#pragma once

// Test helper: runs a real regionalpodsd on 127.0.0.1:0 with a temp data dir and talks to it.

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QTest>
#include <QTimer>

#include <csignal>

struct HttpResult
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

/** One JSON request to 127.0.0.1:@p port (a daemon or an agent), waited for. */
inline HttpResult httpRequest(QNetworkAccessManager &network, int port, const QByteArray &method,
    const QString &path, const QByteArray &body = {}, const QByteArray &authorization = {},
    int timeoutMs = 10000)
{
    QNetworkRequest req(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!authorization.isEmpty())
        req.setRawHeader("Authorization", authorization);
    req.setTransferTimeout(timeoutMs);
    auto *reply = network.sendCustomRequest(req, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    reply->deleteLater();
    return result;
}

class DaemonProcess
{
public:
    explicit DaemonProcess(QString dataDir)
        : m_dataDir(std::move(dataDir))
    {
        m_network.setProxy(QNetworkProxy::NoProxy);
    }
    ~DaemonProcess() { stop(); }

    static QString binDir() { return qEnvironmentVariable("RP_BIN_DIR"); }

    /** The demo fleet has settled: every pod probed healthy (until then routes move as pods
     *  come up, e.g. a district's own edge pod probed after the primary) and at least
     *  @p minDistricts districts routed, none failing closed. Poll it with QTRY_VERIFY. */
    bool fleetSettled(int minDistricts = 40)
    {
        const auto pods = request("GET", QStringLiteral("/pods")).json().value("pods").toArray();
        if (pods.isEmpty())
            return false;
        for (const auto &p : pods) {
            if (p.toObject().value(QStringLiteral("health")).toString() != u"healthy")
                return false;
        }
        const auto routes
            = request("GET", QStringLiteral("/routing")).json().value("routes").toArray();
        if (routes.size() < minDistricts)
            return false;
        for (const auto &r : routes) {
            if (r.toObject().value(QStringLiteral("fail_closed")).toBool())
                return false;
        }
        return true;
    }

    /** Under @p root: a private (0700) data dir, returned in @p dataDir, and a config file
     *  holding @p configJson. Returns the start() arguments naming the config; empty on
     *  failure. */
    static QStringList prepare(const QString &root, const QByteArray &configJson, QString *dataDir)
    {
        QFile config(QDir(root).filePath(QStringLiteral("config.json")));
        if (!config.open(QIODevice::WriteOnly) || config.write(configJson) != configJson.size())
            return {};
        config.close();
        *dataDir = QDir(root).filePath(QStringLiteral("data"));
        if (!QDir().mkpath(*dataDir)
            || !QFile::setPermissions(
                *dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
            return {};
        return {QStringLiteral("--config"), config.fileName()};
    }

    /** Runs the demo's synthetic clients (off by default: most tests count requests exactly). */
    void setDemoTraffic(bool on) { m_demoTraffic = on; }

    /** Starts the daemon and waits (deadline) until it serves /healthz; false on failure. */
    bool start(
        const QStringList &extraArgs = {}, int timeoutMs = 20000, const QStringList &extraEnv = {})
    {
        auto env = QProcessEnvironment::systemEnvironment();
        for (const auto &entry : extraEnv)
            env.insert(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1));
        m_process.setProcessEnvironment(env);
        QFile::remove(QDir(m_dataDir).filePath(QStringLiteral("daemon.port")));
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QDir(binDir()).filePath(QStringLiteral("regionalpodsd")),
            QStringList{QStringLiteral("--demo"), QStringLiteral("--data-dir"), m_dataDir,
                QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                QStringLiteral("--exit-with-parent")}
                + (m_demoTraffic ? QStringList() : QStringList{QStringLiteral("--no-demo-traffic")})
                + extraArgs);
        if (!m_process.waitForStarted(5000))
            return false;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            QFile portFile(QDir(m_dataDir).filePath(QStringLiteral("daemon.port")));
            if (portFile.open(QIODevice::ReadOnly)) {
                m_port = portFile.readAll().trimmed().toInt();
                QFile tokenFile(QDir(m_dataDir).filePath(QStringLiteral("admin.token")));
                if (m_port > 0 && tokenFile.open(QIODevice::ReadOnly)) {
                    m_token = tokenFile.readAll().trimmed();
                    if (request("GET", QStringLiteral("/healthz")).status == 200)
                        return true;
                }
            }
            if (m_process.state() == QProcess::NotRunning)
                return false;
            QTest::qWait(50);
        }
        return false;
    }

    /** SIGTERM and wait for a clean exit; returns the exit code (-1 when it had to be killed). */
    int stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return m_process.exitCode();
        m_process.terminate();
        if (!m_process.waitForFinished(15000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
            return -1;
        }
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }

    void killHard()
    {
        ::kill(pid_t(m_process.processId()), SIGKILL);
        m_process.waitForFinished(5000);
    }

    HttpResult request(const QByteArray &method, const QString &path, const QByteArray &body = {},
        const QByteArray &token = QByteArray("admin"), int timeoutMs = 10000)
    {
        const auto bearer = token == "admin" ? m_token : token;
        return httpRequest(m_network, m_port, method, path, body,
            bearer.isEmpty() ? QByteArray() : "Bearer " + bearer, timeoutMs);
    }

    quint16 port() const { return quint16(m_port); }
    QByteArray token() const { return m_token; }
    QString dataDir() const { return m_dataDir; }
    qint64 pid() const { return m_process.processId(); }
    /** Waits for the daemon to exit by itself (e.g. at a failpoint); true when it did. */
    bool waitForExit(int timeoutMs)
    {
        return m_process.state() == QProcess::NotRunning || m_process.waitForFinished(timeoutMs);
    }
    bool crashed() const { return m_process.exitStatus() == QProcess::CrashExit; }

private:
    QString m_dataDir;
    QProcess m_process;
    QNetworkAccessManager m_network;
    int m_port = 0;
    QByteArray m_token;
    bool m_demoTraffic = false;
};
