#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

/**
 * A reader for the Prometheus text exposition format (version 0.0.4), for the daemon's scrapes
 * of its pods' /metrics (issue #9). Strict like Prometheus itself: one bad line refuses the
 * whole scrape, naming the line and why. Bounded: the body, the number of samples and the
 * labels per sample have limits, so a hostile or broken agent costs bounded memory.
 */
class PrometheusText
{
public:
    struct Sample
    {
        QByteArray name;
        QList<std::pair<QByteArray, QString>> labels; // in the order written
        double value = 0;
        std::optional<qint64> timestampMs;

        /** The value of label @p name, or a null string. */
        QString label(QByteArrayView name) const;
        friend bool operator==(const Sample &, const Sample &) = default;
    };

    struct Limits
    {
        qsizetype maxBytes = 4 * 1024 * 1024;
        int maxSamples = 20000;
        int maxLabels = 64;
    };

    struct Error
    {
        int line = 0; // 1-based; 0: the body as a whole
        QString reason;
    };

    /** The samples of @p body, or nullopt with @p error set. # HELP and # TYPE lines are
     *  checked and skipped; other comments and blank lines are ignored. */
    static std::optional<QList<Sample>> parse(
        QByteArrayView body, Error *error, const Limits &limits);
    static std::optional<QList<Sample>> parse(QByteArrayView body, Error *error = nullptr);

    /** One sample as an exposition line (no newline); parse() reads it back to the same. */
    static QByteArray render(const Sample &sample);

    static bool isMetricName(QByteArrayView name);
    static bool isLabelName(QByteArrayView name);
};
