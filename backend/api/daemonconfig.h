#pragma once

#include "backend/services/healthmonitor.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QString>

/** Everything the daemon is configured with: command line over config file over defaults. */
struct DaemonConfig
{
    static constexpr quint16 kDefaultPort = 7420;

    bool demo = false;
    QString dataDir;
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 listenPort = kDefaultPort;
    HealthSettings health;
    int eventBuffer = 1000;
    int agentCostMs = 20;
    QString agentPath; // empty: next to the daemon
    int drainMs = 1000;
    QJsonObject objectStores;
    QString policyFile; // empty: the bundled default pack // per-region object store config (see
                        // docs/object-stores.md)

    /** Applies a config file's JSON; throws ValidationError naming the key path. */
    void applyJson(const QJsonObject &json);
    /** Parses "HOST:PORT"; throws ValidationError("listen", …). */
    void applyListen(const QString &hostPort);
};
