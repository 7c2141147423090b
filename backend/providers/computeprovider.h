#pragma once

#include "backend/core/pod.h"

#include <QObject>
#include <QUrl>

#include <stdexcept>

/** What a provider needs to start one replica of a pod. */
struct ReplicaLaunch
{
    QString podId;
    QString region;
    int index = 0;
    int capacityRps = 50;
    QString modelVersion;
};

/** The provider could not start or stop a workload; the message says which and why. */
class ProviderError : public std::runtime_error
{
public:
    explicit ProviderError(const QString &message)
        : std::runtime_error(message.toStdString())
    { }
};

/**
 * Runs pod replicas somewhere (local processes, Kubernetes, …). Synchronous calls that return
 * quickly; a replica's readiness is learnt by the health monitor, not by the provider.
 */
class ComputeProvider : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComputeProvider)

public:
    using QObject::QObject;
    ~ComputeProvider() override = default;

    virtual QString name() const = 0;
    /** Starts one replica; returns it with instance, pid and port filled in; throws ProviderError.
     */
    virtual Replica startReplica(const ReplicaLaunch &launch) = 0;
    /** Stops a replica (graceful, then forced after a grace period). Never throws. */
    virtual void stopReplica(const Replica &replica) = 0;
    /** Asks the replica to stop taking new work before it is stopped. Never throws. */
    virtual void drainReplica(const Replica &replica) = 0;
    /** True when the replica's workload still runs and is the one we started. */
    virtual bool isAlive(const Replica &replica) const = 0;
    /** Base URL of the replica's HTTP endpoint. */
    virtual QUrl endpoint(const Replica &replica) const = 0;
    /** The bearer token of the replica's control API (POST/GET /faults, /drain): what a drill
     *  injects faults with. Empty when unknown. */
    virtual QByteArray controlToken(const Replica &replica) const = 0;
    /**
     * After a restart: keeps @p recorded replicas that still run, stops every other workload
     * this provider owns (orphans, duplicates). Returns the subset of @p recorded still alive.
     */
    virtual QList<Replica> adopt(const QList<Replica> &recorded) = 0;
    /** Stops every replica this provider started or adopted (daemon shutdown). */
    virtual void stopAll(const QList<Replica> &replicas) = 0;

Q_SIGNALS:
    /** A replica's workload ended (crash, kill, stop), as the platform saw it — the way a
     *  Kubernetes watch reports a container's exit — without waiting for health probes. */
    void replicaExited(const QString &instance);
};
