#include "backend/core/drills/drillrecord.h"

#include "backend/core/jsonreader.h"
#include "backend/core/validationerror.h"

#include <QJsonArray>

namespace {

QString recordTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

/** Element list @p key of @p r's object parsed by @p parse (absent: empty). */
template <class T, class F> QList<T> recordList(const JsonReader &r, const QString &key, F parse)
{
    QList<T> out;
    const QJsonValue value = r.object().value(key);
    if (value.isUndefined() || value.isNull())
        return out;
    if (!value.isArray())
        throw ValidationError(r.fieldName(key), QStringLiteral("is not an array"));
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i)
        out.append(parse(objectAt(array, i, r.fieldName(key)),
            r.fieldName(key) + QStringLiteral("[%1].").arg(i)));
    return out;
}

qint64 recordOptionalMs(const JsonReader &r, const QString &key)
{
    const QJsonValue v = r.object().value(key);
    if (v.isNull() || v.isUndefined())
        return -1;
    return r.requiredIntIn(key, 0, std::numeric_limits<qint32>::max() * 100LL);
}

QJsonValue recordMsJson(qint64 ms)
{
    return ms < 0 ? QJsonValue() : QJsonValue(double(ms));
}

} // namespace

QJsonObject DrillMeasurements::toJson() const
{
    return {{QStringLiteral("probes"), probes}, {QStringLiteral("failed_probes"), failedProbes},
        {QStringLiteral("out_of_zone"), outOfZone},
        {QStringLiteral("worst_rto_ms"), double(worstRtoMs)},
        {QStringLiteral("failed_closed"), failedClosed},
        {QStringLiteral("restore_ms"), recordMsJson(restoreMs)},
        {QStringLiteral("targets"), targets.toJson()}};
}

