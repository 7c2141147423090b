#include "backend/core/drills/drill.h"

#include "backend/core/enumnames.h"
#include "backend/core/jsonreader.h"
#include "backend/core/validationerror.h"

#include <QJsonArray>

#include <algorithm>
#include <array>
#include <utility>

namespace {

constexpr EnumNames<DrillState, 6> kStates{{
    {DrillState::Running, u"running"},
    {DrillState::Restoring, u"restoring"},
    {DrillState::Succeeded, u"succeeded"},
    {DrillState::Interrupted, u"interrupted"},
    {DrillState::Failed, u"failed"},
    {DrillState::Refused, u"refused"},
}};
constexpr EnumNames<DrillFault::Kind, 2> kKinds{{
    {DrillFault::Kind::AgentFault, u"agent_fault"},
    {DrillFault::Kind::RestartHold, u"restart_hold"},
}};
constexpr EnumNames<DrillFault::State, 5> kFaultStates{{
    {DrillFault::State::Planned, u"planned"},
    {DrillFault::State::Applied, u"applied"},
    {DrillFault::State::Reverted, u"reverted"},
    {DrillFault::State::Verified, u"verified"},
    {DrillFault::State::RevertFailed, u"revert_failed"},
}};

QJsonValue timeJson(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonValue msJson(qint64 ms)
{
    return ms < 0 ? QJsonValue() : QJsonValue(double(ms));
}

} // namespace

QString drillStateName(DrillState state)
{
    return enumName(kStates, state);
}

std::optional<DrillState> drillStateFromName(const QString &name)
{
    return enumFromName(kStates, name);
}

QString DrillFault::kindName(Kind kind)
{
    return enumName(kKinds, kind);
}

QString DrillFault::stateName(State state)
{
    return enumName(kFaultStates, state);
}

QJsonObject DrillFault::toJson() const
{
    return {{QStringLiteral("seq"), seq}, {QStringLiteral("kind"), kindName(kind)},
        {QStringLiteral("pod"), pod}, {QStringLiteral("replica"), replica},
        {QStringLiteral("instance"), instance}, {QStringLiteral("spec"), spec},
        {QStringLiteral("state"), stateName(state)}, {QStringLiteral("revert"), revert},
        {QStringLiteral("verification"), verification}, {QStringLiteral("error"), error},
        {QStringLiteral("applied_at"), timeJson(appliedAt)},
        {QStringLiteral("reverted_at"), timeJson(revertedAt)},
        {QStringLiteral("verified_at"), timeJson(verifiedAt)}};
}

DrillFault DrillFault::fromJson(const QJsonObject &json)
{
    const JsonReader r(json);
    r.rejectUnknown({QStringLiteral("seq"), QStringLiteral("kind"), QStringLiteral("pod"),
        QStringLiteral("replica"), QStringLiteral("instance"), QStringLiteral("spec"),
        QStringLiteral("state"), QStringLiteral("revert"), QStringLiteral("verification"),
        QStringLiteral("error"), QStringLiteral("applied_at"), QStringLiteral("reverted_at"),
        QStringLiteral("verified_at")});
    DrillFault f;
    f.seq = int(r.requiredIntIn(QStringLiteral("seq"), 0, 1'000'000));
    const auto kind = enumFromName(kKinds, r.requiredString(QStringLiteral("kind")));
    if (!kind)
        throw ValidationError(QStringLiteral("kind"), QStringLiteral("is not a fault kind"));
    f.kind = *kind;
    f.pod = r.requiredString(QStringLiteral("pod"));
    f.replica = int(r.requiredIntIn(QStringLiteral("replica"), -1, 1000));
    f.instance = r.optionalString(QStringLiteral("instance")).value_or(QString());
    const QJsonValue spec = json.value(QStringLiteral("spec"));
    if (!spec.isObject())
        throw ValidationError(QStringLiteral("spec"), QStringLiteral("is not an object"));
    f.spec = spec.toObject();
    const auto state = enumFromName(kFaultStates, r.requiredString(QStringLiteral("state")));
    if (!state)
        throw ValidationError(QStringLiteral("state"), QStringLiteral("is not a fault state"));
    f.state = *state;
    f.revert = r.optionalString(QStringLiteral("revert")).value_or(QString());
    f.verification = r.optionalString(QStringLiteral("verification")).value_or(QString());
    f.error = r.optionalString(QStringLiteral("error")).value_or(QString());
    f.appliedAt = r.optionalTime(QStringLiteral("applied_at")).value_or(QDateTime());
    f.revertedAt = r.optionalTime(QStringLiteral("reverted_at")).value_or(QDateTime());
    f.verifiedAt = r.optionalTime(QStringLiteral("verified_at")).value_or(QDateTime());
    return f;
}

QJsonObject DrillStep::toJson() const
{
    QJsonObject json{{QStringLiteral("at"), timeJson(at)}, {QStringLiteral("t_ms"), double(tMs)},
        {QStringLiteral("kind"), kind}, {QStringLiteral("detail"), detail}};
    if (!district.isEmpty())
        json.insert(QStringLiteral("district"), district);
    if (!pod.isEmpty())
        json.insert(QStringLiteral("pod"), pod);
    return json;
}

int DrillPreflight::failClosedCount() const
{
    return int(std::count_if(
        districts.cbegin(), districts.cend(), [](const District &d) { return d.failsClosed; }));
}

QJsonObject DrillPreflight::toJson() const
{
    QJsonArray ds;
    for (const District &d : districts)
        ds.append(QJsonObject{{QStringLiteral("district"), d.district},
            {QStringLiteral("from"), d.fromPod}, {QStringLiteral("to"), d.toPod},
            {QStringLiteral("to_region"), d.toRegion},
            {QStringLiteral("fails_closed"), d.failsClosed}, {QStringLiteral("why"), d.why},
            {QStringLiteral("in_session"), d.inSession}, {QStringLiteral("session"), d.session}});
    QJsonArray ps;
    for (const PodLoad &p : pods)
        ps.append(QJsonObject{{QStringLiteral("pod"), p.pod},
            {QStringLiteral("utilization_before"), p.utilizationBefore},
            {QStringLiteral("utilization_after"), p.utilizationAfter},
            {QStringLiteral("over_capacity"), p.overCapacity}});
    return {{QStringLiteral("blast_pods"), QJsonArray::fromStringList(blastPods)},
        {QStringLiteral("districts"), ds}, {QStringLiteral("pods"), ps},
        {QStringLiteral("fail_closed"), failClosedCount()},
        {QStringLiteral("no_dr_copy"), QJsonArray::fromStringList(noDrCopy)},
        {QStringLiteral("dr_status"), drStatus},
        {QStringLiteral("refusals"), QJsonArray::fromStringList(refusals)},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
        {QStringLiteral("may_run"), refusals.isEmpty()}};
}

QJsonObject DrillDistrictResult::toJson() const
{
    return {{QStringLiteral("district"), district}, {QStringLiteral("from"), fromPod},
        {QStringLiteral("expected"), expectedPod}, {QStringLiteral("to"), toPod},
        {QStringLiteral("failed_closed"), failedClosed},
        {QStringLiteral("detection_ms"), msJson(detectionMs)},
        {QStringLiteral("reroute_ms"), msJson(rerouteMs)},
        {QStringLiteral("first_failed_probe_ms"), msJson(firstFailedProbeMs)},
        {QStringLiteral("rto_ms"), msJson(rtoMs)}, {QStringLiteral("probes"), probes},
        {QStringLiteral("failed_probes"), failedProbes},
        {QStringLiteral("slow_probes"), slowProbes}, {QStringLiteral("out_of_zone"), outOfZone},
        {QStringLiteral("as_predicted"), asPredicted},
        {QStringLiteral("meets_targets"), meetsTargets}};
}
