#pragma once

#include "backend/providers/computeprovider.h"

#include <QHash>
#include <QSocketNotifier>
#include <QString>

/**
 * The `local` provider: every replica is a real `regionalpods-agent` process on 127.0.0.1 with
 * its own port. Processes are detached so that they keep serving across a daemon restart; they
 * are recognised afterwards by their `--instance` argument and their data dir under ours.
 */
class LocalProvider : public ComputeProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalProvider)

public:
    /** @p agentsDir is `<data-dir>/agents`; @p agentPath the agent executable. */
    LocalProvider(QString agentPath, QString agentsDir, int costMs, QObject *parent = nullptr);

    ~LocalProvider() override;

    QString name() const override { return QStringLiteral("local"); }
    Replica startReplica(const ReplicaLaunch &launch) override;
    void stopReplica(const Replica &replica) override;
    void drainReplica(const Replica &replica) override;
    bool isAlive(const Replica &replica) const override;
    QUrl endpoint(const Replica &replica) const override;
    QByteArray controlToken(const Replica &replica) const override;
    QList<Replica> adopt(const QList<Replica> &recorded) override;
    void stopAll(const QList<Replica> &replicas) override;

    /** Pids of every agent process whose data dir lies under ours (for tests and orphan sweeps). */
    QList<qint64> ownedAgentPids() const;
    /** The executable next to @p binDir, or $RP_AGENT_PATH when set. */
    static QString defaultAgentPath(const QString &binDir);

private:
    /** Reports the process's exit through replicaExited() (pidfd: no polling, no SIGCHLD). */
    void watch(const Replica &replica);

    static int pickFreePort();
    static void terminate(qint64 pid, int graceMs);

    QString m_agentPath;
    QString m_agentsDir;
    int m_costMs;
    QHash<QString, QSocketNotifier *> m_watches; // by instance
};
