#include "backend/core/routing/routingoverride.h"

#include "backend/core/jsonreader.h"
#include "backend/core/validationerror.h"

#include <QJsonArray>

namespace {

constexpr qint64 kMaxLifetimeDays = 30;
constexpr qsizetype kMaxReason = 500;

} // namespace

QString RoutingOverride::targetText() const
{
    return targetPod.isEmpty() ? QStringLiteral("region %1").arg(targetRegion)
                               : QStringLiteral("pod %1").arg(targetPod);
}

bool RoutingOverride::targets(const RoutingPod &pod) const
{
    return targetPod.isEmpty() ? pod.region == targetRegion : pod.id == targetPod;
}

QJsonObject RoutingOverride::toJson() const
{
    QJsonObject json{
        {QStringLiteral("id"), id},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("actor"), actor},
        {QStringLiteral("created"), created.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("expires"), expires.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("districts"), QJsonArray::fromStringList(districts)},
    };
    json.insert(scopeDistrict.isEmpty() ? QStringLiteral("region") : QStringLiteral("district"),
        scopeDistrict.isEmpty() ? scopeRegion : scopeDistrict);
    json.insert(
        targetPod.isEmpty() ? QStringLiteral("target_region") : QStringLiteral("target_pod"),
        targetPod.isEmpty() ? targetRegion : targetPod);
    return json;
}

namespace {

// Exactly one of @p a and @p b, as (first, second); throws naming @p a.
std::pair<QString, QString> oneOf(const JsonReader &r, const QString &a, const QString &b)
{
    const auto first = r.optionalString(a).value_or(QString()).trimmed();
    const auto second = r.optionalString(b).value_or(QString()).trimmed();
    if (first.isEmpty() == second.isEmpty())
        throw ValidationError(a,
            first.isEmpty() ? QStringLiteral("give '%1' or '%2'").arg(a, b)
                            : QStringLiteral("give '%1' or '%2', not both").arg(a, b));
    return {first, second};
}

} // namespace

RoutingOverride RoutingOverride::fromRequest(const QJsonObject &json, const QDateTime &now)
{
    const JsonReader r(json);
    r.rejectUnknown(
        {QStringLiteral("district"), QStringLiteral("region"), QStringLiteral("target_pod"),
            QStringLiteral("target_region"), QStringLiteral("reason"), QStringLiteral("expires")});
    RoutingOverride o;
    std::tie(o.scopeDistrict, o.scopeRegion)
        = oneOf(r, QStringLiteral("district"), QStringLiteral("region"));
    std::tie(o.targetPod, o.targetRegion)
        = oneOf(r, QStringLiteral("target_pod"), QStringLiteral("target_region"));
    o.reason = r.requiredString(QStringLiteral("reason")).trimmed();
    if (o.reason.isEmpty())
        throw ValidationError(QStringLiteral("reason"),
            QStringLiteral("say why (it is audited and shown to whoever finds the override)"));
    if (o.reason.size() > kMaxReason)
        throw ValidationError(QStringLiteral("reason"),
            QStringLiteral("is longer than %1 characters").arg(kMaxReason));
    o.expires = r.requiredTime(QStringLiteral("expires"));
    if (o.expires <= now)
        throw ValidationError(QStringLiteral("expires"), QStringLiteral("is in the past"));
    if (o.expires > now.addDays(kMaxLifetimeDays))
        throw ValidationError(QStringLiteral("expires"),
            QStringLiteral("is more than %1 days away; overrides are for incidents and drills")
                .arg(kMaxLifetimeDays));
    o.created = now;
    return o;
}

RoutingOverride RoutingOverride::fromJson(const QJsonObject &json)
{
    const JsonReader r(json);
    RoutingOverride o;
    o.id = r.requiredString(QStringLiteral("id"));
    std::tie(o.scopeDistrict, o.scopeRegion)
        = oneOf(r, QStringLiteral("district"), QStringLiteral("region"));
    std::tie(o.targetPod, o.targetRegion)
        = oneOf(r, QStringLiteral("target_pod"), QStringLiteral("target_region"));
    o.reason = r.requiredString(QStringLiteral("reason"));
    o.actor = r.optionalString(QStringLiteral("actor")).value_or(QString());
    o.created = r.requiredTime(QStringLiteral("created"));
    o.expires = r.requiredTime(QStringLiteral("expires"));
    o.districts = r.stringList(QStringLiteral("districts"));
    return o;
}

QList<PodCandidacy> narrowedTo(const QList<PodCandidacy> &candidacies,
    const QList<RoutingPod> &pods, const RoutingOverride &override)
{
    QList<PodCandidacy> kept;
    QList<PodCandidacy> rest;
    for (const auto &c : candidacies) {
        if (c.allowed && override.targets(pods.at(c.pod))) {
            kept.append(c);
        } else {
            rest.append(c);
            rest.last().allowed = false;
        }
    }
    return kept + rest;
}
