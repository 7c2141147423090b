#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTimer>

#include <chrono>

/**
 * Starts the bundled daemon (`regionalpodsd --demo --data-dir DIR --listen 127.0.0.1:0`),
 * waits for the port it picked to appear in `DIR/daemon.port`, and stops it again (SIGTERM,
 * wait, then kill) when destroyed or asked to. Keeps the tail of the daemon's stderr so an
 * early exit can be explained to the user.
 */
class DaemonLauncher : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DaemonLauncher)

public:
    explicit DaemonLauncher(QObject *parent = nullptr);
    /** Stops the daemon if this launcher started it. */
    ~DaemonLauncher() override;

    /** The executable; default: regionalpodsd next to the running executable. */
    void setProgram(const QString &program) { m_program = program; }
    QString program() const { return m_program; }
    /** Arguments; default: --demo --data-dir DIR --listen 127.0.0.1:0 (DIR given to start()). */
    void setArguments(const QStringList &arguments) { m_arguments = arguments; }

    /** Starts the daemon on @p dataDir; ends in started(port) or failed(message). */
    void start(const QString &dataDir);
    /** SIGTERM, wait up to @p grace, then SIGKILL. No-op when not running. */
    void stop(std::chrono::milliseconds grace = std::chrono::milliseconds(8000));
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    quint16 port() const { return m_port; }
    /** Last lines the daemon wrote to stderr (at most a few KiB). */
    QString stderrTail() const { return QString::fromUtf8(m_stderr).trimmed(); }

    /** Reads `DIR/daemon.port`; 0 when absent or not a port number. */
    static quint16 readPortFile(const QString &dataDir);
    /** `<directory of the running executable>/regionalpodsd`. */
    static QString bundledProgram();

signals:
    void started(quint16 port);
    void failed(const QString &message);
    /** The daemon exited after it had started (crash or someone else stopped it). */
    /** One sentence saying what happened, and the daemon's output for "Show log". */
    void exitedUnexpectedly(const QString &message, const QString &log);

private:
    void poll();
    void fail(const QString &message);
    void readStderr();
    QString exitDescription() const;
    QString withStderr() const;

    QProcess m_process;
    QString m_program;
    QStringList m_arguments;
    QString m_dataDir;
    QByteArray m_stderr;
    QTimer m_pollTimer;
    QDeadlineTimer m_deadline;
    std::chrono::milliseconds m_startupTimeout{30000};
    quint16 m_port = 0;
    bool m_waitingForPort = false;
    bool m_stopping = false;
};
