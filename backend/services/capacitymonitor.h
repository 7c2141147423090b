#pragma once

#include "backend/core/metrics/replicascrape.h"
#include "backend/services/podmanager.h"

#include <QElapsedTimer>
#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>

#include <deque>
#include <optional>

/** Scrape settings (config `capacity`). */
struct CapacitySettings
{
    int scrapeIntervalMs = 5000;
    int timeoutMs = 2000;
    qsizetype maxBodyBytes = 1024 * 1024; // a replica's /metrics is a few KiB
    int seriesPoints = 17280; // 24 h at the default 5 s interval
    qint64 historyBucketMs = 60'000; // the stored history's resolution
    qint64 historyKeepMs = 7 * 86'400'000LL; // and how long it is kept
};

/** One pod's capacity right now, from the last scrapes of its replicas. */
struct PodCapacity
{
    QString pod;
    QString region;
    int replicas = 0; // replicas the last scrape read
    double capacityRps = 0;
    double rps = 0;
    double requestsTotal = 0; // answered since the replicas started
    std::optional<double> p95Seconds; // the slowest replica's
    double errorRate = 0; // 5xx share, weighted by each replica's traffic
    double trendRpsPerMinute = 0; // least-squares slope of rps over the last 15 min
    QStringList scrapeErrors; // per replica that could not be read: "replica N: why"

    double utilization() const { return capacityRps > 0 ? rps / capacityRps : 0.0; }
    double headroomRps() const { return std::max(0.0, capacityRps - rps); }
};

/** A point of a pod's series. */
struct CapacityPoint
{
    qint64 atMs = 0; // since the epoch
    double rps = 0;
    double capacityRps = 0;
};

/**
 * Scrapes every replica's Prometheus /metrics on an interval (issue #9), reads it with the
 * bounded PrometheusText reader and keeps each pod's current figures and a bounded series (a
 * ring of seriesPoints points per pod). A replica that cannot be read is reported, never guessed.
 */
class CapacityHistoryStore;

class CapacityMonitor : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CapacityMonitor)

public:
    /** With @p history, each pod's means per historyBucketMs are stored (and kept
     *  historyKeepMs), so series reach back past a restart and beyond the in-memory 24 h. */
    CapacityMonitor(PodManager &pods, CapacitySettings settings,
        CapacityHistoryStore *history = nullptr, QObject *parent = nullptr);

    void start();
    void stop();

    /** Every pod's figures, in the pod manager's order. */
    QList<PodCapacity> pods() const;
    /** @p podId's series since @p sinceMs (epoch ms), at most one point per @p stepMs: the
     *  stored history (bucket means) before the in-memory ring, the ring after. */
    QList<CapacityPoint> series(const QString &podId, qint64 sinceMs, qint64 stepMs) const;
    const CapacitySettings &settings() const { return m_settings; }

Q_SIGNALS:
    /** A scrape round ended: every pod's figures from it (routing's load, LoadGuard). */
    void roundMeasured(const QList<PodCapacity> &pods);

private:
    struct Replica
    {
        QString podId;
        int index = 0;
        std::optional<ReplicaScrape> last;
        std::optional<ReplicaRates> rates;
        QString error;
        bool inFlight = false;
    };

    void scrapeAll();
    void scrape(const ProbeTarget &target);
    void record(const QString &instance, const QByteArray &body, const QString &networkError);
    PodCapacity figures(const Pod &pod) const;
    /** Adds this round's figures to the bucket in progress; writes the bucket that ended. */
    void recordHistory(qint64 nowMs, const QHash<QString, PodCapacity> &figures);
    void flushHistory();

    struct BucketSum
    {
        double rps = 0;
        double capacityRps = 0;
        int points = 0;
    };

    PodManager &m_pods;
    CapacitySettings m_settings;
    QNetworkAccessManager m_network;
    QTimer m_timer;
    QElapsedTimer m_clock;
    QHash<QString, Replica> m_replicas; // key: instance id
    QHash<QString, std::deque<CapacityPoint>> m_series; // key: pod id
    CapacityHistoryStore *m_history = nullptr;
    qint64 m_bucketStartMs = -1;
    QHash<QString, BucketSum> m_bucket; // the bucket in progress, by pod id
    qint64 m_lastPruneMs = 0;
};
