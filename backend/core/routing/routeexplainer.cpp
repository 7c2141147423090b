#include "backend/core/routing/routeexplainer.h"

#include "backend/core/residency/placementquery.h"
#include "backend/core/residency/policyevaluator.h"

#include <cmath>

QString RouteExplainer::reasonName(Unavailability reason)
{
    switch (reason) {
    case Unavailability::Unhealthy:
        return QStringLiteral("unhealthy");
    case Unavailability::NotProbed:
        return QStringLiteral("not_probed");
    case Unavailability::Draining:
        return QStringLiteral("draining");
    case Unavailability::Recovering:
        return QStringLiteral("recovering");
    case Unavailability::AtCapacity:
        return QStringLiteral("at_capacity");
    case Unavailability::Outlier:
        return QStringLiteral("outlier");
    case Unavailability::Overridden:
        return QStringLiteral("override");
    }
    return QStringLiteral("unhealthy");
}

namespace {

QString stateSentence(Unavailability reason)
{
    switch (reason) {
    case Unavailability::Unhealthy:
        return QStringLiteral("allowed, but unhealthy");
    case Unavailability::NotProbed:
        return QStringLiteral("allowed, but not probed yet");
    case Unavailability::Draining:
        return QStringLiteral("allowed, but draining");
    case Unavailability::Recovering:
        return QStringLiteral("allowed, but recovering (failback hold-down)");
    case Unavailability::AtCapacity:
        return QStringLiteral("allowed, but at capacity while another allowed pod has headroom");
    case Unavailability::Outlier:
        return QStringLiteral("allowed, but ejected for answering errors while another allowed "
                              "pod can serve");
    case Unavailability::Overridden:
        return QStringLiteral("allowed, but an override sends this district elsewhere");
    }
    return {};
}

QString tierName(int tier)
{
    static const char *const names[]
        = {"own edge pod", "primary", "compliance pod", "another district's edge pod", "backup"};
    return QString::fromLatin1(names[std::clamp(tier, 0, 4)]);
}

QString classList(const QList<DataClass> &classes)
{
    QStringList names;
    for (const DataClass cls : classes)
        names.append(dataClassName(cls));
    return names.isEmpty() ? QStringLiteral("no regulated data") : names.join(QStringLiteral(", "));
}

// Would a consent naming @p region for each denied class make @p pod allowed?
QList<DataClass> consentsThatWouldAllow(const RoutingDistrict &district, const RoutingPod &pod,
    const PolicyEvaluator &evaluator, const QDateTime &now)
{
    RoutingDistrict hypothetical = district;
    PlacementQuery query;
    query.districtId = district.id;
    query.districtJurisdiction = district.jurisdiction;
    query.targetRegionId = pod.region;
    query.targetJurisdiction = pod.jurisdiction;
    query.targetCertifications = pod.certifications;
    QList<DataClass> needed;
    for (const DataClass cls : district.requestClasses) {
        query.dataClass = cls;
        if (evaluator.evaluate(query, hypothetical.consents, now).allowed)
            continue;
        Consent consent;
        consent.id = QStringLiteral("hypothetical");
        consent.districtId = district.id;
        consent.dataClass = cls;
        consent.regionId = pod.region;
        consent.expires = now.addYears(1);
        hypothetical.consents.append(consent);
        if (!evaluator.evaluate(query, hypothetical.consents, now).allowed)
            return {};
        needed.append(cls);
    }
    return needed;
}

} // namespace

