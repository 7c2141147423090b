#include "backend/providers/localprovider.h"

#include "backend/providers/logging.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSet>
#include <QTcpServer>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <sys/syscall.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

/** argv of a running process from /proc, empty when it is gone or not readable. */
QStringList processArguments(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const auto raw = file.readAll();
    QStringList args;
    for (const auto &part : raw.split('\0')) {
        if (!part.isEmpty())
            args.append(QString::fromLocal8Bit(part));
    }
    return args;
}

QString argumentValue(const QStringList &args, const QString &option)
{
    const auto i = args.indexOf(option);
    return (i >= 0 && i + 1 < args.size()) ? args.at(i + 1) : QString();
}

bool processRuns(qint64 pid)
{
    if (pid <= 0)
        return false;
    // A zombie still answers kill(0); /proc/<pid>/stat state 'Z' means it is dead.
    if (::kill(pid_t(pid), 0) != 0)
        return false;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (stat.open(QIODevice::ReadOnly)) {
        const auto text = stat.readAll();
        const auto close = text.lastIndexOf(')');
        if (close > 0 && close + 2 < text.size() && text.at(close + 2) == 'Z')
            return false;
    }
    return true;
}

const QString kControlSecretFile = QStringLiteral("control.secret");

QByteArray newControlSecret()
{
    QByteArray random(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(random.data()),
        reinterpret_cast<quint32 *>(random.data() + random.size()));
    return random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

/** The control secret of the agent a replica runs (from its data dir), empty when unknown. */
QByteArray controlSecret(const Replica &replica)
{
    const auto dataDir = argumentValue(processArguments(replica.pid), QStringLiteral("--data-dir"));
    if (dataDir.isEmpty())
        return {};
    QFile file(QDir(dataDir).filePath(kControlSecretFile));
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray();
}

} // namespace

LocalProvider::LocalProvider(QString agentPath, QString agentsDir, int costMs, QObject *parent)
    : ComputeProvider(parent)
    , m_agentPath(std::move(agentPath))
    , m_agentsDir(QDir::cleanPath(std::move(agentsDir)))
    , m_costMs(costMs)
{
    QDir().mkpath(m_agentsDir);
}

QString LocalProvider::defaultAgentPath(const QString &binDir)
{
    const auto env = qEnvironmentVariable("RP_AGENT_PATH");
    if (!env.isEmpty())
        return env;
    return QDir(binDir).filePath(QStringLiteral("regionalpods-agent"));
}

int LocalProvider::pickFreePort()
{
    // The kernel hands out a free port; the agent binds it a few ms later. Another process could
    // take it in between; the agent then exits, the replica turns unhealthy and is restarted.
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        throw ProviderError(QStringLiteral("no free local port: %1").arg(probe.errorString()));
    return probe.serverPort();
}

Replica LocalProvider::startReplica(const ReplicaLaunch &launch)
{
    if (!QFileInfo(m_agentPath).isExecutable())
        throw ProviderError(
            QStringLiteral("agent executable %1 is missing or not executable").arg(m_agentPath));
    Replica replica;
    replica.index = launch.index;
    replica.instance = QUuid::createUuid().toString(QUuid::WithoutBraces);
    replica.port = pickFreePort();
    const auto dataDir
        = QDir(m_agentsDir).filePath(QStringLiteral("%1-%2").arg(launch.podId).arg(launch.index));
    QDir().mkpath(dataDir);

    // The agent's control secret (fault injection, drain): in a 0600 file in its data dir for
    // this daemon (and the next one, after a restart) and in its environment, never on the
    // command line, which every local user can read.
    const auto secret = newControlSecret();
    QSaveFile secretFile(QDir(dataDir).filePath(kControlSecretFile));
    if (!secretFile.open(QIODevice::WriteOnly) || secretFile.write(secret) != secret.size()
        || !secretFile.commit())
        throw ProviderError(QStringLiteral("cannot write the control secret of %1/%2: %3")
                                .arg(launch.podId)
                                .arg(launch.index)
                                .arg(secretFile.errorString()));
    QFile::setPermissions(secretFile.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    QProcess process;
    auto environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("RP_AGENT_CONTROL_SECRET"), QString::fromLatin1(secret));
    process.setProcessEnvironment(environment);
    process.setProgram(m_agentPath);
    process.setArguments({QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
        QStringLiteral("--port"), QString::number(replica.port), QStringLiteral("--pod"),
        launch.podId, QStringLiteral("--region"), launch.region, QStringLiteral("--replica"),
        QString::number(launch.index), QStringLiteral("--instance"), replica.instance,
        QStringLiteral("--capacity"), QString::number(launch.capacityRps),
        QStringLiteral("--cost-ms"), QString::number(m_costMs), QStringLiteral("--model-version"),
        launch.modelVersion, QStringLiteral("--data-dir"), dataDir});
    const auto log = QDir(dataDir).filePath(QStringLiteral("agent.log"));
    process.setStandardOutputFile(log, QIODevice::Append);
    process.setStandardErrorFile(log, QIODevice::Append);
    qint64 pid = 0;
    if (!process.startDetached(&pid))
        throw ProviderError(QStringLiteral("cannot start %1 for %2/%3: %4")
                                .arg(m_agentPath, launch.podId)
                                .arg(launch.index)
                                .arg(process.errorString()));
    replica.pid = pid;
    watch(replica);
    qCInfo(lcProviderLocal) << "started" << launch.podId << "replica" << launch.index << "pid"
                            << pid << "port" << replica.port;
    return replica;
}

