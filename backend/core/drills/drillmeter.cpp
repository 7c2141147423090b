#include "backend/core/drills/drillmeter.h"

#include <QDateTime>

namespace {

DrillStep step(qint64 tMs, const char *kind, const QString &district, const QString &pod,
    const QString &detail)
{
    return DrillStep{QDateTime(), tMs, QString::fromLatin1(kind), district, pod, detail};
}

} // namespace

DrillMeter::DrillMeter(const QStringList &blastPods,
    const QList<DrillPreflight::District> &affected, DrillTargets targets, int slowMs)
    : m_blast(blastPods.cbegin(), blastPods.cend())
    , m_targets(targets)
    , m_slowMs(slowMs)
{
    for (const auto &d : affected) {
        PerDistrict per;
        per.result.district = d.district;
        per.result.fromPod = d.fromPod;
        per.result.expectedPod = d.toPod;
        per.result.toPod = d.fromPod;
        m_index.insert(d.district, m_districts.size());
        m_districts.append(per);
    }
}

DrillMeter::PerDistrict *DrillMeter::find(const QString &district)
{
    const auto it = m_index.constFind(district);
    return it == m_index.cend() ? nullptr : &m_districts[*it];
}

QList<DrillStep> DrillMeter::podDown(const QString &pod, qint64 tMs)
{
    QList<DrillStep> steps;
    if (!m_blast.contains(pod) || m_podDownMs.contains(pod))
        return steps;
    m_podDownMs.insert(pod, tMs);
    steps.append(step(tMs, "detected", {}, pod,
        QStringLiteral("the fleet marked %1 down %2 ms after the fault").arg(pod).arg(tMs)));
    for (auto &d : m_districts)
        if (d.result.fromPod == pod && d.result.detectionMs < 0)
            d.result.detectionMs = tMs;
    return steps;
}

QList<DrillStep> DrillMeter::routeChanged(
    const QString &district, const QString &from, const QString &to, qint64 tMs)
{
    QList<DrillStep> steps;
    PerDistrict *d = find(district);
    if (!d || tMs < 0)
        return steps;
    if (to == d->result.toPod && to.isEmpty() == d->result.failedClosed)
        return steps;
    // Faults land one pod after another: a district may move to a pod the drill takes down
    // next. The first move off its own pod is the reroute; where it ends up is the result.
    if (d->result.rerouteMs < 0 && to != d->result.fromPod)
        d->result.rerouteMs = tMs;
    d->result.toPod = to;
    d->result.failedClosed = to.isEmpty();
    const QString was = from.isEmpty() ? QStringLiteral("none") : from;
    steps.append(step(tMs, to.isEmpty() ? "fail_closed" : "rerouted", district, to,
        to.isEmpty()
            ? QStringLiteral("%1 fails closed: no pod its policy allows is up (it was on %2)")
                  .arg(district, was)
            : QStringLiteral("%1 moved from %2 to %3").arg(district, was, to)));
    return steps;
}

QList<DrillStep> DrillMeter::probe(const QString &district, qint64 tMs, const QString &pod, bool ok,
    double latencyMs, bool allowed)
{
    QList<DrillStep> steps;
    PerDistrict *d = find(district);
    if (!d)
        return steps;
    ++m_probes;
    ++d->result.probes;
    if (!ok) {
        ++m_failed;
        ++d->result.failedProbes;
    } else if (latencyMs > m_slowMs) {
        ++d->result.slowProbes;
    }
    if (!pod.isEmpty() && !allowed) {
        ++m_outOfZone;
        ++d->result.outOfZone;
        steps.append(step(tMs, "out_of_zone", district, pod,
            QStringLiteral("a probe of %1 was routed to %2, which its policy does not allow")
                .arg(district, pod)));
    }
    // A district the preflight said fails closed has no route by law, not by fault: its
    // probes count for it, not toward the failure-rate stop condition.
    if (!(pod.isEmpty() && d->result.expectedPod.isEmpty()))
        m_recent.emplace_back(tMs, !ok);
    while (m_recent.size() > 10'000)
        m_recent.pop_front();
    if (tMs < 0)
        return steps;
    if (!ok && d->firstFailedMs < 0) {
        d->firstFailedMs = tMs;
        d->result.firstFailedProbeMs = tMs;
        steps.append(step(tMs, "first_failed_probe", district, pod,
            pod.isEmpty() ? QStringLiteral("%1 has no route").arg(district)
                          : QStringLiteral("a probe of %1 to %2 failed").arg(district, pod)));
    } else if (ok && d->firstFailedMs >= 0 && d->firstGoodAfterMs < 0) {
        d->firstGoodAfterMs = tMs;
        d->result.rtoMs = tMs - d->firstFailedMs;
        steps.append(step(tMs, "first_good_probe", district, pod,
            QStringLiteral("%1 is served again by %2, %3 ms after its first failed probe")
                .arg(district, pod)
                .arg(d->result.rtoMs)));
    }
    return steps;
}

double DrillMeter::failureRate(qint64 nowMs, qint64 windowMs) const
{
    int sent = 0;
    int failed = 0;
    for (auto it = m_recent.crbegin(); it != m_recent.crend(); ++it) {
        if (it->first <= nowMs - windowMs)
            break;
        if (it->first > nowMs)
            continue;
        ++sent;
        failed += it->second ? 1 : 0;
    }
    return sent == 0 ? 0.0 : double(failed) / sent;
}

QList<DrillDistrictResult> DrillMeter::results() const
{
    QList<DrillDistrictResult> out;
    for (const auto &d : m_districts) {
        DrillDistrictResult r = d.result;
        r.asPredicted = r.toPod == r.expectedPod && r.failedClosed == r.expectedPod.isEmpty();
        if (d.firstFailedMs < 0)
            r.rtoMs = 0; // never failed: served throughout
        const bool detectedInTime = r.detectionMs < 0 || r.detectionMs <= m_targets.detectionMs;
        const bool recovered = r.failedClosed || d.firstFailedMs < 0 || r.rtoMs >= 0;
        const bool rtoInTime = r.rtoMs < 0 || r.rtoMs <= qint64(m_targets.rtoS) * 1000;
        r.meetsTargets = detectedInTime && recovered && rtoInTime && r.outOfZone == 0;
        out.append(r);
    }
    return out;
}
