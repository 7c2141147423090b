#include "backend/agent/agentapplication.h"

#include "backend/agent/agentserver.h"
#include "backend/agent/logging.h"
#include "backend/core/signalwatcher.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <csignal>
#include <cstdio>
#include <unistd.h>

AgentApplication::AgentApplication(QObject *parent)
    : QObject(parent)
    , m_signals(new SignalWatcher(this))
{
    m_graceTimer.setSingleShot(true);
    connect(&m_graceTimer, &QTimer::timeout, this, [this] {
        qCWarning(lcAgent) << "grace period over;" << m_server->outstanding()
                           << "answers abandoned";
        QCoreApplication::exit(ExitOk);
    });
}

AgentApplication::~AgentApplication() = default;

int AgentApplication::run(const QStringList &arguments)
{
    QCoreApplication::setApplicationName(QStringLiteral("regionalpods-agent"));
    qSetMessagePattern(
        QStringLiteral("%{time yyyy-MM-ddTHH:mm:ss.zzz} %{category} %{type}: %{message}"));

    QString message;
    switch (AgentOptions::parse(arguments, &m_options, &message)) {
    case AgentOptions::Outcome::Help:
        std::fputs(qPrintable(message), stdout);
        return ExitOk;
    case AgentOptions::Outcome::Error:
        std::fprintf(stderr, "regionalpods-agent: %s\nTry 'regionalpods-agent --help'.\n",
            qPrintable(message));
        return ExitUsage;
    case AgentOptions::Outcome::Run:
        break;
    }

    detachFromParent();
    if (!m_signals->watch({SIGTERM, SIGINT}))
        return ExitFailure;

    if (!m_options.dataDir.isEmpty() && !QDir().mkpath(m_options.dataDir)) {
        qCCritical(lcAgent).noquote() << "cannot create the data dir" << m_options.dataDir;
        return ExitFailure;
    }

    m_options.controlSecret = qgetenv("RP_AGENT_CONTROL_SECRET");
    qunsetenv("RP_AGENT_CONTROL_SECRET");
    m_server = new AgentServer(m_options, this);
    connect(m_signals, &SignalWatcher::signalReceived, this, &AgentApplication::beginShutdown);
    connect(m_server, &AgentServer::drained, this, [] { QCoreApplication::exit(ExitOk); });
    connect(m_server, &AgentServer::crashRequested, this, [] {
        qCWarning(lcAgent) << "crash fault injected: exiting with code" << int(ExitCrashFault);
        // _exit skips destructors and atexit handlers, as a real crash would.
        ::_exit(ExitCrashFault);
    });
    const quint16 port = m_server->start();
    if (port == 0) {
        qCCritical(lcAgent).noquote() << m_server->errorString();
        return ExitFailure;
    }
    if (!m_options.dataDir.isEmpty() && !writeStateFile(port))
        qCWarning(lcAgent).noquote() << "cannot write" << stateFilePath();

    // The one line a parent waits for; nothing else ever goes to stdout.
    std::printf("PORT %u\n", unsigned(port));
    std::fflush(stdout);
    qCInfo(lcAgent).noquote() << "listening on" << m_options.host << "port" << port << "pod"
                              << m_options.pod << "region" << m_options.region << "replica"
                              << m_options.replica << "instance" << m_options.instance;

    const int code = QCoreApplication::exec();
    if (!m_options.dataDir.isEmpty())
        QFile::remove(stateFilePath());
    qCInfo(lcAgent) << "stopped";
    return code;
}

void AgentApplication::detachFromParent()
{
    // The daemon re-adopts its agents after a restart, so its death must not take them along:
    // its end of our stdout/stderr pipes closing must not raise SIGPIPE, its terminal closing
    // must not deliver SIGHUP, and a new session keeps a Ctrl-C aimed at the daemon away from
    // us. setsid() fails harmlessly when a shell already made us a process group leader.
    std::signal(SIGPIPE, SIG_IGN);
    std::signal(SIGHUP, SIG_IGN);
    ::setsid();
}

void AgentApplication::beginShutdown(int signalNumber)
{
    if (m_graceTimer.isActive()) {
        qCInfo(lcAgent).nospace() << "signal " << signalNumber << " ignored: already stopping";
        return;
    }
    qCInfo(lcAgent).nospace() << "signal " << signalNumber << ": stopping gracefully";
    m_graceTimer.start(shutdownGraceMs);
    m_server->beginShutdown();
}

bool AgentApplication::writeStateFile(quint16 port) const
{
    // Lets a restarted daemon find this replica (pid, port, instance) from its data dir.
    const QJsonObject state{
        {QStringLiteral("pid"), QCoreApplication::applicationPid()},
        {QStringLiteral("host"), m_options.host},
        {QStringLiteral("port"), port},
        {QStringLiteral("instance"), m_options.instance},
        {QStringLiteral("pod"), m_options.pod},
        {QStringLiteral("region"), m_options.region},
        {QStringLiteral("replica"), m_options.replica},
        {QStringLiteral("model_version"), m_options.modelVersion},
        {QStringLiteral("started_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
    };
    QSaveFile file(stateFilePath());
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(state).toJson(QJsonDocument::Indented));
    return file.commit();
}

QString AgentApplication::stateFilePath() const
{
    return QDir(m_options.dataDir).filePath(QStringLiteral("agent.json"));
}