LocalProvider::~LocalProvider()
{
    for (auto *notifier : std::as_const(m_watches))
        ::close(int(notifier->socket()));
}

void LocalProvider::watch(const Replica &replica)
{
    const int fd = int(::syscall(SYS_pidfd_open, pid_t(replica.pid), 0));
    if (fd < 0) {
        // Old kernel (< 5.3) or already gone: the health probes still notice, only later.
        qCDebug(lcProviderLocal) << "cannot watch pid" << replica.pid << ":" << strerror(errno);
        return;
    }
    if (auto *old = m_watches.take(replica.instance)) {
        ::close(int(old->socket()));
        delete old;
    }
    auto *notifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
    m_watches.insert(replica.instance, notifier);
    const QString instance = replica.instance;
    connect(notifier, &QSocketNotifier::activated, this, [this, notifier, instance, fd] {
        notifier->setEnabled(false);
        if (m_watches.value(instance) == notifier)
            m_watches.remove(instance);
        notifier->deleteLater();
        ::close(fd);
        Q_EMIT replicaExited(instance);
    });
}

void LocalProvider::terminate(qint64 pid, int graceMs)
{
    if (!processRuns(pid))
        return;
    ::kill(pid_t(pid), SIGTERM);
    QElapsedTimer timer;
    timer.start();
    while (processRuns(pid) && timer.elapsed() < graceMs)
        QThread::msleep(10); // bounded poll: the agent exits within its own 2 s drain budget
    if (processRuns(pid)) {
        qCWarning(lcProviderLocal) << "agent pid" << pid << "ignored SIGTERM; killing";
        ::kill(pid_t(pid), SIGKILL);
    }
}

void LocalProvider::stopReplica(const Replica &replica)
{
    if (!isAlive(replica))
        return;
    // Don't block the daemon's event loop on the agent's drain: SIGTERM now, SIGKILL later if
    // the same process (same instance) is still there.
    ::kill(pid_t(replica.pid), SIGTERM);
    QTimer::singleShot(3000, this, [this, replica] {
        if (isAlive(replica)) {
            qCWarning(lcProviderLocal) << "agent pid" << replica.pid << "ignored SIGTERM; killing";
            ::kill(pid_t(replica.pid), SIGKILL);
        }
    });
    qCInfo(lcProviderLocal) << "stopping replica" << replica.index << "pid" << replica.pid;
}

void LocalProvider::drainReplica(const Replica &replica)
{
    // Fire and forget: the agent answers /healthz with "draining" and stops taking new work.
    // The manager lives as long as the request needs it (deleteLater on finish).
    auto *manager = new QNetworkAccessManager;
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/drain").arg(replica.port)));
    request.setTransferTimeout(1000);
    request.setRawHeader("Authorization", "Bearer " + controlSecret(replica));
    auto *reply = manager->post(request, QByteArray());
    QObject::connect(reply, &QNetworkReply::finished, manager, [manager, reply] {
        reply->deleteLater();
        manager->deleteLater();
    });
}

QByteArray LocalProvider::controlToken(const Replica &replica) const
{
    return controlSecret(replica);
}

bool LocalProvider::isAlive(const Replica &replica) const
{
    if (!processRuns(replica.pid))
        return false;
    return argumentValue(processArguments(replica.pid), QStringLiteral("--instance"))
        == replica.instance;
}

QUrl LocalProvider::endpoint(const Replica &replica) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(replica.port));
}

QList<qint64> LocalProvider::ownedAgentPids() const
{
    QList<qint64> pids;
    const auto entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    const auto prefix = m_agentsDir + QLatin1Char('/');
    for (const auto &entry : entries) {
        bool ok = false;
        const auto pid = entry.toLongLong(&ok);
        if (!ok || pid == ::getpid())
            continue;
        const auto args = processArguments(pid);
        if (args.isEmpty() || !args.constFirst().endsWith(QStringLiteral("regionalpods-agent")))
            continue;
        if (QDir::cleanPath(argumentValue(args, QStringLiteral("--data-dir"))).startsWith(prefix)
            && processRuns(pid))
            pids.append(pid);
    }
    return pids;
}

QList<Replica> LocalProvider::adopt(const QList<Replica> &recorded)
{
    QList<Replica> alive;
    QSet<qint64> keep;
    for (const auto &replica : recorded) {
        if (isAlive(replica) && !keep.contains(replica.pid)) {
            alive.append(replica);
            watch(replica);
            keep.insert(replica.pid);
        }
    }
    for (const auto pid : ownedAgentPids()) {
        if (!keep.contains(pid)) {
            qCInfo(lcProviderLocal) << "stopping orphaned agent pid" << pid;
            terminate(pid, 3000);
        }
    }
    return alive;
}

void LocalProvider::stopAll(const QList<Replica> &replicas)
{
    // Signal everyone first, then wait: shutdown takes one grace period, not one per replica.
    for (const auto &replica : replicas) {
        if (isAlive(replica))
            ::kill(pid_t(replica.pid), SIGTERM);
    }
    QElapsedTimer timer;
    timer.start();
    for (const auto &replica : replicas) {
        while (processRuns(replica.pid) && timer.elapsed() < 3000)
            QThread::msleep(10);
        if (processRuns(replica.pid))
            ::kill(pid_t(replica.pid), SIGKILL);
    }
}
