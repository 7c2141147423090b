#pragma once

#include "backend/core/drills/drill.h"

#include <QHash>
#include <QSet>

#include <deque>

/**
 * Measures a running drill from what it observes, on times in ms since the fault was injected
 * (the caller's clock: tests feed any times). Per affected district: detection (its pod marked
 * down), reroute (its route left that pod), RTO (first failed probe → first good probe after
 * it), failed, slow and out-of-zone probes. Each observation returns the timeline steps it
 * completes ("first_failed_probe", "detected", "rerouted", "first_good_probe"), once each.
 */
class DrillMeter
{
public:
    DrillMeter(const QStringList &blastPods, const QList<DrillPreflight::District> &affected,
        DrillTargets targets, int slowMs = 1000);

    /** @p pod was marked down by the fleet at @p tMs. */
    QList<DrillStep> podDown(const QString &pod, qint64 tMs);
    /** @p district's pod changed from @p from to @p to ("" = failed closed) at @p tMs: the
     *  first move off its own pod is its reroute time; the last is where it went. */
    QList<DrillStep> routeChanged(
        const QString &district, const QString &from, const QString &to, qint64 tMs);
    /** One synthetic probe of @p district, sent at @p tMs to @p pod ("" = no route): answered
     *  @p ok in @p latencyMs; @p allowed: the pod is one its residency policy allows. */
    QList<DrillStep> probe(const QString &district, qint64 tMs, const QString &pod, bool ok,
        double latencyMs, bool allowed);

    /** Share of probes sent in (nowMs - windowMs, nowMs] that failed (0 without any), leaving
     *  out those of districts failing closed as the preflight said they would. */
    double failureRate(qint64 nowMs, qint64 windowMs) const;
    int outOfZone() const { return m_outOfZone; }
    int probes() const { return m_probes; }
    int failedProbes() const { return m_failed; }
    QList<DrillDistrictResult> results() const;
    const DrillTargets &targets() const { return m_targets; }

private:
    struct PerDistrict
    {
        DrillDistrictResult result;
        qint64 firstFailedMs = -1;
        qint64 firstGoodAfterMs = -1;
    };
    PerDistrict *find(const QString &district);

    QSet<QString> m_blast;
    DrillTargets m_targets;
    int m_slowMs;
    QList<PerDistrict> m_districts;
    QHash<QString, qsizetype> m_index;
    QHash<QString, qint64> m_podDownMs;
    std::deque<std::pair<qint64, bool>> m_recent; // (sent at, failed) for failureRate
    int m_probes = 0;
    int m_failed = 0;
    int m_outOfZone = 0;
};
