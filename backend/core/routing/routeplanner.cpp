#include "backend/core/routing/routeplanner.h"

#include "backend/core/geo.h"
#include "backend/core/residency/placementquery.h"
#include "backend/core/residency/policyevaluator.h"

#include <QVarLengthArray>

#include <algorithm>
#include <cmath>

RoutePlanner::RoutePlanner(RoutingSettings settings)
    : m_settings(settings)
{ }

int RoutePlanner::tierOf(const RoutingPod &pod, const QString &districtJurisdiction)
{
    switch (pod.type) {
    case PodType::Edge:
        return pod.jurisdiction == districtJurisdiction ? 0 : 3;
    case PodType::Primary:
        return 1;
    case PodType::Compliance:
        return 2;
    case PodType::Backup:
        return 4;
    }
    return 4;
}

int RoutePlanner::latencyBand(double ms)
{
    return int(std::floor(std::log(std::max(ms, 1.0)) / std::log(1.25)));
}

QList<PodCandidacy> RoutePlanner::judge(const RoutingDistrict &district,
    const QList<RoutingPod> &pods, const PolicyEvaluator &evaluator, const QDateTime &now,
    const MeasuredLatency &measured, double typicalServeMs)
{
    QList<PodCandidacy> allowed;
    QList<PodCandidacy> denied;
    PlacementQuery query;
    query.districtId = district.id;
    query.districtJurisdiction = district.jurisdiction;
    for (int i = 0; i < pods.size(); ++i) {
        const RoutingPod &pod = pods.at(i);
        PodCandidacy c;
        c.pod = i;
        c.tier = tierOf(pod, district.jurisdiction);
        c.distanceKm
            = greatCircleKm(district.latitude, district.longitude, pod.latitude, pod.longitude);
        c.measuredMs = measured ? measured(i) : -1;
        // Unmeasured: as far as it is, serving as fast as the fleet's pods typically do, so a
        // measured pod is compared with its alternatives like for like.
        c.rankMs
            = c.measuredMs >= 0 ? c.measuredMs : modeledRoundTripMs(c.distanceKm, typicalServeMs);
        c.allowed = true;
        query.targetRegionId = pod.region;
        query.targetJurisdiction = pod.jurisdiction;
        query.targetCertifications = pod.certifications;
        for (const DataClass cls : district.requestClasses) {
            query.dataClass = cls;
            const Verdict verdict = evaluator.evaluate(query, district.consents, now);
            c.ruleId = verdict.ruleId;
            if (!verdict.allowed) {
                c.allowed = false;
                c.deniedClass = cls;
                c.consentIds.clear();
                break;
            }
            c.consentIds += verdict.consentIds;
        }
        (c.allowed ? allowed : denied).append(c);
    }
    std::stable_sort(allowed.begin(), allowed.end(), [&pods](const auto &a, const auto &b) {
        if (a.tier != b.tier)
            return a.tier < b.tier;
        if (const int ba = latencyBand(a.rankMs), bb = latencyBand(b.rankMs); ba != bb)
            return ba < bb;
        if (a.distanceKm != b.distanceKm)
            return a.distanceKm < b.distanceKm;
        return pods.at(a.pod).id < pods.at(b.pod).id;
    });
    return allowed + denied;
}

