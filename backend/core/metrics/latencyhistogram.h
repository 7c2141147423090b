#pragma once

#include <QtGlobal>

#include <array>

/**
 * A Prometheus-style latency histogram with fixed buckets (0.5 ms … 5 s): what the daemon
 * exposes for its own API requests and health probes. Counts per bucket are not cumulative
 * here; the exposition adds them up. Plain value; callers guard it if threads share one.
 */
struct LatencyHistogram
{
    static constexpr std::array<double, 13> kBounds{
        0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5};

    std::array<quint64, kBounds.size() + 1> counts{}; // the last: above every bound (+Inf)
    double sum = 0; // seconds
    quint64 count = 0;

    void observe(double seconds)
    {
        std::size_t i = 0;
        while (i < kBounds.size() && seconds > kBounds[i])
            ++i;
        ++counts[i];
        sum += seconds;
        ++count;
    }
};
