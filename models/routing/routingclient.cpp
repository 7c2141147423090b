#include "models/routing/routingclient.h"

#include "backend/core/jsonreader.h"
#include "backend/core/validationerror.h"

RoutingSnapshot RoutingSnapshot::fromJson(const QJsonObject &json)
{
    const JsonReader r(json);
    RoutingSnapshot snapshot;
    snapshot.tableVersion = r.requiredIntIn(QStringLiteral("table_version"), 0, qint64(1) << 53);
    snapshot.routes = ApiClient::parseList<RouteDecision>(json, QStringLiteral("routes"));
    return snapshot;
}

QJsonObject OverrideRequest::toJson() const
{
    QJsonObject json{{QStringLiteral("reason"), reason},
        {QStringLiteral("expires"), expires.toUTC().toString(Qt::ISODate)}};
    if (!district.isEmpty())
        json.insert(QStringLiteral("district"), district);
    else
        json.insert(QStringLiteral("region"), region);
    if (!targetPod.isEmpty())
        json.insert(QStringLiteral("target_pod"), targetPod);
    else
        json.insert(QStringLiteral("target_region"), targetRegion);
    return json;
}

RoutingClient::RoutingClient(ApiClient &api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{ }

RoutingClient::~RoutingClient() = default;

ApiCall RoutingClient::fetchTable(QObject *context, Callback<RoutingSnapshot> callback)
{
    return m_api.request<RoutingSnapshot>(context, "GET", QStringLiteral("/routing"), std::nullopt,
        &RoutingSnapshot::fromJson, std::move(callback));
}

ApiCall RoutingClient::fetchOverrides(QObject *context, Callback<QList<RoutingOverride>> callback)
{
    return m_api.request<QList<RoutingOverride>>(
        context, "GET", QStringLiteral("/routing/overrides"), std::nullopt,
        [](const QJsonObject &json) {
            return ApiClient::parseList<RoutingOverride>(json, QStringLiteral("overrides"));
        },
        std::move(callback));
}

ApiCall RoutingClient::createOverride(
    QObject *context, const OverrideRequest &request, Callback<RoutingOverride> callback)
{
    return m_api.request<RoutingOverride>(context, "POST", QStringLiteral("/routing/override"),
        request.toJson(), &RoutingOverride::fromJson, std::move(callback));
}

ApiCall RoutingClient::removeOverride(QObject *context, const QString &id, Callback<bool> callback)
{
    return m_api.request<bool>(
        context, "DELETE", QStringLiteral("/routing/overrides/%1").arg(apiPathSegment(id)),
        std::nullopt,
        [](const QJsonObject &json) {
            return JsonReader(json).optionalBool(QStringLiteral("removed")).value_or(false);
        },
        std::move(callback));
}

ApiCall RoutingClient::setDraining(QObject *context, const QString &region, const QString &podId,
    bool draining, Callback<Pod> callback)
{
    return m_api.request<Pod>(context, "PUT",
        QStringLiteral("/pods/%1/%2/drain").arg(apiPathSegment(region), apiPathSegment(podId)),
        QJsonObject{{QStringLiteral("draining"), draining}}, &Pod::fromJson, std::move(callback));
}
