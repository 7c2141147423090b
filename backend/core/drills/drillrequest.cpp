#include "backend/core/drills/drillrequest.h"

#include "backend/core/enumnames.h"
#include "backend/core/jsonreader.h"
#include "backend/core/validationerror.h"

#include <QJsonArray>

#include <array>
#include <utility>

namespace {

constexpr EnumNames<DrillScenario, 5> kScenarios{{
    {DrillScenario::PodCrash, u"pod_crash"},
    {DrillScenario::PodHang, u"pod_hang"},
    {DrillScenario::Latency, u"latency"},
    {DrillScenario::Errors, u"errors"},
    {DrillScenario::RegionOutage, u"region_outage"},
}};

QStringList uniqueIds(const JsonReader &r, const QString &key)
{
    const QStringList ids = r.stringList(key);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (ids.at(i).trimmed().isEmpty())
            throw ValidationError(
                QStringLiteral("%1[%2]").arg(key).arg(i), QStringLiteral("is empty"));
        if (ids.indexOf(ids.at(i)) != i)
            throw ValidationError(QStringLiteral("%1[%2]").arg(key).arg(i),
                QStringLiteral("'%1' is listed twice").arg(ids.at(i)));
    }
    return ids;
}

} // namespace

QString drillScenarioName(DrillScenario scenario)
{
    return enumName(kScenarios, scenario);
}

std::optional<DrillScenario> drillScenarioFromName(const QString &name)
{
    return enumFromName(kScenarios, name);
}

QStringList drillScenarioNames()
{
    return enumNames(kScenarios);
}

QJsonObject DrillTargets::toJson() const
{
    return {{QStringLiteral("detection_ms"), detectionMs}, {QStringLiteral("rto_s"), rtoS},
        {QStringLiteral("rpo_s"), rpoS}};
}

QJsonObject DrillRequest::toJson() const
{
    QJsonObject json{{QStringLiteral("scenario"), drillScenarioName(scenario)},
        {QStringLiteral("pods"), QJsonArray::fromStringList(pods)},
        {QStringLiteral("regions"), QJsonArray::fromStringList(regions)},
        {QStringLiteral("duration_s"), durationS}, {QStringLiteral("dry_run"), dryRun},
        {QStringLiteral("max_unserved_districts"), maxUnservedDistricts},
        {QStringLiteral("max_unserved_percent"), maxUnservedPercent},
        {QStringLiteral("max_probe_failure_rate"), maxProbeFailureRate},
        {QStringLiteral("force"), force}, {QStringLiteral("targets"), targets.toJson()}};
    if (replicas)
        json.insert(QStringLiteral("replicas"), *replicas);
    if (scenario == DrillScenario::Latency)
        json.insert(QStringLiteral("latency_ms"), latencyMs);
    if (scenario == DrillScenario::Errors)
        json.insert(QStringLiteral("error_rate"), errorRate);
    if (!forceReason.isEmpty())
        json.insert(QStringLiteral("force_reason"), forceReason);
    if (!note.isEmpty())
        json.insert(QStringLiteral("note"), note);
    return json;
}

