#pragma once

#include "backend/core/metrics/prometheustext.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>

/**
 * One scrape of a replica agent's /metrics (the rp_agent_* families), reduced to what capacity
 * needs: the counters to take rates of, the latency histogram and the gauges. Two scrapes of one
 * replica give its rates (ratesBetween()).
 */
struct ReplicaScrape
{
    qint64 atMs = 0; // when it was taken, on a monotonic clock
    double requests = 0; // rp_agent_requests_total, every code
    double errors = 0; // rp_agent_requests_total with a 5xx code
    QList<std::pair<double, double>> buckets; // (le, cumulative count), ascending, +Inf last
    double capacityRps = 0;
    double inFlight = 0;
    bool draining = false;

    /** The scrape in @p samples, or nullopt with @p why when a family it needs is missing or
     *  the histogram is malformed (no +Inf bucket, bounds out of order, counts going down). */
    static std::optional<ReplicaScrape> fromSamples(
        const QList<PrometheusText::Sample> &samples, qint64 atMs, QString *why = nullptr);
};

/** A replica's traffic between two scrapes. */
struct ReplicaRates
{
    double rps = 0;
    double errorRate = 0; // share of answered requests that were 5xx; 0 when none
    std::optional<double> p95Seconds; // none without requests in the interval
};

/** Rates from @p before to @p after (later), as Prometheus's rate() and histogram_quantile()
 *  compute them; nullopt when they cannot be compared: no time passed, or a counter went down
 *  (the agent restarted, so its counters began again). */
std::optional<ReplicaRates> ratesBetween(const ReplicaScrape &before, const ReplicaScrape &after);

/** The @p q quantile (0…1) of the requests counted in cumulative @p buckets, interpolated
 *  linearly within a bucket; the highest finite bound when it falls in the +Inf bucket. */
std::optional<double> histogramQuantile(double q, const QList<std::pair<double, double>> &buckets);
