#include "backend/services/podmanager.h"

#include "backend/core/validationerror.h"
#include "backend/providers/computeprovider.h"
#include "backend/services/auditlog.h"
#include "backend/services/eventbus.h"
#include "backend/services/logging.h"
#include "backend/services/serviceerror.h"
#include "backend/store/fleetstore.h"

#include <QJsonArray>
#include <QJsonObject>

PodManager::PodManager(
    FleetStore &store, ComputeProvider &provider, EventBus &events, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_provider(provider)
    , m_events(events)
{
    connect(&m_provider, &ComputeProvider::replicaExited, this, &PodManager::replicaExited);
    // A replica whose process died is restarted once the health monitor has declared it
    // unhealthy, so the failure is always visible (event, audit) before it heals.
    m_restartTimer.setInterval(1000);
    connect(&m_restartTimer, &QTimer::timeout, this, &PodManager::restartDeadReplicas);
}

void PodManager::seed(const QJsonObject &fleet)
{
    if (!m_store.isEmpty())
        return;
    const auto regions = fleet.value(QStringLiteral("regions")).toArray();
    for (const auto &value : regions)
        m_store.upsertRegion(Region::fromJson(value.toObject()));
    for (const auto &value : fleet.value(QStringLiteral("districts")).toArray())
        m_store.upsertDistrict(District::fromJson(value.toObject()));
    for (const auto &value : fleet.value(QStringLiteral("pods")).toArray()) {
        m_store.upsertPod(Pod::fromSpec(PodSpec::fromJson(value.toObject())));
    }
    qCInfo(lcPods) << "seeded demo fleet:" << regions.size() << "regions";
}

void PodManager::start()
{
    m_regions = m_store.regions();
    m_districts = m_store.districts();
    m_pods = m_store.pods();

    QList<Replica> recorded;
    for (const auto &pod : std::as_const(m_pods))
        recorded += pod.replicaStatus;
    const auto alive = m_provider.adopt(recorded);
    QSet<QString> aliveInstances;
    for (const auto &replica : alive)
        aliveInstances.insert(replica.instance);

    for (auto &pod : m_pods) {
        for (auto it = pod.replicaStatus.begin(); it != pod.replicaStatus.end();) {
            if (aliveInstances.contains(it->instance)) {
                // Adopted: its health is re-learnt by probing, not trusted from before the restart.
                it->health = HealthState::Unknown;
                m_store.setReplicaHealth(pod.id, it->index, it->health);
                ++it;
            } else {
                m_store.deleteReplica(pod.id, it->index);
                it = pod.replicaStatus.erase(it);
            }
        }
        if (pod.deleting) {
            finishRemoval(pod.id);
            continue;
        }
        reconcile(pod);
        updatePodHealth(pod);
        Q_EMIT podChanged({pod.id, PodChange::Replicas});
    }
    qCInfo(lcPods) << "fleet started:" << m_pods.size() << "pods," << alive.size()
                   << "replicas adopted";
    m_restartTimer.start();
    Q_EMIT targetsChanged();
}

void PodManager::shutdown()
{
    m_restartTimer.stop();
    QList<Replica> all;
    for (const auto &pod : std::as_const(m_pods))
        all += pod.replicaStatus;
    m_provider.stopAll(all);
    for (auto &pod : m_pods) {
        for (const auto &replica : std::as_const(pod.replicaStatus))
            m_store.deleteReplica(pod.id, replica.index);
        pod.replicaStatus.clear();
    }
}

std::optional<Region> PodManager::region(const QString &id) const
{
    for (const auto &r : m_regions) {
        if (r.id == id)
            return r;
    }
    return std::nullopt;
}

std::optional<District> PodManager::district(const QString &id) const
{
    for (const auto &d : m_districts) {
        if (d.id == id)
            return d;
    }
    return std::nullopt;
}

QList<Pod> PodManager::pods() const
{
    return m_pods;
}

std::optional<Pod> PodManager::pod(const QString &id) const
{
    for (const auto &p : m_pods) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

QList<Pod> PodManager::podsInRegion(const QString &regionId) const
{
    QList<Pod> out;
    for (const auto &p : m_pods) {
        if (p.region == regionId)
            out.append(p);
    }
    return out;
}

QList<ProbeTarget> PodManager::probeTargets() const
{
    QList<ProbeTarget> out;
    for (const auto &pod : m_pods) {
        for (const auto &replica : pod.replicaStatus)
            out.append({pod.id, replica.index, replica.instance, m_provider.endpoint(replica)});
    }
    return out;
}

QUrl PodManager::replicaEndpoint(const Replica &replica) const
{
    return m_provider.endpoint(replica);
}

Pod *PodManager::findPod(const QString &id)
{
    for (auto &p : m_pods) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

Pod PodManager::create(const PodSpec &spec, const QString &actor)
{
    if (!region(spec.region))
        throw ServiceError(ServiceError::Kind::NotFound,
            QStringLiteral("no region '%1'").arg(spec.region), QStringLiteral("region"));
    QString id = spec.id;
    if (id.isEmpty()) {
        const auto base = spec.region + QLatin1Char('-') + podTypeName(spec.type);
        id = base;
        for (int n = 2; findPod(id) || region(id); ++n)
            id = base + QLatin1Char('-') + QString::number(n);
    } else if (findPod(id)) {
        throw ServiceError(ServiceError::Kind::Conflict,
            QStringLiteral("a pod '%1' already exists").arg(id), QStringLiteral("id"));
    } else if (region(id)) {
        throw ServiceError(ServiceError::Kind::Conflict,
            QStringLiteral("'%1' is a region id; pod ids must differ from region ids").arg(id),
            QStringLiteral("id"));
    }
    Pod pod = Pod::fromSpec(spec);
    pod.id = id;
    // The record and the pod commit together: a failed write leaves neither.
    audit(QStringLiteral("pod.create"), actor, pod, spec.toJson(), [&] { m_store.upsertPod(pod); });
    m_pods.append(pod);
    auto &stored = m_pods.last();
    m_events.publish(PodCreatedEvent{stored});
    reconcile(stored);
    Q_EMIT podChanged({stored.id, PodChange::Created});
    Q_EMIT targetsChanged();
    return stored;
}

Pod PodManager::scale(const QString &podId, int replicas, const QString &actor)
{
    auto *pod = findPod(podId);
    if (!pod)
        throw ServiceError(ServiceError::Kind::NotFound, QStringLiteral("no pod '%1'").arg(podId));
    if (pod->deleting)
        throw ServiceError(
            ServiceError::Kind::Conflict, QStringLiteral("pod '%1' is being deleted").arg(podId));
    checkReplicaRange(replicas, pod->minReplicas, pod->maxReplicas);
    const auto previous = pod->replicas;
    Pod scaled = *pod;
    scaled.replicas = replicas;
    audit(QStringLiteral("pod.scale"), actor, *pod,
        {{QStringLiteral("from_replicas"), previous}, {QStringLiteral("to_replicas"), replicas}},
        [&] { m_store.upsertPod(scaled); });
    pod->replicas = replicas;
    reconcile(*pod);
    updatePodHealth(*pod);
    m_events.publish(PodScaledEvent{*pod, previous});
    Q_EMIT podChanged({pod->id, PodChange::Replicas});
    Q_EMIT targetsChanged();
    return *pod;
}

Pod PodManager::remove(const QString &podId, const QString &actor)
{
    auto *pod = findPod(podId);
    if (!pod)
        throw ServiceError(ServiceError::Kind::NotFound, QStringLiteral("no pod '%1'").arg(podId));
    if (pod->deleting)
        return *pod;
    Pod deleting = *pod;
    deleting.draining = true;
    deleting.deleting = true;
    audit(QStringLiteral("pod.delete"), actor, *pod, {{QStringLiteral("replicas"), pod->replicas}},
        [&] { m_store.upsertPod(deleting); });
    pod->draining = true;
    pod->deleting = true;
    for (const auto &replica : std::as_const(pod->replicaStatus))
        m_provider.drainReplica(replica);
    m_events.publish(PodDrainingEvent{*pod});
    Q_EMIT podChanged({pod->id, PodChange::Drain});
    QTimer::singleShot(m_drainMs, this, [this, podId] { finishRemoval(podId); });
    return *pod;
}

void PodManager::audit(const QString &action, const QString &actor, const Pod &pod,
    const QJsonObject &details, const std::function<void()> &alsoCommit)
{
    if (!m_audit) {
        alsoCommit();
        return;
    }
    AuditRecord record;
    record.actor = actor;
    record.action = action;
    record.toRegion = pod.region;
    record.details = details;
    record.details.insert(QStringLiteral("pod"), pod.id);
    // Throws StoreError when the record or the change cannot be committed: then neither is.
    m_audit->append(record, alsoCommit);
}

void PodManager::finishRemoval(const QString &podId)
{
    auto *pod = findPod(podId);
    if (!pod)
        return;
    for (const auto &replica : std::as_const(pod->replicaStatus))
        m_provider.stopReplica(replica);
    const PodDeletedEvent deleted{pod->id, pod->region};
    m_store.deletePod(podId);
    m_pods.removeIf([&](const Pod &p) { return p.id == podId; });
    m_events.publish(deleted);
    Q_EMIT podChanged({podId, PodChange::Deleted});
    Q_EMIT targetsChanged();
}

Pod PodManager::setDraining(const QString &podId, bool draining, const QString &actor)
{
    auto *pod = findPod(podId);
    if (!pod)
        throw ServiceError(ServiceError::Kind::NotFound, QStringLiteral("no pod '%1'").arg(podId));
    if (pod->deleting)
        throw ServiceError(
            ServiceError::Kind::Conflict, QStringLiteral("pod '%1' is being deleted").arg(podId));
    if (pod->draining == draining)
        return *pod;
    Pod changed = *pod;
    changed.draining = draining;
    audit(draining ? QStringLiteral("pod.drain") : QStringLiteral("pod.undrain"), actor, *pod, {},
        [&] { m_store.upsertPod(changed); });
    pod->draining = draining;
    m_events.publish(PodDrainEvent{*pod, draining});
    Q_EMIT podChanged({pod->id, PodChange::Drain});
    return *pod;
}

void PodManager::reconcile(Pod &pod)
{
    if (pod.deleting)
        return;
    QSet<int> present;
    for (const auto &replica : std::as_const(pod.replicaStatus))
        present.insert(replica.index);
    for (int index = 0; index < pod.replicas; ++index) {
        if (!present.contains(index))
            startReplica(pod, index);
    }
    QList<int> surplus;
    for (const auto &replica : std::as_const(pod.replicaStatus)) {
        if (replica.index >= pod.replicas)
            surplus.append(replica.index);
    }
    for (const auto index : surplus)
        stopReplica(pod, index);
}

void PodManager::startReplica(Pod &pod, int index)
{
    ReplicaLaunch launch{pod.id, pod.region, index, pod.capacityRps, pod.modelVersion};
    try {
        const auto replica = m_provider.startReplica(launch);
        m_store.upsertReplica(pod.id, replica);
        pod.replicaStatus.append(replica);
        std::sort(pod.replicaStatus.begin(), pod.replicaStatus.end(),
            [](const Replica &a, const Replica &b) { return a.index < b.index; });
        m_events.publish(ReplicaStartedEvent{pod.id, pod.region, replica});
    } catch (const ProviderError &e) {
        // The pod stays below its desired count; the restart timer tries again.
        qCWarning(lcPods) << "cannot start" << pod.id << "replica" << index << ":" << e.what();
    }
}

void PodManager::stopReplica(Pod &pod, int index)
{
    for (auto it = pod.replicaStatus.begin(); it != pod.replicaStatus.end(); ++it) {
        if (it->index != index)
            continue;
        const auto replica = *it;
        m_provider.stopReplica(replica);
        m_store.deleteReplica(pod.id, index);
        pod.replicaStatus.erase(it);
        m_events.publish(ReplicaStoppedEvent{pod.id, pod.region, replica});
        return;
    }
}

void PodManager::setRestartHold(const QString &podId, bool held)
{
    if (held) {
        m_restartHolds.insert(podId);
        return;
    }
    if (m_restartHolds.remove(podId))
        QTimer::singleShot(0, this, &PodManager::restartDeadReplicas);
}

void PodManager::restartDeadReplicas()
{
    bool changed = false;
    for (auto &pod : m_pods) {
        if (pod.deleting || m_restartHolds.contains(pod.id))
            continue;
        QList<int> dead;
        for (const auto &replica : std::as_const(pod.replicaStatus)) {
            if (replica.health == HealthState::Unhealthy && !m_provider.isAlive(replica))
                dead.append(replica.index);
        }
        for (const auto index : dead) {
            qCInfo(lcPods) << "replica" << index << "of" << pod.id << "died; restarting";
            stopReplica(pod, index);
            changed = true;
        }
        const auto before = pod.replicaStatus.size();
        reconcile(pod);
        if (!dead.isEmpty() || pod.replicaStatus.size() != before) {
            updatePodHealth(pod);
            changed = true;
            Q_EMIT podChanged({pod.id, PodChange::Replicas});
        }
    }
    if (changed)
        Q_EMIT targetsChanged();
}

void PodManager::replicaExited(const QString &instance)
{
    for (const auto &pod : std::as_const(m_pods)) {
        for (const auto &replica : pod.replicaStatus) {
            if (replica.instance != instance)
                continue;
            qCInfo(lcPods) << pod.id << "replica" << replica.index << "exited";
            // Copies: applyReplicaHealth changes the list being walked.
            const QString podId = pod.id;
            const int index = replica.index;
            applyReplicaHealth(podId, index, instance, HealthState::Unhealthy);
            return;
        }
    }
}

void PodManager::applyReplicaHealth(
    const QString &podId, int index, const QString &instance, HealthState health)
{
    auto *pod = findPod(podId);
    if (!pod)
        return;
    for (auto &replica : pod->replicaStatus) {
        if (replica.index != index || replica.instance != instance || replica.health == health)
            continue;
        const auto previous = replica.health;
        replica.health = health;
        m_store.setReplicaHealth(pod->id, index, health);
        m_events.publish(ReplicaHealthEvent{pod->id, pod->region, index, health, previous});
        // One change for the replica and the pod's health it may have moved.
        const bool podHealthChanged = updatePodHealth(*pod);
        Q_EMIT podChanged(
            {pod->id, podHealthChanged ? PodChange::Health : PodChange::ReplicaHealth});
        return;
    }
}

bool PodManager::updatePodHealth(Pod &pod)
{
    QList<HealthState> states;
    for (const auto &replica : std::as_const(pod.replicaStatus))
        states.append(replica.health);
    const auto health = derivePodHealth(states);
    if (health == pod.health)
        return false;
    const auto previous = pod.health;
    pod.health = health;
    m_store.setPodHealth(pod.id, health);
    m_events.publish(PodHealthEvent{pod.id, pod.region, health, previous});
    return true;
}
