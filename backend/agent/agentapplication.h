#pragma once

#include "backend/agent/agentoptions.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

class AgentServer;
class SignalWatcher;

/** The whole agent process: command line, signals, HTTP server, graceful stop. */
class AgentApplication : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentApplication)

public:
    enum ExitCode {
        ExitOk = 0, // --help, or stopped by SIGTERM/SIGINT
        ExitFailure = 1, // could not listen, create the data dir or install signal handlers
        ExitUsage = 2, // bad command line
        ExitCrashFault = 70, // the crash fault was injected
    };

    explicit AgentApplication(QObject *parent = nullptr);
    ~AgentApplication() override;

    /**
     * Parses `arguments`, serves until SIGTERM/SIGINT and returns the process exit code.
     * Needs a QCoreApplication; prints "PORT <n>" on stdout once listening.
     */
    int run(const QStringList &arguments);

    /** How long in-flight requests may take to finish after SIGTERM/SIGINT. */
    static constexpr int shutdownGraceMs = 2000;

private:
    static void detachFromParent();
    void beginShutdown(int signalNumber);
    bool writeStateFile(quint16 port) const;
    QString stateFilePath() const;

    AgentOptions m_options;
    SignalWatcher *m_signals = nullptr;
    AgentServer *m_server = nullptr;
    QTimer m_graceTimer;
};
