#pragma once

#include "backend/core/metrics/latencyhistogram.h"

#include "backend/core/healthtracker.h"
#include "backend/core/probehistory.h"
#include "backend/services/podmanager.h"

#include <QElapsedTimer>
#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>

/** Probe settings; defaults from DESIGN.md. */
struct HealthSettings
{
    int intervalMs = 1000;
    int fastIntervalMs = 200; // while a replica's state is changing (HAProxy's fastinter)
    int timeoutMs = 500;
    int failThreshold = 3;
    int passThreshold = 2;
    /** Passive detection (Envoy's consecutive gateway failures): this many live requests in a
     *  row that a replica left unanswered (stalled past the traffic's stall time, or refused),
     *  with no answer at all from it for passiveSilenceMs, mark it unhealthy without waiting
     *  for probes; 0 turns it off. The silence tells a hung replica from a slow one, whose
     *  answers keep coming however late each is. */
    int passiveFailThreshold = 3;
    int passiveSilenceMs = 600;
};

/**
 * Actively probes `GET /healthz` of every replica and reports state changes (after the
 * thresholds) to the pod manager, which stores and publishes them.
 */
class HealthMonitor : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthMonitor)

public:
    HealthMonitor(PodManager &pods, HealthSettings settings, QObject *parent = nullptr);

    void start();
    void stop();
    const HealthSettings &settings() const { return m_settings; }
    /** Every probe's round trip (answered or not), per pod id. */
    const QHash<QString, LatencyHistogram> &probeLatencies() const { return m_probeLatency; }
    /** @p pod's replicas with their recent probes (the last two minutes at the default
     *  interval) and health changes. */
    PodProbes probes(const Pod &pod) const;

public Q_SLOTS:
    /** One live request to the replica at @p authority ("127.0.0.1:41234") was answered (any
     *  status: it is alive) or not (stalled or refused). */
    void observeTraffic(const QString &authority, bool answered);

private:
    void refreshTargets();
    void probeAll();
    void probe(const ProbeTarget &target);
    void record(const QString &key, const ProbeResult &result);

    struct Tracked
    {
        ProbeTarget target;
        HealthTracker tracker;
        ProbeLog log;
        bool inFlight = false;
        int passiveFailures = 0; // live requests unanswered in a row
        qint64 lastAnswerMs = 0; // m_clock time of its last answer to a live request
    };

    PodManager &m_pods;
    HealthSettings m_settings;
    QNetworkAccessManager m_network;
    QTimer m_timer;
    QHash<QString, Tracked> m_tracked; // key: instance id
    QHash<QString, QString> m_byAuthority; // "host:port" → instance id
    QElapsedTimer m_clock;
    QHash<QString, LatencyHistogram> m_probeLatency; // key: pod id
};
