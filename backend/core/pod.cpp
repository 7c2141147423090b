#include "backend/core/pod.h"

#include <limits>

#include "backend/core/jsonreader.h"
#include "backend/core/region.h"
#include "backend/core/validationerror.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace {

// The int fields' own range: anything wider is refused, never truncated.
constexpr qint64 kIntMin = std::numeric_limits<int>::min();
constexpr qint64 kIntMax = std::numeric_limits<int>::max();

} // namespace

namespace {

constexpr int kMaxReplicasCeiling = 64;
constexpr int kMaxCapacityRps = 1000000;

bool isValidId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9-]{0,62}$"));
    return re.match(id).hasMatch();
}

} // namespace

void checkReplicaRange(int replicas, int minReplicas, int maxReplicas)
{
    if (replicas < minReplicas || replicas > maxReplicas)
        throw ValidationError(QStringLiteral("replicas"),
            QStringLiteral("%1 is outside the pod's range %2..%3")
                .arg(replicas)
                .arg(minReplicas)
                .arg(maxReplicas));
}

QJsonObject Replica::toJson() const
{
    return {{QStringLiteral("index"), index}, {QStringLiteral("instance"), instance},
        {QStringLiteral("pid"), pid}, {QStringLiteral("port"), port},
        {QStringLiteral("health"), healthStateName(health)}};
}

Replica Replica::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    Replica replica;
    replica.index = int(r.requiredIntIn(QStringLiteral("index"), 0, kIntMax));
    replica.instance = r.optionalString(QStringLiteral("instance")).value_or(QString());
    replica.pid = r.optionalInt(QStringLiteral("pid")).value_or(0);
    replica.port = int(r.optionalIntIn(QStringLiteral("port"), 0, 65535).value_or(0));
    replica.health = healthStateFromName(
        r.optionalString(QStringLiteral("health")).value_or(QStringLiteral("unknown")))
                         .value_or(HealthState::Unknown);
    return replica;
}

QJsonObject Pod::toJson() const
{
    QJsonArray status;
    for (const auto &replica : replicaStatus)
        status.append(replica.toJson());
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("region"), region},
        {QStringLiteral("type"), podTypeName(type)},
        {QStringLiteral("replicas"), replicas},
        {QStringLiteral("min_replicas"), minReplicas},
        {QStringLiteral("max_replicas"), maxReplicas},
        {QStringLiteral("capacity_rps"), capacityRps},
        {QStringLiteral("model_version"), modelVersion},
        {QStringLiteral("jurisdiction"), jurisdiction},
        {QStringLiteral("certifications"), QJsonArray::fromStringList(certifications)},
        {QStringLiteral("health"), healthStateName(health)},
        {QStringLiteral("draining"), draining},
        {QStringLiteral("deleting"), deleting},
        {QStringLiteral("replica_status"), status},
    };
}

Pod Pod::fromJson(const QJsonObject &json)
{
    const auto spec = PodSpec::fromJson([&] {
        // The full shape carries read-only fields the spec parser would reject.
        QJsonObject copy = json;
        for (const auto &key : {QStringLiteral("health"), QStringLiteral("draining"),
                 QStringLiteral("deleting"), QStringLiteral("replica_status")})
            copy.remove(key);
        return copy;
    }());
    JsonReader r(json);
    Pod pod = fromSpec(spec);
    const auto health
        = r.optionalString(QStringLiteral("health")).value_or(QStringLiteral("unknown"));
    pod.health = healthStateFromName(health).value_or(HealthState::Unknown);
    pod.draining = r.optionalBool(QStringLiteral("draining")).value_or(false);
    pod.deleting = r.optionalBool(QStringLiteral("deleting")).value_or(false);
    const auto status = json.value(QStringLiteral("replica_status")).toArray();
    for (const auto &value : status)
        pod.replicaStatus.append(Replica::fromJson(value.toObject()));
    return pod;
}

Pod Pod::fromSpec(const PodSpec &spec)
{
    Pod pod;
    pod.id = spec.id;
    pod.region = spec.region;
    pod.type = spec.type;
    pod.replicas = spec.replicas;
    pod.minReplicas = spec.minReplicas;
    pod.maxReplicas = spec.maxReplicas;
    pod.capacityRps = spec.capacityRps;
    pod.modelVersion = spec.modelVersion;
    pod.jurisdiction = spec.jurisdiction;
    pod.certifications = spec.certifications;
    return pod;
}

