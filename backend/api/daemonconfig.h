#pragma once

#include "backend/api/httptransport.h"
#include "backend/services/capacitymonitor.h"
#include "backend/services/drillrunner.h"
#include "backend/services/healthmonitor.h"
#include "backend/services/replicator.h"
#include "backend/services/routingtable.h"
#include "backend/services/trafficgenerator.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QString>

#include <optional>

/** Everything the daemon is configured with: command line over config file over defaults. */
struct DaemonConfig
{
    static constexpr quint16 kDefaultPort = 7420;

    bool demo = false;
    QString dataDir;
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 listenPort = kDefaultPort;
    HealthSettings health;
    RoutingTableSettings routing; // `routing` {hold_down_ms, failback_ms}
    CapacitySettings capacity; // `capacity` {scrape_interval_ms, scrape_timeout_ms}
    // `traffic` {enabled, peak_rps, evening_floor}; enabled by default with --demo
    // (--no-demo-traffic turns it off)
    TrafficSettings traffic;
    DrillSettings drills; // `drills` {probe_interval_ms, probe_timeout_ms, grace_ms, …}
    ReplicationSettings replication; // `replication` {enabled, scan_interval_ms, lag_target_s, …}
    std::optional<bool> trafficEnabled; // as configured; unset: with --demo
    int eventBuffer = 1000;
    int agentCostMs = 20;
    QString agentPath; // empty: next to the daemon
    int drainMs = 1000;
    QJsonObject objectStores; // per-region object store config (see docs/object-stores.md)
    QString policyFile; // empty: the bundled default pack
    // Serving beyond this host without TLS sends bearer tokens in clear text: refused unless the
    // operator says so (--insecure-listen), and then logged as a warning.
    bool insecureListen = false;
    // A data dir other users may read exposes student records and tokens: refused unless the
    // operator says so (--allow-shared-data-dir).
    bool allowSharedDataDir = false;
    TransportLimits transport; // `transport` in the config file
    TlsFiles tls; // --tls-cert/--tls-key or `tls` {cert, key}

    /** Applies a config file's JSON; throws ValidationError naming the key path. */
    void applyJson(const QJsonObject &json);
    /** Parses "HOST:PORT"; throws ValidationError("listen", …). */
    void applyListen(const QString &hostPort);
    /** Why this configuration must not start ("" when it may): a non-loopback listen address
     *  without TLS and without insecureListen; a TLS certificate without a key. */
    QString refusal() const;
};
