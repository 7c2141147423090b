#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/** What a drill rehearses. Wire names: pod_crash, pod_hang, latency, errors, region_outage. */
enum class DrillScenario {
    PodCrash, // the pods' agents exit (n replicas or all) and are not restarted until restore
    PodHang, // the pods' agents accept connections and answer nothing (a hung process, a
             // dropped network)
    Latency, // every answer of the pods' agents is late by latency_ms
    Errors, // a share (error_rate) of the pods' inferences fail with 5xx
    RegionOutage, // every pod of the regions: agents exit, nothing restarts until restore
};

QString drillScenarioName(DrillScenario scenario);
std::optional<DrillScenario> drillScenarioFromName(const QString &name);
QStringList drillScenarioNames();

/** What a drill must achieve to pass (per district): the seeds' bars, and ours. */
struct DrillTargets
{
    int detectionMs = 5'000; // fault → the fleet marks the pod down
    int rtoS = 60; // first failed probe → first good probe (the email seed: failover < 60 s)
    int rpoS = 3'600; // the Terraform seed: RPO 60 min (needs DR replication to be measured)

    QJsonObject toJson() const;
    bool operator==(const DrillTargets &) const = default;
};

/**
 * The body of POST /drills, validated. Blast radius: `pods` and/or `regions` (a region means
 * every pod in it); the service checks they exist. Wire shape: {"scenario", "pods": [id],
 * "regions": [id], "duration_s", "dry_run", "replicas", "latency_ms", "error_rate",
 * "max_unserved_districts", "max_unserved_percent", "max_probe_failure_rate", "force",
 * "force_reason", "note", "targets": {"detection_ms", "rto_s", "rpo_s"}}.
 */
struct DrillRequest
{
    DrillScenario scenario = DrillScenario::PodCrash;
    QStringList pods;
    QStringList regions;
    int durationS = 60;
    bool dryRun = false;
    std::optional<int> replicas; // pod_crash: how many replicas of each pod; none = all
    int latencyMs = 0; // latency
    double errorRate = 0; // errors
    int maxUnservedDistricts = 0; // preflight: refuse when more would fail closed
    double maxUnservedPercent = 25; // stop condition: share of all districts unserved
    double maxProbeFailureRate = 0.5; // stop condition: synthetic probes failing, last 10 s,
                                      // once the detection grace is over
    bool force = false; // run in instructional hours / a testing window (audited)
    QString forceReason;
    QString note;
    DrillTargets targets;

    static constexpr int kMinDurationS = 5;
    static constexpr int kMaxDurationS = 3'600;

    QJsonObject toJson() const;
    /** Parses the request strictly; throws ValidationError naming the field. */
    static DrillRequest fromJson(const QJsonObject &json);
    bool operator==(const DrillRequest &) const = default;
};
