#include "backend/core/metrics/replicascrape.h"

#include <algorithm>
#include <cmath>
#include <limits>

std::optional<ReplicaScrape> ReplicaScrape::fromSamples(
    const QList<PrometheusText::Sample> &samples, qint64 atMs, QString *why)
{
    const auto fail = [why](const QString &reason) -> std::optional<ReplicaScrape> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    ReplicaScrape scrape;
    scrape.atMs = atMs;
    bool requests = false;
    bool capacity = false;
    for (const auto &s : samples) {
        if (s.name == "rp_agent_requests_total") {
            requests = true;
            scrape.requests += s.value;
            if (s.label("code").startsWith(QLatin1Char('5')))
                scrape.errors += s.value;
        } else if (s.name == "rp_agent_request_duration_seconds_bucket") {
            bool ok = false;
            const QString le = s.label("le");
            const double bound = le == QLatin1String("+Inf")
                ? std::numeric_limits<double>::infinity()
                : le.toDouble(&ok);
            if (le != QLatin1String("+Inf") && !ok)
                return fail(QStringLiteral("a latency bucket has le=\"%1\"").arg(le));
            scrape.buckets.append({bound, s.value});
        } else if (s.name == "rp_agent_capacity_rps") {
            capacity = true;
            scrape.capacityRps = s.value;
        } else if (s.name == "rp_agent_in_flight") {
            scrape.inFlight = s.value;
        } else if (s.name == "rp_agent_draining") {
            scrape.draining = s.value != 0;
        }
    }
    if (!requests)
        return fail(QStringLiteral("no rp_agent_requests_total"));
    if (!capacity)
        return fail(QStringLiteral("no rp_agent_capacity_rps"));
    if (scrape.buckets.isEmpty() || !std::isinf(scrape.buckets.constLast().first))
        return fail(QStringLiteral("the latency histogram has no +Inf bucket"));
    for (qsizetype i = 1; i < scrape.buckets.size(); ++i) {
        if (!(scrape.buckets.at(i).first > scrape.buckets.at(i - 1).first))
            return fail(QStringLiteral("the latency buckets are not in ascending order"));
        if (scrape.buckets.at(i).second < scrape.buckets.at(i - 1).second)
            return fail(QStringLiteral("the latency buckets are not cumulative"));
    }
    return scrape;
}

std::optional<double> histogramQuantile(double q, const QList<std::pair<double, double>> &buckets)
{
    if (buckets.isEmpty() || !(q >= 0 && q <= 1))
        return std::nullopt;
    const double total = buckets.constLast().second;
    if (!(total > 0))
        return std::nullopt;
    const double rank = q * total;
    for (qsizetype i = 0; i < buckets.size(); ++i) {
        const auto [bound, count] = buckets.at(i);
        if (count < rank)
            continue;
        if (std::isinf(bound))
            return i > 0 ? buckets.at(i - 1).first : std::optional<double>();
        const double lower = i > 0 ? buckets.at(i - 1).first : 0.0;
        const double below = i > 0 ? buckets.at(i - 1).second : 0.0;
        const double inBucket = count - below;
        return inBucket > 0 ? lower + (bound - lower) * (rank - below) / inBucket : bound;
    }
    return std::nullopt;
}

std::optional<ReplicaRates> ratesBetween(const ReplicaScrape &before, const ReplicaScrape &after)
{
    const double seconds = (after.atMs - before.atMs) / 1000.0;
    if (!(seconds > 0) || after.requests < before.requests || after.errors < before.errors)
        return std::nullopt;
    ReplicaRates rates;
    const double answered = after.requests - before.requests;
    rates.rps = answered / seconds;
    rates.errorRate = answered > 0 ? (after.errors - before.errors) / answered : 0.0;
    // Same bucket layout: the histogram of the interval is the difference.
    if (before.buckets.size() == after.buckets.size()) {
        QList<std::pair<double, double>> delta;
        for (qsizetype i = 0; i < after.buckets.size(); ++i) {
            if (after.buckets.at(i).first != before.buckets.at(i).first
                || after.buckets.at(i).second < before.buckets.at(i).second)
                return std::nullopt;
            delta.append({after.buckets.at(i).first,
                after.buckets.at(i).second - before.buckets.at(i).second});
        }
        rates.p95Seconds = histogramQuantile(0.95, delta);
    }
    return rates;
}
