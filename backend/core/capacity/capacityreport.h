#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/** One point of a pod's measured series. */
struct CapacitySample
{
    QDateTime time; // UTC
    double rps = 0;
    double capacityRps = 0;
    friend bool operator==(const CapacitySample &, const CapacitySample &) = default;
};

/** One pod's (or, with pod empty, one region's) figures, measured by scraping its replicas. */
struct CapacityFigures
{
    QString pod; // empty for a region
    QString region;
    int replicas = 0;
    double capacityRps = 0;
    double rps = 0;
    double requestsTotal = 0;
    double utilization = 0; // rps / capacity
    double headroomRps = 0;
    std::optional<double> p95Ms; // none without traffic
    double errorRate = 0; // 5xx share
    double trendRpsPerMinute = 0;
    QStringList scrapeErrors;
    QList<CapacitySample> series; // with ?range
    friend bool operator==(const CapacityFigures &, const CapacityFigures &) = default;
};

/** One district's synthetic demo traffic since the daemon started. */
struct DistrictTraffic
{
    QString district;
    double targetRps = 0; // what its school day asks for now
    double rps = 0; // sent per second over the last 10 s
    qint64 sent = 0;
    qint64 ok = 0;
    qint64 failed = 0; // an error status, a timeout, a refused connection or given up
    qint64 slow = 0; // answered 2xx but slower than the slow threshold
    qint64 unserved = 0; // not sent: the district was failing closed
    int inFlight = 0;
    QString lastError; // the newest failure's reason
    friend bool operator==(const DistrictTraffic &, const DistrictTraffic &) = default;
};

/**
 * The answer of GET /capacity/metrics.
 *
 * Wire shape: {"pods": [figures with "pod"], "regions": [figures without "pod"],
 * "scrape_interval_ms", "demo_traffic", "districts": [traffic] (while demo_traffic)}; figures:
 * {"pod", "region", "replicas", "capacity_rps", "rps", "requests_total", "utilization",
 * "headroom_rps", "p95_ms" (null without traffic), "error_rate", "trend_rps_per_min",
 * "scrape_errors" (only when there are some), "series": [{"t", "rps", "capacity_rps"}] (with a
 * range)}; traffic: {"district", "target_rps", "rps", "sent", "ok", "failed", "slow",
 * "unserved", "in_flight", "last_error" (only when there was one)}.
 */
struct CapacityReport
{
    QList<CapacityFigures> pods;
    QList<CapacityFigures> regions;
    int scrapeIntervalMs = 0;
    bool demoTraffic = false;
    QList<DistrictTraffic> districts;

    QJsonObject toJson() const;
    /** Parses the wire shape; throws ValidationError naming the field ("pods[3].rps"). */
    static CapacityReport fromJson(const QJsonObject &json);
    friend bool operator==(const CapacityReport &, const CapacityReport &) = default;
};
