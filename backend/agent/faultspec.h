#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

/** A fault a failover drill injects into one agent (the body of POST /faults). */
struct FaultSpec
{
    /** MetricsFlood plays a hostile replica: GET /metrics answers a body far over any
     *  scraper's limit (metricsFloodBytes), so the daemon must cut it off, not buffer it. */
    enum class Mode { None, Crash, Hang, Latency, Errors, MetricsFlood };

    /** Why a POST /faults body was refused, naming the offending field. */
    struct Error
    {
        QString field;
        QString reason;
    };

    Mode mode = Mode::None;
    int latencyMs = 0; // only for Mode::Latency
    double errorRate = 0.0; // only for Mode::Errors, 0..1
    std::optional<double> durationS; // auto-clear after this long; none = until replaced

    /** Parses a POST /faults body; returns nothing and fills `error` when it is invalid. */
    static std::optional<FaultSpec> parse(const QByteArray &json, Error *error);
    /** "none", "crash", "hang", "latency", "errors" or "metrics_flood". */
    static QString modeName(Mode mode);
    /** {"mode","latency_ms","error_rate","duration_s"} with duration_s null when unset. */
    QJsonObject toJson() const;

    static constexpr int maxLatencyMs = 600'000;
    static constexpr qsizetype metricsFloodBytes = 16 * 1024 * 1024;
    static constexpr double maxDurationS = 86'400.0;
};
