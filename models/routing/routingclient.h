#pragma once

#include "backend/core/pod.h"
#include "backend/core/routing/routedecision.h"
#include "backend/core/routing/routingoverride.h"
#include "models/apiclient.h"
#include "models/apiresult.h"

#include <QDateTime>
#include <QList>
#include <QObject>

/** GET /routing: the whole table at one version. */
struct RoutingSnapshot
{
    qint64 tableVersion = 0;
    QList<RouteDecision> routes;

    /** Parses {"table_version", "routes": [decision]}; throws ValidationError. */
    static RoutingSnapshot fromJson(const QJsonObject &json);
};

/** What an operator asks for in POST /routing/override (one scope, one target). */
struct OverrideRequest
{
    QString district; // or
    QString region;
    QString targetPod; // or
    QString targetRegion;
    QString reason;
    QDateTime expires;

    QJsonObject toJson() const;
};

/**
 * Typed calls for the daemon's Routing API (docs/api.md, Routing) on the console's one
 * ApiClient: the table, overrides and drains. Every call ends in exactly one callback with the
 * parsed value or the daemon's ProblemDetails — a refused override carries the daemon's own
 * reason (403 naming the residency rule, 409 the safety rule), shown to the user verbatim.
 */
class RoutingClient : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoutingClient)

public:
    template <typename T> using Callback = std::function<void(ApiResult<T>)>;

    /** Uses (does not own) @p api, which must outlive this client. */
    explicit RoutingClient(ApiClient &api, QObject *parent = nullptr);
    ~RoutingClient() override;

    ApiClient &api() const { return m_api; }

    /** GET /routing (an auditor: its districts only). */
    ApiCall fetchTable(QObject *context, Callback<RoutingSnapshot> callback);
    /** GET /routing/overrides: those in force, oldest first. */
    ApiCall fetchOverrides(QObject *context, Callback<QList<RoutingOverride>> callback);
    /** POST /routing/override: the override as the daemon put it in force (201). */
    ApiCall createOverride(
        QObject *context, const OverrideRequest &request, Callback<RoutingOverride> callback);
    /** DELETE /routing/overrides/{id}. */
    ApiCall removeOverride(QObject *context, const QString &id, Callback<bool> callback);
    /** PUT /pods/{region}/{pod}/drain: the pod with its new drain state. */
    ApiCall setDraining(QObject *context, const QString &region, const QString &podId,
        bool draining, Callback<Pod> callback);

private:
    ApiClient &m_api;
};
