// RoutingTable's judgement of overrides: which districts one covers and whether residency and
// the safety rule allow it (the planning is in routingtable.cpp's planWith()). Keeping,
// auditing and lapsing them is OverrideService's.
#include "backend/core/audit/auditrecord.h"
#include "backend/services/auditlog.h"
#include "backend/services/logging.h"
#include "backend/services/overrideservice.h"
#include "backend/services/podmanager.h"
#include "backend/services/routingtable.h"
#include "backend/services/serviceerror.h"

#include <QJsonObject>

namespace {

QString podOf(const Route &route, const QList<RoutingPod> &pods)
{
    return route.failsClosed() ? QString() : pods.at(route.primaryPod()).id;
}

} // namespace

RoutingOverride RoutingTable::addOverride(RoutingOverride o, const QString &actor)
{
    // Which districts: the one named, or those the region serves now.
    if (!o.scopeDistrict.isEmpty()) {
        if (!m_entryByDistrict.contains(o.scopeDistrict))
            throw ServiceError(ServiceError::Kind::NotFound,
                QStringLiteral("no district '%1'").arg(o.scopeDistrict),
                QStringLiteral("district"));
        o.districts = {o.scopeDistrict};
    } else {
        if (!m_pods.region(o.scopeRegion))
            throw ServiceError(ServiceError::Kind::NotFound,
                QStringLiteral("no region '%1'").arg(o.scopeRegion), QStringLiteral("region"));
        for (const auto &entry : std::as_const(m_entries)) {
            if (entry.decision.region == o.scopeRegion)
                o.districts.append(entry.district.id);
        }
        if (o.districts.isEmpty())
            throw ServiceError(ServiceError::Kind::Conflict,
                QStringLiteral("region '%1' serves no district now; nothing to override")
                    .arg(o.scopeRegion),
                QStringLiteral("region"));
    }
    const QString targetField
        = o.targetPod.isEmpty() ? QStringLiteral("target_region") : QStringLiteral("target_pod");
    const bool targetExists = std::any_of(m_routingPods.cbegin(), m_routingPods.cend(),
        [&](const RoutingPod &pod) { return o.targets(pod); });
    if (!targetExists)
        throw ServiceError(ServiceError::Kind::NotFound,
            o.targetPod.isEmpty() ? QStringLiteral("region '%1' has no pods").arg(o.targetRegion)
                                  : QStringLiteral("no pod '%1'").arg(o.targetPod),
            targetField);

    // Residency first (naming the rule), then the safety rule, for every district covered.
    QJsonObject before;
    QJsonObject after;
    for (const auto &id : std::as_const(o.districts)) {
        const Entry &entry = m_entries.at(m_entryByDistrict.value(id));
        const PodCandidacy *denied = nullptr;
        bool allowed = false;
        for (const auto &c : entry.candidacies) {
            if (!o.targets(m_routingPods.at(c.pod)))
                continue;
            allowed = allowed || c.allowed;
            if (!c.allowed && !denied)
                denied = &c;
        }
        if (!allowed) {
            const RoutingPod &pod = m_routingPods.at(denied->pod);
            throw ServiceError(ServiceError::Kind::Forbidden,
                QStringLiteral("policy rule '%1' forbids %2 data of '%3' on %4 (%5 in %6); an "
                               "override never moves traffic out of the places residency allows")
                    .arg(denied->ruleId, dataClassName(denied->deniedClass), id, pod.id,
                        pod.jurisdiction, pod.region),
                targetField);
        }
        const auto [route, applied] = planWith(entry, &o);
        if (!applied && !route.failsClosed())
            throw ServiceError(ServiceError::Kind::Conflict,
                (o.targetPod.isEmpty()
                        ? QStringLiteral("no pod of region %1 that residency allows for '%2' is "
                                         "available now")
                              .arg(o.targetRegion, id)
                        : QStringLiteral("pod %1 is not available now (unhealthy, draining, "
                                         "recovering or full)")
                              .arg(o.targetPod))
                    + QStringLiteral(", while %1 serves '%2': the override would leave it "
                                     "without a healthy allowed pod")
                          .arg(podOf(route, m_routingPods), id),
                targetField);
        before.insert(id, podOf(entry.route, m_routingPods));
        after.insert(id, podOf(route, m_routingPods));
    }

    o = m_overrides.record(std::move(o), actor, before, after);
    replan(entriesOf(o.districts), RouteReason::Override);
    return o;
}

void RoutingTable::removeOverride(const QString &id, const QString &actor)
{
    const RoutingOverride ended = m_overrides.end(id, actor);
    replan(entriesOf(ended.districts), RouteReason::OverrideRemoved);
}

QSet<int> RoutingTable::entriesOf(const QStringList &districts) const
{
    QSet<int> entries;
    for (const auto &district : districts) {
        if (const auto entry = m_entryByDistrict.constFind(district);
            entry != m_entryByDistrict.cend())
            entries.insert(*entry);
    }
    return entries;
}