DrillRequest DrillRequest::fromJson(const QJsonObject &json)
{
    const JsonReader r(json);
    r.rejectUnknown({QStringLiteral("scenario"), QStringLiteral("pods"), QStringLiteral("regions"),
        QStringLiteral("duration_s"), QStringLiteral("dry_run"), QStringLiteral("replicas"),
        QStringLiteral("latency_ms"), QStringLiteral("error_rate"),
        QStringLiteral("max_unserved_districts"), QStringLiteral("max_unserved_percent"),
        QStringLiteral("max_probe_failure_rate"), QStringLiteral("force"),
        QStringLiteral("force_reason"), QStringLiteral("note"), QStringLiteral("targets")});
    DrillRequest d;
    const QString scenario = r.requiredString(QStringLiteral("scenario"));
    const auto parsed = drillScenarioFromName(scenario);
    if (!parsed)
        throw ValidationError(QStringLiteral("scenario"),
            QStringLiteral("'%1' is not one of %2")
                .arg(scenario, drillScenarioNames().join(QStringLiteral(", "))));
    d.scenario = *parsed;
    d.pods = uniqueIds(r, QStringLiteral("pods"));
    d.regions = uniqueIds(r, QStringLiteral("regions"));
    if (d.pods.isEmpty() && d.regions.isEmpty())
        throw ValidationError(QStringLiteral("pods"),
            QStringLiteral(
                "the blast radius is empty: name the pods or regions the drill may hit"));
    if (d.scenario == DrillScenario::RegionOutage && (d.regions.isEmpty() || !d.pods.isEmpty()))
        throw ValidationError(QStringLiteral("regions"),
            QStringLiteral("a region outage takes whole regions: name them in \"regions\", "
                           "and no \"pods\""));
    d.durationS = int(r.optionalIntIn(QStringLiteral("duration_s"), kMinDurationS, kMaxDurationS)
                          .value_or(d.durationS));
    d.dryRun = r.optionalBool(QStringLiteral("dry_run")).value_or(false);
    if (const auto n = r.optionalIntIn(QStringLiteral("replicas"), 1, 100)) {
        if (d.scenario != DrillScenario::PodCrash)
            throw ValidationError(QStringLiteral("replicas"),
                QStringLiteral("applies only to pod_crash (the others take every replica)"));
        d.replicas = int(*n);
    }
    const auto latency = r.optionalIntIn(QStringLiteral("latency_ms"), 1, 60'000);
    if (d.scenario == DrillScenario::Latency) {
        if (!latency)
            throw ValidationError(QStringLiteral("latency_ms"),
                QStringLiteral("is required for the latency scenario (1..60000)"));
        d.latencyMs = int(*latency);
    } else if (latency) {
        throw ValidationError(
            QStringLiteral("latency_ms"), QStringLiteral("applies only to latency"));
    }
    const auto rate = r.optionalDouble(QStringLiteral("error_rate"));
    if (d.scenario == DrillScenario::Errors) {
        if (!rate || *rate <= 0 || *rate > 1)
            throw ValidationError(QStringLiteral("error_rate"),
                QStringLiteral("is required for the errors scenario, above 0 and at most 1"));
        d.errorRate = *rate;
    } else if (rate) {
        throw ValidationError(
            QStringLiteral("error_rate"), QStringLiteral("applies only to errors"));
    }
    d.maxUnservedDistricts
        = int(r.optionalIntIn(QStringLiteral("max_unserved_districts"), 0, 100'000).value_or(0));
    d.maxUnservedPercent
        = r.optionalDouble(QStringLiteral("max_unserved_percent")).value_or(d.maxUnservedPercent);
    if (d.maxUnservedPercent < 0 || d.maxUnservedPercent > 100)
        throw ValidationError(
            QStringLiteral("max_unserved_percent"), QStringLiteral("must be within 0..100"));
    d.maxProbeFailureRate = r.optionalDouble(QStringLiteral("max_probe_failure_rate"))
                                .value_or(d.maxProbeFailureRate);
    if (d.maxProbeFailureRate < 0 || d.maxProbeFailureRate > 1)
        throw ValidationError(
            QStringLiteral("max_probe_failure_rate"), QStringLiteral("must be within 0..1"));
    d.force = r.optionalBool(QStringLiteral("force")).value_or(false);
    d.forceReason = r.optionalString(QStringLiteral("force_reason")).value_or(QString()).trimmed();
    if (d.force && d.forceReason.isEmpty())
        throw ValidationError(QStringLiteral("force_reason"),
            QStringLiteral("say why the drill must run in school hours (it is audited)"));
    if (d.forceReason.size() > 500)
        throw ValidationError(
            QStringLiteral("force_reason"), QStringLiteral("is longer than 500 characters"));
    d.note = r.optionalString(QStringLiteral("note")).value_or(QString()).trimmed();
    if (d.note.size() > 500)
        throw ValidationError(
            QStringLiteral("note"), QStringLiteral("is longer than 500 characters"));
    const QJsonValue targets = json.value(QStringLiteral("targets"));
    if (targets.isObject()) {
        const JsonReader t(targets.toObject(), QStringLiteral("targets."));
        t.rejectUnknown(
            {QStringLiteral("detection_ms"), QStringLiteral("rto_s"), QStringLiteral("rpo_s")});
        d.targets.detectionMs = int(t.optionalIntIn(QStringLiteral("detection_ms"), 1, 3'600'000)
                                        .value_or(d.targets.detectionMs));
        d.targets.rtoS
            = int(t.optionalIntIn(QStringLiteral("rto_s"), 1, 86'400).value_or(d.targets.rtoS));
        d.targets.rpoS
            = int(t.optionalIntIn(QStringLiteral("rpo_s"), 0, 86'400).value_or(d.targets.rpoS));
    } else if (!targets.isUndefined() && !targets.isNull()) {
        throw ValidationError(QStringLiteral("targets"), QStringLiteral("is not an object"));
    }
    return d;
}