DrillMeasurements DrillMeasurements::fromJson(const QJsonObject &json)
{
    const JsonReader r(json, QStringLiteral("measurements."));
    r.rejectUnknown({QStringLiteral("probes"), QStringLiteral("failed_probes"),
        QStringLiteral("out_of_zone"), QStringLiteral("worst_rto_ms"),
        QStringLiteral("failed_closed"), QStringLiteral("restore_ms"), QStringLiteral("targets")});
    DrillMeasurements m;
    constexpr qint64 kMax = std::numeric_limits<int>::max();
    m.probes = int(r.requiredIntIn(QStringLiteral("probes"), 0, kMax));
    m.failedProbes = int(r.requiredIntIn(QStringLiteral("failed_probes"), 0, m.probes));
    m.outOfZone = int(r.requiredIntIn(QStringLiteral("out_of_zone"), 0, kMax));
    m.failedClosed = int(r.requiredIntIn(QStringLiteral("failed_closed"), 0, kMax));
    m.worstRtoMs = r.requiredIntIn(QStringLiteral("worst_rto_ms"), -1, kMax * 100);
    m.restoreMs = recordOptionalMs(r, QStringLiteral("restore_ms"));
    const JsonReader t(
        json.value(QStringLiteral("targets")).toObject(), QStringLiteral("measurements.targets."));
    m.targets.detectionMs = int(t.requiredIntIn(QStringLiteral("detection_ms"), 1, 3'600'000));
    m.targets.rtoS = int(t.requiredIntIn(QStringLiteral("rto_s"), 1, 86'400));
    m.targets.rpoS = int(t.requiredIntIn(QStringLiteral("rpo_s"), 0, 86'400));
    return m;
}

QJsonObject DrillVerdicts::toJson() const
{
    return {{QStringLiteral("residency"),
                residencyHeld ? QStringLiteral("held") : QStringLiteral("violated")},
        {QStringLiteral("restore"),
            restoreVerified ? QStringLiteral("verified") : QStringLiteral("unverified")},
        {QStringLiteral("failback"),
            failbackDone ? QStringLiteral("done") : QStringLiteral("pending")}};
}

DrillVerdicts DrillVerdicts::fromJson(const QJsonObject &json)
{
    const JsonReader r(json, QStringLiteral("verdicts."));
    r.rejectUnknown(
        {QStringLiteral("residency"), QStringLiteral("restore"), QStringLiteral("failback")});
    const auto oneOf = [&r](const QString &key, const QString &yes, const QString &no) {
        const QString value = r.requiredString(key);
        if (value != yes && value != no)
            throw ValidationError(
                r.fieldName(key), QStringLiteral("is neither %1 nor %2").arg(yes, no));
        return value == yes;
    };
    DrillVerdicts v;
    v.residencyHeld
        = oneOf(QStringLiteral("residency"), QStringLiteral("held"), QStringLiteral("violated"));
    v.restoreVerified = oneOf(
        QStringLiteral("restore"), QStringLiteral("verified"), QStringLiteral("unverified"));
    v.failbackDone
        = oneOf(QStringLiteral("failback"), QStringLiteral("done"), QStringLiteral("pending"));
    return v;
}

DrillPreflight drillPreflightFromJson(const QJsonObject &json, const QString &prefix)
{
    const JsonReader r(json, prefix);
    r.rejectUnknown({QStringLiteral("blast_pods"), QStringLiteral("districts"),
        QStringLiteral("pods"), QStringLiteral("fail_closed"), QStringLiteral("no_dr_copy"),
        QStringLiteral("dr_status"), QStringLiteral("refusals"), QStringLiteral("warnings"),
        QStringLiteral("may_run")});
    DrillPreflight p;
    p.blastPods = r.stringList(QStringLiteral("blast_pods"));
    p.districts = recordList<DrillPreflight::District>(
        r, QStringLiteral("districts"), [](const QJsonObject &o, const QString &pre) {
            const JsonReader d(o, pre);
            d.rejectUnknown({QStringLiteral("district"), QStringLiteral("from"),
                QStringLiteral("to"), QStringLiteral("to_region"), QStringLiteral("fails_closed"),
                QStringLiteral("why"), QStringLiteral("in_session"), QStringLiteral("session")});
            DrillPreflight::District row;
            row.district = d.requiredString(QStringLiteral("district"));
            row.fromPod = d.optionalString(QStringLiteral("from")).value_or(QString());
            row.toPod = d.optionalString(QStringLiteral("to")).value_or(QString());
            row.toRegion = d.optionalString(QStringLiteral("to_region")).value_or(QString());
            row.failsClosed = d.optionalBool(QStringLiteral("fails_closed")).value_or(false);
            row.why = d.optionalString(QStringLiteral("why")).value_or(QString());
            row.inSession = d.optionalBool(QStringLiteral("in_session")).value_or(false);
            row.session = d.optionalString(QStringLiteral("session")).value_or(QString());
            return row;
        });
    p.pods = recordList<DrillPreflight::PodLoad>(
        r, QStringLiteral("pods"), [](const QJsonObject &o, const QString &pre) {
            const JsonReader d(o, pre);
            d.rejectUnknown({QStringLiteral("pod"), QStringLiteral("utilization_before"),
                QStringLiteral("utilization_after"), QStringLiteral("over_capacity")});
            DrillPreflight::PodLoad load;
            load.pod = d.requiredString(QStringLiteral("pod"));
            load.utilizationBefore = d.requiredDouble(QStringLiteral("utilization_before"));
            load.utilizationAfter = d.requiredDouble(QStringLiteral("utilization_after"));
            load.overCapacity = d.optionalBool(QStringLiteral("over_capacity")).value_or(false);
            return load;
        });
    p.noDrCopy = r.stringList(QStringLiteral("no_dr_copy"));
    p.drStatus = r.optionalString(QStringLiteral("dr_status")).value_or(QString());
    p.refusals = r.stringList(QStringLiteral("refusals"));
    p.warnings = r.stringList(QStringLiteral("warnings"));
    return p;
}

DrillStep drillStepFromJson(const QJsonObject &json, const QString &prefix)
{
    const JsonReader r(json, prefix);
    r.rejectUnknown({QStringLiteral("at"), QStringLiteral("t_ms"), QStringLiteral("kind"),
        QStringLiteral("district"), QStringLiteral("pod"), QStringLiteral("detail")});
    DrillStep s;
    s.at = r.optionalTime(QStringLiteral("at")).value_or(QDateTime());
    s.tMs = r.requiredIntIn(QStringLiteral("t_ms"), -86'400'000LL, 86'400'000LL * 7);
    s.kind = r.requiredString(QStringLiteral("kind"));
    s.district = r.optionalString(QStringLiteral("district")).value_or(QString());
    s.pod = r.optionalString(QStringLiteral("pod")).value_or(QString());
    s.detail = r.optionalString(QStringLiteral("detail")).value_or(QString());
    return s;
}

DrillDistrictResult drillDistrictResultFromJson(const QJsonObject &json, const QString &prefix)
{
    const JsonReader r(json, prefix);
    r.rejectUnknown({QStringLiteral("district"), QStringLiteral("from"), QStringLiteral("expected"),
        QStringLiteral("to"), QStringLiteral("failed_closed"), QStringLiteral("detection_ms"),
        QStringLiteral("reroute_ms"), QStringLiteral("first_failed_probe_ms"),
        QStringLiteral("rto_ms"), QStringLiteral("probes"), QStringLiteral("failed_probes"),
        QStringLiteral("slow_probes"), QStringLiteral("out_of_zone"),
        QStringLiteral("as_predicted"), QStringLiteral("meets_targets")});
    DrillDistrictResult d;
    constexpr qint64 kMax = std::numeric_limits<int>::max();
    d.district = r.requiredString(QStringLiteral("district"));
    d.fromPod = r.optionalString(QStringLiteral("from")).value_or(QString());
    d.expectedPod = r.optionalString(QStringLiteral("expected")).value_or(QString());
    d.toPod = r.optionalString(QStringLiteral("to")).value_or(QString());
    d.failedClosed = r.optionalBool(QStringLiteral("failed_closed")).value_or(false);
    d.detectionMs = recordOptionalMs(r, QStringLiteral("detection_ms"));
    d.rerouteMs = recordOptionalMs(r, QStringLiteral("reroute_ms"));
    d.firstFailedProbeMs = recordOptionalMs(r, QStringLiteral("first_failed_probe_ms"));
    d.rtoMs = recordOptionalMs(r, QStringLiteral("rto_ms"));
    d.probes = int(r.requiredIntIn(QStringLiteral("probes"), 0, kMax));
    d.failedProbes = int(r.requiredIntIn(QStringLiteral("failed_probes"), 0, d.probes));
    d.slowProbes = int(r.requiredIntIn(QStringLiteral("slow_probes"), 0, d.probes));
    d.outOfZone = int(r.requiredIntIn(QStringLiteral("out_of_zone"), 0, d.probes));
    d.asPredicted = r.optionalBool(QStringLiteral("as_predicted")).value_or(true);
    d.meetsTargets = r.optionalBool(QStringLiteral("meets_targets")).value_or(true);
    return d;
}

QJsonObject DrillRecord::summaryJson() const
{
    QJsonObject json{{QStringLiteral("id"), id}, {QStringLiteral("state"), drillStateName(state)},
        {QStringLiteral("scenario"), drillScenarioName(request.scenario)},
        {QStringLiteral("request"), request.toJson()}, {QStringLiteral("actor"), actor},
        {QStringLiteral("created"), recordTime(created)},
        {QStringLiteral("pods"), QJsonArray::fromStringList(pods)}};
    if (faultAt.isValid())
        json.insert(QStringLiteral("fault_at"), recordTime(faultAt));
    if (finished.isValid())
        json.insert(QStringLiteral("finished"), recordTime(finished));
    if (!stopKind.isEmpty())
        json.insert(QStringLiteral("stop"),
            QJsonObject{
                {QStringLiteral("kind"), stopKind}, {QStringLiteral("detail"), stopDetail}});
    if (measurements)
        json.insert(QStringLiteral("measurements"), measurements->toJson());
    if (verdicts)
        json.insert(QStringLiteral("verdicts"), verdicts->toJson());
    return json;
}

QJsonObject DrillRecord::toJson() const
{
    QJsonObject json = summaryJson();
    const auto array = [](const auto &list) {
        QJsonArray out;
        for (const auto &item : list)
            out.append(item.toJson());
        return out;
    };
    json.insert(QStringLiteral("preflight"), preflight.toJson());
    json.insert(QStringLiteral("timeline"), array(timeline));
    json.insert(QStringLiteral("ledger"), array(ledger));
    json.insert(QStringLiteral("districts"), array(districts));
    return json;
}

DrillRecord DrillRecord::fromJson(const QJsonObject &json)
{
    const JsonReader r(json);
    r.rejectUnknown({QStringLiteral("id"), QStringLiteral("state"), QStringLiteral("scenario"),
        QStringLiteral("request"), QStringLiteral("actor"), QStringLiteral("created"),
        QStringLiteral("fault_at"), QStringLiteral("finished"), QStringLiteral("pods"),
        QStringLiteral("preflight"), QStringLiteral("stop"), QStringLiteral("timeline"),
        QStringLiteral("ledger"), QStringLiteral("districts"), QStringLiteral("measurements"),
        QStringLiteral("verdicts")});
    DrillRecord d;
    d.id = r.requiredString(QStringLiteral("id"));
    const QString state = r.requiredString(QStringLiteral("state"));
    const auto known = drillStateFromName(state);
    if (!known)
        throw ValidationError(
            QStringLiteral("state"), QStringLiteral("'%1' is not a drill state").arg(state));
    d.state = *known;
    try {
        d.request = DrillRequest::fromJson(json.value(QStringLiteral("request")).toObject());
    } catch (const ValidationError &e) {
        throw ValidationError(QStringLiteral("request.") + e.field(), e.reason());
    }
    if (r.requiredString(QStringLiteral("scenario")) != drillScenarioName(d.request.scenario))
        throw ValidationError(
            QStringLiteral("scenario"), QStringLiteral("differs from request.scenario"));
    d.actor = r.optionalString(QStringLiteral("actor")).value_or(QString());
    d.created = r.requiredTime(QStringLiteral("created"));
    d.faultAt = r.optionalTime(QStringLiteral("fault_at")).value_or(QDateTime());
    d.finished = r.optionalTime(QStringLiteral("finished")).value_or(QDateTime());
    d.pods = r.stringList(QStringLiteral("pods"));
    if (json.value(QStringLiteral("preflight")).isObject())
        d.preflight = drillPreflightFromJson(
            json.value(QStringLiteral("preflight")).toObject(), QStringLiteral("preflight."));
    if (json.value(QStringLiteral("stop")).isObject()) {
        const JsonReader s(json.value(QStringLiteral("stop")).toObject(), QStringLiteral("stop."));
        s.rejectUnknown({QStringLiteral("kind"), QStringLiteral("detail")});
        d.stopKind = s.requiredString(QStringLiteral("kind"));
        d.stopDetail = s.optionalString(QStringLiteral("detail")).value_or(QString());
    }
    d.timeline = recordList<DrillStep>(r, QStringLiteral("timeline"), &drillStepFromJson);
    d.ledger = recordList<DrillFault>(
        r, QStringLiteral("ledger"), [](const QJsonObject &o, const QString &pre) {
            try {
                return DrillFault::fromJson(o);
            } catch (const ValidationError &e) {
                throw ValidationError(pre + e.field(), e.reason());
            }
        });
    d.districts = recordList<DrillDistrictResult>(
        r, QStringLiteral("districts"), &drillDistrictResultFromJson);
    if (json.value(QStringLiteral("measurements")).isObject())
        d.measurements
            = DrillMeasurements::fromJson(json.value(QStringLiteral("measurements")).toObject());
    if (json.value(QStringLiteral("verdicts")).isObject())
        d.verdicts = DrillVerdicts::fromJson(json.value(QStringLiteral("verdicts")).toObject());
    return d;
}
