#pragma once

#include "backend/core/healthstate.h"
#include "backend/core/podtype.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

/** One running copy of a pod's workload (a local agent process, a Kubernetes pod, …). */
struct Replica
{
    int index = 0;
    QString instance; // opaque id the provider uses to recognise its own process
    qint64 pid = 0;
    int port = 0;
    HealthState health = HealthState::Unknown;

    QJsonObject toJson() const;
    static Replica fromJson(const QJsonObject &json);
    bool operator==(const Replica &) const = default;
};

/** A pod: a scalable group of replicas of one type in one region. */
struct Pod
{
    QString id;
    QString region;
    PodType type = PodType::Primary;
    int replicas = 1; // desired
    int minReplicas = 1;
    int maxReplicas = 1;
    int capacityRps = 50; // per replica
    QString modelVersion;
    QString jurisdiction; // empty: the region's
    QStringList certifications; // in addition to the region's
    HealthState health = HealthState::Unknown;
    bool draining = false; // takes no new traffic (maintenance drain, or being deleted)
    bool deleting = false; // drained for deletion; deleted once idle
    QList<Replica> replicaStatus;

    QJsonObject toJson() const;
    /** Parses the full wire shape (as GET /pods returns); throws ValidationError. */
    static Pod fromJson(const QJsonObject &json);
    /** A new pod (no replicas yet, health unknown) as @p spec describes it. */
    static Pod fromSpec(const struct PodSpec &spec);
    bool operator==(const Pod &) const = default;
};

/** Body of POST /pods after validation of its own fields (references are checked later). */
struct PodSpec
{
    QString id; // optional: derived from region and type when empty
    QString region;
    PodType type = PodType::Primary;
    int replicas = 1;
    int minReplicas = 1;
    int maxReplicas = 1;
    int capacityRps = 50;
    QString modelVersion;
    QString jurisdiction;
    QStringList certifications;

    /** Throws ValidationError naming the offending field (types, ranges, min ≤ replicas ≤ max). */
    static PodSpec fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

/** Checks replicas against min..max; throws ValidationError("replicas", …) when outside. */
void checkReplicaRange(int replicas, int minReplicas, int maxReplicas);