RouteDecision RouteExplainer::explain(const RoutingDistrict &district,
    const QList<PodCandidacy> &candidacies, const Route &route, const QList<RoutingPod> &pods,
    const PolicyEvaluator &evaluator, const QDateTime &now)
{
    RouteDecision d;
    d.district = district.id;
    d.failClosed = route.failsClosed();
    int allowedCount = 0;
    for (const auto &c : candidacies)
        allowedCount += c.allowed ? 1 : 0;
    d.explanation.append(QStringLiteral("residency allows %1 of %2 pods for %3")
                             .arg(allowedCount)
                             .arg(pods.size())
                             .arg(classList(district.requestClasses)));
    const auto candidacyOf = [&candidacies](int pod) {
        for (const auto &c : candidacies) {
            if (c.pod == pod)
                return c;
        }
        return PodCandidacy{};
    };
    if (!route.failsClosed()) {
        const RoutingPod &chosen = pods.at(route.primaryPod());
        d.pod = chosen.id;
        d.region = chosen.region;
        d.endpoint = chosen.endpoint;
        for (const auto &w : route.weights) {
            const RoutingPod &pod = pods.at(w.pod);
            const PodCandidacy c = candidacyOf(w.pod);
            d.weights.append({pod.id, w.weight});
            QString line
                = QStringLiteral("%1 (%2 in %3, %4 km%5): %6 %")
                      .arg(pod.id, tierName(c.tier), pod.region)
                      .arg(qRound(c.distanceKm))
                      .arg(c.measuredMs >= 0 ? QStringLiteral(", measured %1 ms")
                                                   .arg(QString::number(c.measuredMs, 'f', 1))
                                             : QString())
                      .arg(w.weight);
            if (pod.ramp < 1.0)
                line += QStringLiteral(", failing back at %1 % of its share")
                            .arg(qRound(pod.ramp * 100));
            if (!c.consentIds.isEmpty())
                line += QStringLiteral(", allowed by consent %1")
                            .arg(c.consentIds.join(QStringLiteral(", ")));
            d.explanation.append(line);
        }
        if (route.overCapacity)
            d.explanation.append(QStringLiteral(
                "every allowed pod is at capacity: served above capacity rather than elsewhere"));
    }
    for (const int pod : route.fallbacks)
        d.fallbacks.append(pods.at(pod).id);
    for (const auto &out : route.unavailable) {
        const RoutingPod &pod = pods.at(out.pod);
        d.excluded.append({pod.id, pod.region, reasonName(out.reason), QString(), QString(),
            stateSentence(out.reason)});
    }
    for (const auto &c : candidacies) {
        if (c.allowed)
            continue;
        const RoutingPod &pod = pods.at(c.pod);
        d.excluded.append({pod.id, pod.region, QStringLiteral("residency"), c.ruleId,
            dataClassName(c.deniedClass),
            QStringLiteral("%1 data may not go to %2 (%3) under rule %4")
                .arg(dataClassName(c.deniedClass), pod.id, pod.jurisdiction, c.ruleId)});
    }
    if (!d.failClosed)
        return d;

    // Fail closed: say which allowed pods exist and why each is out, and what would fix it.
    QStringList restore;
    for (const auto &out : route.unavailable) {
        const QString &region = pods.at(out.pod).region;
        if (!restore.contains(region))
            restore.append(region);
    }
    for (const auto &region : std::as_const(restore))
        d.fixes.append(QStringLiteral("restore region %1: its allowed pods are out").arg(region));
    QStringList consentRegions;
    for (const auto &c : candidacies) {
        const RoutingPod &pod = pods.at(c.pod);
        if (c.allowed || consentRegions.contains(pod.region) || pod.health == HealthState::Unhealthy
            || pod.health == HealthState::Unknown || pod.draining)
            continue;
        const auto needed = consentsThatWouldAllow(district, pod, evaluator, now);
        if (needed.isEmpty())
            continue;
        consentRegions.append(pod.region);
        d.fixes.append(QStringLiteral("record a consent from %1 naming region %2 for %3")
                           .arg(district.id, pod.region, classList(needed)));
    }
    if (d.fixes.isEmpty())
        d.fixes.append(QStringLiteral("deploy a pod where the policy allows %1 of %2 (see GET "
                                      "/residency/scope/%2)")
                           .arg(classList(district.requestClasses), district.id));
    d.explanation.append(allowedCount == 0
            ? QStringLiteral("fails closed: no pod is in a place the policy allows")
            : QStringLiteral("fails closed: every allowed pod is out"));
    return d;
}
