#pragma once

#include "backend/core/healthstate.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <deque>

/** One health probe of a replica: when, answered in time or not, its round trip. */
struct ProbeResult
{
    QDateTime time; // UTC
    bool ok = false;
    double ms = 0; // round trip, answered or not (a timeout counts its whole wait)
    QString error; // why it failed ("timed out", "status 503", …); empty when ok
    friend bool operator==(const ProbeResult &, const ProbeResult &) = default;
};

/** A replica's health changing, as the thresholds decided it. */
struct HealthChange
{
    QDateTime time; // UTC
    HealthState health = HealthState::Unknown;
    friend bool operator==(const HealthChange &, const HealthChange &) = default;
};

/** One replica's recent probes and health changes, oldest first. */
struct ReplicaProbes
{
    int index = 0;
    QString instance;
    HealthState health = HealthState::Unknown;
    QList<ProbeResult> probes;
    QList<HealthChange> changes;
    friend bool operator==(const ReplicaProbes &, const ReplicaProbes &) = default;
};

/**
 * The answer of GET /pods/{region}/{pod}/probes: each replica's recent health probes.
 *
 * Wire shape: {"pod", "region", "interval_ms", "timeout_ms", "replicas": [{"index", "instance",
 * "health", "probes": [{"t", "ok", "ms", "error" (only when failed)}], "changes": [{"t",
 * "health"}]}]}.
 */
struct PodProbes
{
    QString pod;
    QString region;
    int intervalMs = 0;
    int timeoutMs = 0; // a probe not answered within this failed
    QList<ReplicaProbes> replicas;

    QJsonObject toJson() const;
    /** Parses the wire shape; throws ValidationError naming the field ("replicas[1].probes[3].ms").
     */
    static PodProbes fromJson(const QJsonObject &json);
    friend bool operator==(const PodProbes &, const PodProbes &) = default;
};

/**
 * A bounded log of one replica's probes and health changes: the newest @p probeCapacity results
 * and @p changeCapacity changes; older ones are dropped, so memory stays fixed however long the
 * daemon runs.
 */
class ProbeLog
{
public:
    explicit ProbeLog(int probeCapacity = 120, int changeCapacity = 20);

    void addProbe(const ProbeResult &result);
    void addChange(const HealthChange &change);
    QList<ProbeResult> probes() const { return {m_probes.begin(), m_probes.end()}; }
    QList<HealthChange> changes() const { return {m_changes.begin(), m_changes.end()}; }

private:
    int m_probeCapacity;
    int m_changeCapacity;
    std::deque<ProbeResult> m_probes;
    std::deque<HealthChange> m_changes;
};
