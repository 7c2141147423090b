#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

/**
 * The answer of GET /routing/{district} (and one row of GET /routing): the pod, the split, the
 * ordered fallbacks and why, including every pod excluded and the rule or state that excluded
 * it. When failClosed, pod/region/endpoint are empty and `fixes` says what would help.
 *
 * Wire shape: {"district", "pod", "region", "endpoint", "weights": [{"pod", "weight"}],
 * "fallbacks": [pod id], "explanation": [text], "excluded": [{"pod", "region", "reason",
 * "rule", "data_class", "detail"}], "fail_closed", "fixes": [text], "override", "table_version"}.
 * "override": the id of the override in force, when one is.
 * Reasons: residency, unhealthy, not_probed, draining, recovering, at_capacity, outlier,
 * override.
 */
struct RouteDecision
{
    struct Weight
    {
        QString pod;
        int weight = 0; // of 100
        friend bool operator==(const Weight &, const Weight &) = default;
    };
    struct Exclusion
    {
        QString pod;
        QString region;
        QString reason;
        QString rule; // residency: the rule that denied; else empty
        QString dataClass; // residency: the class it denied
        QString detail; // one sentence for people
        friend bool operator==(const Exclusion &, const Exclusion &) = default;
    };

    QString district;
    QString pod;
    QString region;
    QString endpoint;
    QList<Weight> weights;
    QStringList fallbacks;
    QStringList explanation;
    QList<Exclusion> excluded;
    bool failClosed = false;
    QStringList fixes;
    QString overrideId; // the override in force for this district ("override"), if any
    qint64 tableVersion = 0;

    QJsonObject toJson() const;
    /** Parses the wire shape; throws ValidationError naming the bad field. */
    static RouteDecision fromJson(const QJsonObject &json);
    friend bool operator==(const RouteDecision &, const RouteDecision &) = default;
};
