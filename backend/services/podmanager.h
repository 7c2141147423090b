#pragma once

#include "backend/core/district.h"
#include "backend/core/pod.h"
#include "backend/core/region.h"
#include "backend/services/podchange.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <optional>

class AuditLog;
class ComputeProvider;
class EventBus;
class FleetStore;
class QJsonObject;

/** One replica the health monitor should probe. */
struct ProbeTarget
{
    QString podId;
    int index = 0;
    QString instance;
    QUrl url;
};

/**
 * Owns the fleet: regions, districts and pods in memory (write-through to the store), and the
 * provider-side replicas that realise each pod's desired count. Every change is published on
 * the event bus. Input errors throw ValidationError, refusals ServiceError, storage StoreError.
 */
class PodManager : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PodManager)

public:
    PodManager(
        FleetStore &store, ComputeProvider &provider, EventBus &events, QObject *parent = nullptr);

    /** Seeds regions, districts and pods from a fleet document (demo) when the store is empty. */
    void seed(const QJsonObject &fleet);
    /** Loads the fleet, adopts surviving replicas, stops orphans, starts what is missing. */
    void start();
    /** Stops every replica (daemon shutdown); the desired state stays stored. */
    void shutdown();

    QList<Region> regions() const { return m_regions; }
    std::optional<Region> region(const QString &id) const;
    QList<District> districts() const { return m_districts; }
    std::optional<District> district(const QString &id) const;
    QList<Pod> pods() const;
    std::optional<Pod> pod(const QString &id) const;
    QList<Pod> podsInRegion(const QString &regionId) const;
    QList<ProbeTarget> probeTargets() const;
    /** The URL @p replica serves on (the provider's endpoint for it). */
    QUrl replicaEndpoint(const Replica &replica) const;

    /** Creates a pod and starts its replicas; returns it. */
    Pod create(const PodSpec &spec, const QString &actor = QStringLiteral("system"));
    /** Sets the desired replica count (within min..max); returns the pod. */
    Pod scale(const QString &podId, int replicas, const QString &actor = QStringLiteral("system"));
    /** Drains the pod, then stops its replicas and deletes it after @p drainMs. */
    Pod remove(const QString &podId, const QString &actor = QStringLiteral("system"));
    /** Drains the pod for maintenance (routing sends it nothing; it keeps running and can be
     *  scaled) or ends the drain; audited. Throws ServiceError(NotFound/Conflict when deleting). */
    Pod setDraining(
        const QString &podId, bool draining, const QString &actor = QStringLiteral("system"));
    void setDrainDelay(int ms) { m_drainMs = ms; }
    /** While held (a drill's outage), replicas of @p podId that die are not restarted; on
     *  release they are, at once. In memory only: a restart starts everything missing. */
    void setRestartHold(const QString &podId, bool held);
    bool restartHeld(const QString &podId) const { return m_restartHolds.contains(podId); }
    /** Pod lifecycle and scaling then write audit records (durably, before they are answered). */
    void setAuditLog(AuditLog *audit) { m_audit = audit; }

public Q_SLOTS:
    /** Health monitor verdict for one replica (ignored when the instance is stale). */
    void applyReplicaHealth(
        const QString &podId, int index, const QString &instance, HealthState health);

Q_SIGNALS:
    void targetsChanged();
    /** One pod changed, once per change (a replica's health flip that also moves the pod's
     *  health is one Health change), after its events are published. */
    void podChanged(const PodChange &change);

private:
    /** The provider saw the replica's process end: unhealthy now, without waiting for probes. */
    void replicaExited(const QString &instance);
    Pod *findPod(const QString &id);
    void reconcile(Pod &pod);
    void startReplica(Pod &pod, int index);
    void stopReplica(Pod &pod, int index);
    void restartDeadReplicas();
    /** Derives the pod's health from its replicas; true (and published) when it changed. */
    bool updatePodHealth(Pod &pod);
    void finishRemoval(const QString &podId);
    /** Audits @p action and runs @p alsoCommit (the store write) in the same transaction;
     *  throws StoreError, and then neither is committed. */
    void audit(const QString &action, const QString &actor, const Pod &pod,
        const QJsonObject &details, const std::function<void()> &alsoCommit);

    FleetStore &m_store;
    ComputeProvider &m_provider;
    EventBus &m_events;
    QList<Region> m_regions;
    QList<District> m_districts;
    QList<Pod> m_pods;
    QTimer m_restartTimer;
    QSet<QString> m_restartHolds;
    int m_drainMs = 1000;
    AuditLog *m_audit = nullptr;
};
