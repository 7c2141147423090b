#pragma once

#include <QString>
#include <QStringList>

/** The agent's command line, validated. */
struct AgentOptions
{
    enum class Outcome { Run, Help, Error };

    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 0; // 0: the kernel picks a free port
    QString pod = QStringLiteral("local");
    QString region = QStringLiteral("local");
    int replica = 0;
    QString instance; // empty: a random UUID is generated
    double capacityRps = 50.0;
    int costMs = 20;
    QString modelVersion = QStringLiteral("dev");
    QString dataDir; // empty: none
    // POST /faults and /drain need `Authorization: Bearer <this>`. From the environment
    // (RP_AGENT_CONTROL_SECRET, which the daemon sets per agent), never the command line, which
    // every local user can read in /proc. Empty: the control endpoints are refused.
    QByteArray controlSecret;

    /**
     * Parses argv-style `arguments` (the first one is the program) into `options`.
     * On Help, `message` gets the help text; on Error, the reason (options are then unusable).
     */
    static Outcome parse(const QStringList &arguments, AgentOptions *options, QString *message);

    static constexpr int maxCostMs = 600'000;
};
