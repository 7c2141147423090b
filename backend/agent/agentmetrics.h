#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

#include <array>

/** The agent's Prometheus metrics: inference counters and latency histogram, rendered as text. */
class AgentMetrics
{
public:
    /** Identity labels put on every sample (pod, region, replica) and on rp_agent_up. */
    AgentMetrics(const QString &pod, const QString &region, int replica, const QString &instance,
        const QString &modelVersion);

    /** Counts one answered /v1/infer request with its status and the time it took. */
    void recordInference(int status, double seconds);

    /** Text exposition format 0.0.4 with the current gauges; never fails. */
    QByteArray render(qint64 inFlight, double capacityRps, bool draining) const;

    static constexpr std::array<double, 11> bucketBounds{
        0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0};
    static constexpr const char *contentType = "text/plain; version=0.0.4; charset=utf-8";

    /** Escapes a label value (backslash, double quote, newline) for the text format. */
    static QByteArray escapeLabel(const QString &value);

private:
    QByteArray m_labels; // pod="…",region="…",replica="…"
    QByteArray m_upLabels; // m_labels plus instance and model_version
    QMap<int, quint64> m_byStatus;
    std::array<quint64, bucketBounds.size()> m_buckets{}; // per bucket, not cumulative
    double m_sum = 0.0;
    quint64 m_count = 0;
};
