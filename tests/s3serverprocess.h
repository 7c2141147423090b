#pragma once

// Test helper: a real S3 API server (s3rver behind a SigV4-verifying launcher) on 127.0.0.1,
// port chosen by the OS, data in a temp dir. Installed by `scripts/setup.sh --tests`.

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

class S3ServerProcess
{
public:
    ~S3ServerProcess() { stop(); }

    /** Starts it with @p buckets (on @p port, 0: any; again after stop(), the same data);
     *  returns an empty string or why it could not start. */
    QString start(const QStringList &buckets, int port = 0)
    {
        m_endpoint.clear();
        const QString tools
            = qEnvironmentVariable("RP_SOURCE_DIR") + QStringLiteral("/tests/tools");
        if (!QFile::exists(tools + QStringLiteral("/node_modules/.bin/s3rver")))
            return QStringLiteral("s3rver is not installed: run scripts/setup.sh --tests (npm ci "
                                  "--prefix tests/tools)");
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        if (node.isEmpty())
            return QStringLiteral("node is not on PATH");
        QStringList args{QStringLiteral("--openssl-legacy-provider"),
            tools + QStringLiteral("/start-s3rver.js"), QStringLiteral("--directory"),
            m_dir.filePath(QStringLiteral("data")), QStringLiteral("--address"),
            QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(port)};
        for (const auto &bucket : buckets)
            args << QStringLiteral("--bucket") << bucket;
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(node, args);
        if (!m_process.waitForStarted(10000))
            return m_process.errorString();
        for (QDeadlineTimer deadline(30000); m_endpoint.isEmpty() && !deadline.hasExpired();) {
            if (!m_process.canReadLine()
                && !m_process.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime()))))
                break;
            while (m_process.canReadLine()) {
                const auto line = m_process.readLine().trimmed();
                if (line.startsWith("READY "))
                    m_endpoint = QString::fromUtf8(line.mid(6));
            }
        }
        return m_endpoint.isEmpty() ? QStringLiteral("s3rver did not report READY within 30 s")
                                    : QString();
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    QString endpoint() const { return m_endpoint; }
    int port() const { return QUrl(m_endpoint).port(); }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_endpoint;
};
