// RoutingTable: measured client round trips in the ranking (issue #9, "measured latency when
// known"). The table keeps a moving average per district and pod and ranks a district again
// only when a pod moves into another latency band, so a steady stream of measurements costs a
// hash update each, not a re-plan.

#include "backend/services/routingtable.h"

#include <QVarLengthArray>

#include <algorithm>
#include <cmath>

void RoutingTable::recordLatency(const QString &districtId, const QString &podId, double ms)
{
    if (!std::isfinite(ms) || ms < 0)
        return;
    const auto entryIt = m_entryByDistrict.constFind(districtId);
    if (entryIt == m_entryByDistrict.cend())
        return;
    const Entry &entry = m_entries.at(*entryIt);
    const auto c = std::find_if(
        entry.candidacies.cbegin(), entry.candidacies.cend(), [&](const PodCandidacy &candidacy) {
            return candidacy.pod >= 0 && candidacy.pod < m_routingPods.size()
                && m_routingPods.at(candidacy.pod).id == podId;
        });
    if (c == entry.candidacies.cend())
        return;
    LatencySample &sample = m_latency[districtId][podId];
    const bool fresh = sample.atMs == 0;
    sample.averageMs
        = fresh ? ms : sample.averageMs + m_settings.latencySmoothing * (ms - sample.averageMs);
    sample.serveMs
        = std::max(0.0, sample.averageMs - RoutePlanner::modeledRoundTripMs(c->distanceKm, 0));
    sample.atMs = std::max<qint64>(1, m_clock.nowMs());
    // Ranked again only when the pod's band differs from the one its candidacy was ranked by,
    // and by more than 10 %: an average hovering at a band's edge does not re-rank every time
    // it crosses it.
    const double ratio = c->rankMs > 0 ? sample.averageMs / c->rankMs : 2.0;
    if (c->allowed
        && RoutePlanner::latencyBand(sample.averageMs) != RoutePlanner::latencyBand(c->rankMs)
        && (ratio > 1.1 || ratio < 1 / 1.1))
        rejudgeEntry(*entryIt, RouteReason::Latency);
}

double RoutingTable::typicalServeMs() const
{
    const qint64 now = m_clock.nowMs();
    QVarLengthArray<double, 256> serve;
    for (const auto &byPod : m_latency)
        for (const auto &sample : byPod)
            if (now - sample.atMs <= qint64(m_settings.latencyMaxAgeMs))
                serve.append(sample.serveMs);
    if (serve.isEmpty())
        return RoutePlanner::kDefaultServeMs;
    const auto middle = serve.begin() + serve.size() / 2;
    std::nth_element(serve.begin(), middle, serve.end());
    return *middle;
}

double RoutingTable::measuredLatency(const QString &districtId, const QString &podId) const
{
    const auto byPod = m_latency.constFind(districtId);
    if (byPod == m_latency.cend())
        return -1;
    const auto sample = byPod->constFind(podId);
    if (sample == byPod->cend()
        || m_clock.nowMs() - sample->atMs > qint64(m_settings.latencyMaxAgeMs))
        return -1;
    return sample->averageMs;
}

RoutePlanner::MeasuredLatency RoutingTable::measuredFor(const QString &districtId) const
{
    if (!m_latency.contains(districtId))
        return {};
    return [this, districtId](int pod) {
        return pod >= 0 && pod < m_routingPods.size()
            ? measuredLatency(districtId, m_routingPods.at(pod).id)
            : -1.0;
    };
}

void RoutingTable::lapseLatencies()
{
    const qint64 now = m_clock.nowMs();
    QList<int> rerank;
    for (auto district = m_latency.begin(); district != m_latency.end();) {
        bool lapsed = false;
        for (auto sample = district->begin(); sample != district->end();) {
            if (now - sample->atMs > qint64(m_settings.latencyMaxAgeMs)) {
                sample = district->erase(sample);
                lapsed = true;
            } else {
                ++sample;
            }
        }
        if (lapsed)
            if (const auto entry = m_entryByDistrict.constFind(district.key());
                entry != m_entryByDistrict.cend())
                rerank.append(*entry);
        district = district->isEmpty() ? m_latency.erase(district) : std::next(district);
    }
    // Erased first, so each district is judged by distance for the pods that lapsed.
    for (const int entry : std::as_const(rerank))
        rejudgeEntry(entry, RouteReason::Latency);
}
