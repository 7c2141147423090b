#include "backend/core/probehistory.h"

#include "backend/core/jsonreader.h"
#include "backend/core/validationerror.h"

#include <QJsonArray>

#include <cmath>

namespace {

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

HealthState healthFrom(const JsonReader &r)
{
    const QString name = r.requiredString(QStringLiteral("health"));
    const auto health = healthStateFromName(name);
    if (!health)
        throw ValidationError(r.fieldName(QStringLiteral("health")),
            QStringLiteral("'%1' is not a health state").arg(name));
    return *health;
}

ReplicaProbes replicaFrom(const QJsonObject &json, const QString &prefix)
{
    const JsonReader r(json, prefix);
    ReplicaProbes replica;
    replica.index = int(r.requiredIntIn(QStringLiteral("index"), 0, 1000));
    replica.instance = r.optionalString(QStringLiteral("instance")).value_or(QString());
    replica.health = healthFrom(r);
    const QJsonArray probes = r.requiredArray(QStringLiteral("probes"));
    for (qsizetype i = 0; i < probes.size(); ++i) {
        const QString field = prefix + QStringLiteral("probes");
        const JsonReader p(objectAt(probes, i, field), QStringLiteral("%1[%2].").arg(field).arg(i));
        ProbeResult probe;
        probe.time = p.requiredTime(QStringLiteral("t"));
        probe.ok = p.optionalBool(QStringLiteral("ok")).value_or(false);
        probe.ms = p.requiredDouble(QStringLiteral("ms"));
        if (!std::isfinite(probe.ms) || probe.ms < 0)
            throw ValidationError(p.fieldName(QStringLiteral("ms")),
                QStringLiteral("must be a number of at least 0"));
        if (!probe.ok) // an answered probe has no error, whatever the field says
            probe.error = p.optionalString(QStringLiteral("error")).value_or(QString());
        replica.probes.append(probe);
    }
    const QJsonArray changes = r.requiredArray(QStringLiteral("changes"));
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const QString field = prefix + QStringLiteral("changes");
        const JsonReader c(
            objectAt(changes, i, field), QStringLiteral("%1[%2].").arg(field).arg(i));
        replica.changes.append({c.requiredTime(QStringLiteral("t")), healthFrom(c)});
    }
    return replica;
}

} // namespace

QJsonObject PodProbes::toJson() const
{
    QJsonArray list;
    for (const auto &replica : replicas) {
        QJsonArray probes;
        for (const auto &probe : replica.probes) {
            QJsonObject p{{QStringLiteral("t"), timeText(probe.time)},
                {QStringLiteral("ok"), probe.ok}, {QStringLiteral("ms"), probe.ms}};
            if (!probe.ok)
                p.insert(QStringLiteral("error"), probe.error);
            probes.append(p);
        }
        QJsonArray changes;
        for (const auto &change : replica.changes)
            changes.append(QJsonObject{{QStringLiteral("t"), timeText(change.time)},
                {QStringLiteral("health"), healthStateName(change.health)}});
        list.append(QJsonObject{{QStringLiteral("index"), replica.index},
            {QStringLiteral("instance"), replica.instance},
            {QStringLiteral("health"), healthStateName(replica.health)},
            {QStringLiteral("probes"), probes}, {QStringLiteral("changes"), changes}});
    }
    return {{QStringLiteral("pod"), pod}, {QStringLiteral("region"), region},
        {QStringLiteral("interval_ms"), intervalMs}, {QStringLiteral("timeout_ms"), timeoutMs},
        {QStringLiteral("replicas"), list}};
}

PodProbes PodProbes::fromJson(const QJsonObject &json)
{
    const JsonReader r(json);
    PodProbes out;
    out.pod = r.requiredString(QStringLiteral("pod"));
    out.region = r.requiredString(QStringLiteral("region"));
    out.intervalMs = int(r.requiredIntIn(QStringLiteral("interval_ms"), 0, 3'600'000));
    out.timeoutMs = int(r.requiredIntIn(QStringLiteral("timeout_ms"), 0, 3'600'000));
    const QJsonArray replicas = r.requiredArray(QStringLiteral("replicas"));
    for (qsizetype i = 0; i < replicas.size(); ++i)
        out.replicas.append(replicaFrom(objectAt(replicas, i, QStringLiteral("replicas")),
            QStringLiteral("replicas[%1].").arg(i)));
    return out;
}

ProbeLog::ProbeLog(int probeCapacity, int changeCapacity)
    : m_probeCapacity(std::max(1, probeCapacity))
    , m_changeCapacity(std::max(1, changeCapacity))
{ }

void ProbeLog::addProbe(const ProbeResult &result)
{
    m_probes.push_back(result);
    while (int(m_probes.size()) > m_probeCapacity)
        m_probes.pop_front();
}

void ProbeLog::addChange(const HealthChange &change)
{
    m_changes.push_back(change);
    while (int(m_changes.size()) > m_changeCapacity)
        m_changes.pop_front();
}