namespace {

std::optional<Unavailability> unavailability(const RoutingPod &pod)
{
    if (pod.draining)
        return Unavailability::Draining;
    if (pod.health == HealthState::Unknown)
        return Unavailability::NotProbed;
    if (pod.health == HealthState::Unhealthy || pod.capacityRps <= 0)
        return Unavailability::Unhealthy;
    if (pod.ramp <= 0)
        return Unavailability::Recovering;
    return std::nullopt;
}

// Available, but out while another allowed pod can serve: ejected as an outlier, or full.
std::optional<Unavailability> softUnavailability(const RoutingPod &pod)
{
    if (pod.outlier)
        return Unavailability::Outlier;
    if (pod.loadRps >= pod.capacityRps)
        return Unavailability::AtCapacity;
    return std::nullopt;
}

// Largest-remainder rounding of shares (summing to 1) to integer weights summing to 100.
void roundWeights(QList<Route::Weight> &weights, const QVarLengthArray<double, 32> &shares)
{
    int total = 0;
    QVarLengthArray<std::pair<double, int>, 32> remainders;
    for (int i = 0; i < weights.size(); ++i) {
        const double exact = shares.at(i) * 100.0;
        weights[i].weight = int(std::floor(exact));
        total += weights[i].weight;
        remainders.append({exact - weights[i].weight, i});
    }
    // Ties go to the earlier (better-ranked) pod; std::sort with the index as tie-break is
    // stable without std::stable_sort's heap buffer.
    std::sort(remainders.begin(), remainders.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    for (int k = 0; total < 100 && k < remainders.size(); ++k, ++total)
        ++weights[remainders.at(k).second].weight;
}

} // namespace

Route RoutePlanner::plan(
    const QList<PodCandidacy> &candidacies, const QList<RoutingPod> &pods) const
{
    Route route;
    // The allowed pods in rank order, each with its priority level (tier, region). Stack
    // buffers: a district has a few dozen allowed pods, and plan() runs on every health change.
    struct Member
    {
        int pod;
        int level;
        std::optional<Unavailability> soft; // available but full or ejected
    };
    struct Level
    {
        double total = 0; // nominal capacity of every allowed pod in it, available or not
        int firstRank = 0;
    };
    QVarLengthArray<Member, 32> members;
    QVarLengthArray<Level, 16> levels;
    int lastTier = -1;
    const QString *lastRegion = nullptr;
    int fullCount = 0;
    for (int i = 0; i < candidacies.size() && candidacies.at(i).allowed; ++i) {
        const PodCandidacy &c = candidacies.at(i);
        const RoutingPod &pod = pods.at(c.pod);
        if (levels.isEmpty() || lastTier != c.tier || *lastRegion != pod.region) {
            levels.append(Level{0, i});
            lastTier = c.tier;
            lastRegion = &pod.region;
        }
        levels.last().total += std::max(pod.nominalRps, pod.capacityRps);
        if (const auto out = unavailability(pod)) {
            route.unavailable.append({c.pod, *out});
            continue;
        }
        const auto soft = softUnavailability(pod);
        fullCount += soft ? 1 : 0;
        members.append({c.pod, int(levels.size()) - 1, soft});
    }
    // A full or ejected pod is out while another allowed pod can serve; when all are, serve
    // anyway (never fail closed for load or errors alone).
    const bool allFull = fullCount == members.size();
    route.overCapacity = allFull && fullCount > 0;
    if (!allFull) {
        for (const Member &m : std::as_const(members)) {
            if (m.soft)
                route.unavailable.append({m.pod, *m.soft});
        }
        members.removeIf([](const Member &m) { return m.soft.has_value(); });
    }

    route.weights.reserve(members.size());
    QVarLengthArray<double, 32> shares;
    double remaining = 1.0;
    double given = 0;
    for (qsizetype first = 0; first < members.size();) {
        const int level = members.at(first).level;
        qsizetype end = first;
        while (end < members.size() && members.at(end).level == level)
            ++end;
        if (remaining <= 0) {
            for (qsizetype k = first; k < end; ++k)
                route.fallbacks.append(members.at(k).pod);
            first = end;
            continue;
        }
        double steady = 0;
        double ramping = 0;
        double headroom = 0;
        for (qsizetype k = first; k < end; ++k) {
            const RoutingPod &p = pods.at(members.at(k).pod);
            (p.ramp >= 1.0 ? steady : ramping) += p.capacityRps * std::min(p.ramp, 1.0);
            headroom += std::max(0.0, p.capacityRps * std::min(p.ramp, 1.0) - p.loadRps);
        }
        const double nominal = levels.at(level).total;
        const double total = nominal > 0 ? nominal : steady + ramping;
        const double health = total > 0
            ? std::min(1.0, steady / total * m_settings.overprovisioningFactor + ramping / total)
            : 0.0;
        const double share = std::min(remaining, health);
        remaining -= share;
        given += share;
        if (remaining <= 0 && route.idleFrom < 0) {
            // Every later level takes nothing, whatever its pods' state.
            route.idleFrom = level + 1 < levels.size() ? levels.at(level + 1).firstRank
                                                       : int(candidacies.size());
        }
        for (qsizetype k = first; k < end; ++k) {
            const int pod = members.at(k).pod;
            const RoutingPod &p = pods.at(pod);
            const double capacity = p.capacityRps * std::min(p.ramp, 1.0);
            const double part = headroom > 0 ? std::max(0.0, capacity - p.loadRps) / headroom
                                             : capacity / std::max(steady + ramping, 1e-9);
            route.weights.append({pod, 0});
            shares.append(share * part);
        }
        first = end;
    }
    if (given <= 0) {
        route.weights.clear();
        return route;
    }
    // Envoy normalises a degraded total (all levels below 100 %) to 100 %.
    for (double &s : shares)
        s /= given;
    roundWeights(route.weights, shares);
    // A pod whose share rounds to nothing is a fallback, not a 0-weight target.
    for (qsizetype i = route.weights.size() - 1; i >= 0; --i) {
        if (route.weights.at(i).weight == 0) {
            route.fallbacks.prepend(route.weights.at(i).pod);
            route.weights.removeAt(i);
        }
    }
    // Highest weight first, rank order among equals (insertion sort: a handful of entries, no
    // allocation, stable).
    for (qsizetype i = 1; i < route.weights.size(); ++i) {
        const Route::Weight w = route.weights.at(i);
        qsizetype j = i;
        for (; j > 0 && route.weights.at(j - 1).weight < w.weight; --j)
            route.weights[j] = route.weights.at(j - 1);
        route.weights[j] = w;
    }
    return route;
}

bool RoutePlanner::patch(Route &route, const QList<PodCandidacy> &candidacies, int pod,
    const QList<RoutingPod> &pods) const
{
    // Capacity couples every allowed pod (a full pod is out only while another has headroom):
    // that needs the full plan, as does a pod in a level that took a share.
    if (route.overCapacity || route.idleFrom < 0)
        return false;
    for (const auto &out : std::as_const(route.unavailable)) {
        if (out.reason == Unavailability::AtCapacity || out.reason == Unavailability::Outlier)
            return false;
    }
    int rank = 0;
    while (rank < candidacies.size() && candidacies.at(rank).pod != pod)
        ++rank;
    if (rank < route.idleFrom || rank >= candidacies.size() || !candidacies.at(rank).allowed)
        return false;

    const RoutingPod &p = pods.at(pod);
    const auto out = unavailability(p);
    // Available but full while other pods have headroom: out for capacity, listed after the
    // pods that are out for their state (as plan() lists them).
    const auto soft = out ? std::nullopt : softUnavailability(p);
    route.fallbacks.removeOne(pod);
    route.unavailable.removeIf([pod](const Route::Out &o) { return o.pod == pod; });
    if (soft) {
        route.unavailable.append({pod, *soft});
        return true;
    }
    // Both lists follow rank order: walk the candidacies once and insert the pod where its rank
    // puts it.
    qsizetype fallbackAt = 0;
    qsizetype outAt = 0;
    for (int i = 0; i < rank; ++i) {
        const int c = candidacies.at(i).pod;
        if (fallbackAt < route.fallbacks.size() && route.fallbacks.at(fallbackAt) == c)
            ++fallbackAt;
        else if (outAt < route.unavailable.size() && route.unavailable.at(outAt).pod == c)
            ++outAt;
    }
    if (out)
        route.unavailable.insert(outAt, {pod, *out});
    else
        route.fallbacks.insert(fallbackAt, pod);
    return true;
}
