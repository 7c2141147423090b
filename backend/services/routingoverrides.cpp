// RoutingTable's overrides: making, ending and lapsing them (the planning is in
// routingtable.cpp's planWith()).
#include "backend/core/audit/auditrecord.h"
#include "backend/services/auditlog.h"
#include "backend/services/logging.h"
#include "backend/services/podmanager.h"
#include "backend/services/routingtable.h"
#include "backend/services/serviceerror.h"
#include "backend/store/overridestore.h"

#include <QJsonArray>
#include <QUuid>

namespace {

const QString kActor = QStringLiteral("system:routing");

QString podOf(const Route &route, const QList<RoutingPod> &pods)
{
    return route.failsClosed() ? QString() : pods.at(route.primaryPod()).id;
}

// The audit record of an override's end; @p why: "removed" or "expired".
AuditRecord endRecord(const RoutingOverride &o, const QString &actor, const QString &why)
{
    AuditRecord record;
    record.actor = actor;
    record.action = QStringLiteral("routing.override_end");
    record.district = o.districts.size() == 1 ? o.districts.constFirst() : QString();
    record.details = {{QStringLiteral("override"), o.id},
        {QStringLiteral("districts"), QJsonArray::fromStringList(o.districts)},
        {QStringLiteral("why"), why}};
    return record;
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

    o.id = QStringLiteral("ov-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    o.actor = actor;
    AuditRecord record;
    record.actor = actor;
    record.action = QStringLiteral("routing.override");
    record.district = o.districts.size() == 1 ? o.districts.constFirst() : QString();
    record.details = {{QStringLiteral("override"), o.toJson()}, {QStringLiteral("before"), before},
        {QStringLiteral("after"), after}};
    m_audit.append(record, [&] { m_overrideStore.insert(o); });
    m_overrides.append(o);
    qCInfo(lcRouting).noquote() << "override" << o.id << "by" << actor << "sends"
                                << o.districts.join(QStringLiteral(", ")) << "to" << o.targetText();
    replan(entriesOf(o.districts), QStringLiteral("override"));
    scheduleOverrideExpiry();
    return o;
}

void RoutingTable::removeOverride(const QString &id, const QString &actor)
{
    const auto it = std::find_if(m_overrides.cbegin(), m_overrides.cend(),
        [&](const RoutingOverride &o) { return o.id == id; });
    if (it == m_overrides.cend())
        throw ServiceError(ServiceError::Kind::NotFound,
            QStringLiteral("no override '%1' in force").arg(id), QStringLiteral("id"));
    const RoutingOverride ended = *it;
    m_audit.append(endRecord(ended, actor, QStringLiteral("removed")),
        [&] { m_overrideStore.end(ended.id, actor); });
    m_overrides.erase(it);
    replan(entriesOf(ended.districts), QStringLiteral("override removed"));
    scheduleOverrideExpiry();
}

void RoutingTable::lapseOverrides()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSet<int> affected;
    for (qsizetype i = m_overrides.size() - 1; i >= 0; --i) {
        const RoutingOverride o = m_overrides.at(i);
        if (!o.expiredAt(now))
            continue;
        try {
            m_audit.append(endRecord(o, kActor, QStringLiteral("expired")),
                [&] { m_overrideStore.end(o.id, kActor); });
        } catch (const std::exception &e) {
            // It lapses in the table all the same: an expired override must not keep routing.
            qCCritical(lcRouting) << "cannot record that override" << o.id
                                  << "expired:" << e.what();
        }
        qCInfo(lcRouting).noquote() << "override" << o.id << "expired";
        m_overrides.removeAt(i);
        affected.unite(entriesOf(o.districts));
    }
    if (!affected.isEmpty())
        replan(affected, QStringLiteral("override expired"));
    scheduleOverrideExpiry();
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

void RoutingTable::scheduleOverrideExpiry()
{
    m_overrideTimer.stop();
    QDateTime next;
    for (const auto &o : std::as_const(m_overrides)) {
        if (!next.isValid() || o.expires < next)
            next = o.expires;
    }
    if (!next.isValid())
        return;
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(next);
    // QTimer takes an int: re-arm at most daily until the day comes.
    m_overrideTimer.start(int(std::clamp<qint64>(ms + 1, 0, 24LL * 3600 * 1000)));
}