PodSpec PodSpec::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    r.rejectUnknown({QStringLiteral("id"), QStringLiteral("region"), QStringLiteral("type"),
        QStringLiteral("replicas"), QStringLiteral("min_replicas"), QStringLiteral("max_replicas"),
        QStringLiteral("capacity_rps"), QStringLiteral("model_version"),
        QStringLiteral("jurisdiction"), QStringLiteral("certifications")});
    PodSpec spec;
    spec.id = r.optionalString(QStringLiteral("id")).value_or(QString());
    if (!spec.id.isEmpty() && !isValidId(spec.id))
        throw ValidationError(
            QStringLiteral("id"), QStringLiteral("must be 1-63 lower-case letters, digits or '-'"));
    spec.region = r.requiredString(QStringLiteral("region"));
    const auto typeName = r.requiredString(QStringLiteral("type"));
    const auto type = podTypeFromName(typeName);
    if (!type)
        throw ValidationError(QStringLiteral("type"),
            QStringLiteral("'%1' is not one of %2")
                .arg(typeName, podTypeNames().join(QStringLiteral(", "))));
    spec.type = *type;
    spec.replicas = int(r.optionalIntIn(QStringLiteral("replicas"), kIntMin, kIntMax).value_or(1));
    spec.minReplicas
        = int(r.optionalIntIn(QStringLiteral("min_replicas"), kIntMin, kIntMax).value_or(1));
    spec.maxReplicas = int(r.optionalIntIn(QStringLiteral("max_replicas"), kIntMin, kIntMax)
                               .value_or(std::max(spec.replicas, spec.minReplicas)));
    if (spec.minReplicas < 1)
        throw ValidationError(QStringLiteral("min_replicas"), QStringLiteral("must be at least 1"));
    if (spec.maxReplicas > kMaxReplicasCeiling)
        throw ValidationError(QStringLiteral("max_replicas"),
            QStringLiteral("must be at most %1").arg(kMaxReplicasCeiling));
    if (spec.maxReplicas < spec.minReplicas)
        throw ValidationError(
            QStringLiteral("max_replicas"), QStringLiteral("must not be below min_replicas"));
    checkReplicaRange(spec.replicas, spec.minReplicas, spec.maxReplicas);
    spec.capacityRps
        = int(r.optionalIntIn(QStringLiteral("capacity_rps"), kIntMin, kIntMax).value_or(50));
    if (spec.capacityRps < 1 || spec.capacityRps > kMaxCapacityRps)
        throw ValidationError(QStringLiteral("capacity_rps"),
            QStringLiteral("must be within 1..%1").arg(kMaxCapacityRps));
    spec.modelVersion
        = r.optionalString(QStringLiteral("model_version")).value_or(QStringLiteral("tutor-v1"));
    spec.jurisdiction = r.optionalString(QStringLiteral("jurisdiction")).value_or(QString());
    if (!spec.jurisdiction.isEmpty() && !isValidJurisdiction(spec.jurisdiction))
        throw ValidationError(QStringLiteral("jurisdiction"),
            QStringLiteral("must be an ISO 3166-2 code such as US-WA or DE"));
    spec.certifications = r.stringList(QStringLiteral("certifications"));
    return spec;
}

QJsonObject PodSpec::toJson() const
{
    QJsonObject json{
        {QStringLiteral("region"), region},
        {QStringLiteral("type"), podTypeName(type)},
        {QStringLiteral("replicas"), replicas},
        {QStringLiteral("min_replicas"), minReplicas},
        {QStringLiteral("max_replicas"), maxReplicas},
        {QStringLiteral("capacity_rps"), capacityRps},
        {QStringLiteral("model_version"), modelVersion},
        {QStringLiteral("certifications"), QJsonArray::fromStringList(certifications)},
    };
    if (!id.isEmpty())
        json.insert(QStringLiteral("id"), id);
    if (!jurisdiction.isEmpty())
        json.insert(QStringLiteral("jurisdiction"), jurisdiction);
    return json;
}
