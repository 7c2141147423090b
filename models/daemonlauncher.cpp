#include "models/daemonlauncher.h"

#include "backend/core/verbosity.h"
#include "models/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace {

constexpr qsizetype kStderrTailBytes = 8 * 1024;

} // namespace

DaemonLauncher::DaemonLauncher(QObject *parent)
    : QObject(parent)
    , m_program(bundledProgram())
{
    m_pollTimer.setInterval(100);
    connect(&m_pollTimer, &QTimer::timeout, this, &DaemonLauncher::poll);
    // Always drain stderr: a full pipe would block the daemon's logging and then the daemon.
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setStandardOutputFile(QProcess::nullDevice());
    connect(&m_process, &QProcess::readyReadStandardError, this, &DaemonLauncher::readStderr);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart && m_waitingForPort)
            fail(tr("Could not start the daemon %1: %2").arg(m_program, m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this] {
        readStderr();
        if (m_waitingForPort)
            fail(tr("The daemon exited before it was ready (%1).").arg(exitDescription())
                + withStderr());
        else if (!m_stopping)
            emit exitedUnexpectedly(tr("The bundled daemon stopped unexpectedly (%1); the "
                                       "console shows its last known state.")
                                        .arg(exitDescription()),
                stderrTail().right(20000));
    });
#ifdef Q_OS_LINUX
    // If the console dies without running its destructors, the daemon must not linger.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
}

DaemonLauncher::~DaemonLauncher()
{
    stop();
}

QString DaemonLauncher::bundledProgram()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("regionalpodsd"));
}

quint16 DaemonLauncher::readPortFile(const QString &dataDir)
{
    QFile file(QDir(dataDir).filePath(QStringLiteral("daemon.port")));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    bool ok = false;
    const uint port = QString::fromLatin1(file.read(64)).trimmed().toUInt(&ok);
    return ok && port > 0 && port <= 65535 ? quint16(port) : 0;
}

QString DaemonLauncher::exitDescription() const
{
    return m_process.exitStatus() == QProcess::CrashExit
        ? tr("it crashed")
        : tr("exit code %1").arg(m_process.exitCode());
}

QString DaemonLauncher::withStderr() const
{
    const auto tail = stderrTail();
    if (tail.isEmpty())
        return {};
    return QStringLiteral("\n\n") + tr("Daemon output:") + QLatin1Char('\n') + tail.right(2000);
}

void DaemonLauncher::start(const QString &dataDir)
{
    if (isRunning()) {
        fail(tr("The daemon is already running."));
        return;
    }
    m_dataDir = dataDir;
    m_stderr.clear();
    m_port = 0;
    m_stopping = false;
    if (!QFileInfo(m_program).isExecutable()) {
        fail(tr("The bundled daemon was not found at %1. Start regionalpodsd yourself and pass "
                "--url, or reinstall the console.")
                 .arg(m_program));
        return;
    }
    if (!QDir().mkpath(dataDir)) {
        fail(tr("Cannot create the data directory %1.").arg(dataDir));
        return;
    }
    // The daemon refuses a data dir other users may enter (student records, tokens): this
    // console's own bundled-daemon directory is its owner's alone, whoever created it.
    if (!QFile::setPermissions(
            dataDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner)) {
        fail(tr("Cannot make the data directory %1 private to its owner.").arg(dataDir));
        return;
    }
    // A port file left by a daemon that was killed would otherwise be taken for the new one's.
    QFile::remove(QDir(dataDir).filePath(QStringLiteral("daemon.port")));
    QStringList arguments = m_arguments;
    if (arguments.isEmpty())
        arguments = {QStringLiteral("--demo"), QStringLiteral("--data-dir"), dataDir,
            QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
            QStringLiteral("--exit-with-parent")};
    qCInfo(lcClient).noquote() << "starting" << m_program << arguments.join(QLatin1Char(' '));
    m_waitingForPort = true;
    m_deadline = QDeadlineTimer(m_startupTimeout);
    m_process.start(m_program, arguments);
    m_pollTimer.start();
}

void DaemonLauncher::poll()
{
    if (!m_waitingForPort) {
        m_pollTimer.stop();
        return;
    }
    if (const quint16 port = readPortFile(m_dataDir); port != 0 && isRunning()) {
        m_pollTimer.stop();
        m_waitingForPort = false;
        m_port = port;
        qCInfo(lcClient) << "daemon started, pid" << m_process.processId() << "port" << port;
        emit started(port);
        return;
    }
    if (m_deadline.hasExpired()) {
        fail(tr("The daemon did not report its port within %1 s.")
                 .arg(double(m_startupTimeout.count()) / 1000.0)
            + withStderr());
        stop();
    }
}

void DaemonLauncher::fail(const QString &message)
{
    m_pollTimer.stop();
    m_waitingForPort = false;
    qCWarning(lcClient).noquote() << message;
    emit failed(message);
}

void DaemonLauncher::readStderr()
{
    const QByteArray chunk = m_process.readAllStandardError();
    if (chunk.isEmpty())
        return;
    if (Verbosity::apiVerbose())
        qCInfo(lcClient).noquote() << "daemon:" << QString::fromUtf8(chunk).trimmed();
    m_stderr.append(chunk);
    if (m_stderr.size() > kStderrTailBytes)
        m_stderr = m_stderr.right(kStderrTailBytes);
}

void DaemonLauncher::stop(std::chrono::milliseconds grace)
{
    m_pollTimer.stop();
    m_waitingForPort = false;
    if (!isRunning())
        return;
    m_stopping = true;
    qCInfo(lcClient) << "stopping the daemon, pid" << m_process.processId();
    m_process.terminate(); // SIGTERM: the daemon stops its agents and removes daemon.port
    if (!m_process.waitForFinished(int(grace.count()))) {
        qCWarning(lcClient) << "daemon ignored SIGTERM; killing it";
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}
