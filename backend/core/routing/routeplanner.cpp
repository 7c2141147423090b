#include "backend/core/routing/routeplanner.h"

#include "backend/core/geo.h"
#include "backend/core/residency/placementquery.h"
#include "backend/core/residency/policyevaluator.h"

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

QList<PodCandidacy> RoutePlanner::judge(const RoutingDistrict &district,
    const QList<RoutingPod> &pods, const PolicyEvaluator &evaluator, const QDateTime &now)
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
        c.distanceKm = greatCircleKm(
            district.latitude, district.longitude, pod.latitude, pod.longitude);
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

// Largest-remainder rounding of shares (summing to 1) to integer weights summing to 100.
void roundWeights(QList<Route::Weight> &weights, const QList<double> &shares)
{
    int total = 0;
    QList<std::pair<double, int>> remainders;
    for (int i = 0; i < weights.size(); ++i) {
        const double exact = shares.at(i) * 100.0;
        weights[i].weight = int(std::floor(exact));
        total += weights[i].weight;
        remainders.append({exact - weights[i].weight, i});
    }
    std::stable_sort(remainders.begin(), remainders.end(),
        [](const auto &a, const auto &b) { return a.first > b.first; });
    for (int k = 0; total < 100 && k < remainders.size(); ++k, ++total)
        ++weights[remainders.at(k).second].weight;
}

} // namespace

Route RoutePlanner::plan(
    const QList<PodCandidacy> &candidacies, const QList<RoutingPod> &pods) const
{
    Route route;
    // Members of each priority level, as indices into candidacies.
    struct Level
    {
        int tier = 0;
        QString region;
        double total = 0; // nominal capacity of every member
        QList<int> members; // available ones
    };
    QList<Level> levels;
    QList<int> full; // available but at capacity
    for (int i = 0; i < candidacies.size() && candidacies.at(i).allowed; ++i) {
        const PodCandidacy &c = candidacies.at(i);
        const RoutingPod &pod = pods.at(c.pod);
        if (levels.isEmpty() || levels.constLast().tier != c.tier
            || levels.constLast().region != pod.region) {
            levels.append({c.tier, pod.region, 0, {}});
        }
        Level &level = levels.last();
        level.total += std::max(pod.nominalRps, pod.capacityRps);
        if (const auto out = unavailability(pod)) {
            route.unavailable.append({c.pod, *out});
        } else if (pod.loadRps >= pod.capacityRps) {
            full.append(c.pod);
            level.members.append(c.pod);
        } else {
            level.members.append(c.pod);
        }
    }
    // A full pod is out while another allowed pod has headroom; when all are full, serve anyway.
    const bool allFull = std::all_of(levels.cbegin(), levels.cend(), [&](const Level &level) {
        return std::all_of(level.members.cbegin(), level.members.cend(),
            [&](int pod) { return full.contains(pod); });
    });
    route.overCapacity = allFull && !full.isEmpty();
    if (!allFull) {
        for (const int pod : std::as_const(full))
            route.unavailable.append({pod, Unavailability::AtCapacity});
        for (Level &level : levels)
            level.members.removeIf([&](int pod) { return full.contains(pod); });
    }

    QList<double> shares;
    double remaining = 1.0;
    double given = 0;
    for (const Level &level : std::as_const(levels)) {
        if (level.members.isEmpty() || remaining <= 0) {
            for (const int pod : level.members)
                route.fallbacks.append(pod);
            continue;
        }
        double steady = 0;
        double ramping = 0;
        double headroom = 0;
        for (const int pod : level.members) {
            const RoutingPod &p = pods.at(pod);
            (p.ramp >= 1.0 ? steady : ramping) += p.capacityRps * std::min(p.ramp, 1.0);
            headroom += std::max(0.0, p.capacityRps * std::min(p.ramp, 1.0) - p.loadRps);
        }
        const double total = level.total > 0 ? level.total : steady + ramping;
        const double health = total > 0
            ? std::min(1.0, steady / total * m_settings.overprovisioningFactor + ramping / total)
            : 0.0;
        const double share = std::min(remaining, health);
        remaining -= share;
        given += share;
        for (const int pod : level.members) {
            const RoutingPod &p = pods.at(pod);
            const double capacity = p.capacityRps * std::min(p.ramp, 1.0);
            const double part = headroom > 0 ? std::max(0.0, capacity - p.loadRps) / headroom
                                             : capacity / std::max(steady + ramping, 1e-9);
            route.weights.append({pod, 0});
            shares.append(share * part);
        }
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
    std::stable_sort(route.weights.begin(), route.weights.end(),
        [](const auto &a, const auto &b) { return a.weight > b.weight; });
    return route;
}
