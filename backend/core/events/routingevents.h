#pragma once

#include "backend/core/eventtype.h"
#include "backend/core/routing/routedecision.h"
#include "backend/core/routing/routereason.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// The routing.* event payloads, published after the table of `table_version` is live.
// Strict fromJson.

/** routing.changed: {district, from, to, reason, weights: [{pod, weight}], table_version} —
 *  from/to: pod ids ("" while fail-closed); reason: a RouteReason's wire name. */
struct RoutingChangedEvent
{
    static constexpr EventType kType = EventType::RoutingChanged;
    QString district;
    QString from;
    QString to;
    RouteReason reason = RouteReason::Rebalance;
    QList<RouteDecision::Weight> weights;
    qint64 tableVersion = 0;

    QJsonObject toJson() const;
    static RoutingChangedEvent fromJson(const QJsonObject &json);
    bool operator==(const RoutingChangedEvent &) const = default;
};

/** routing.fail_closed: {district, reason, fixes, from, table_version} — no compliant pod
 *  can serve the district (once per episode); from: the pod it had ("" if none). */
struct RoutingFailClosedEvent
{
    static constexpr EventType kType = EventType::RoutingFailClosed;
    QString district;
    QString reason;
    QStringList fixes;
    QString from;
    qint64 tableVersion = 0;

    QJsonObject toJson() const;
    static RoutingFailClosedEvent fromJson(const QJsonObject &json);
    bool operator==(const RoutingFailClosedEvent &) const = default;
};

/** routing.restored: {district, to, region, table_version} — a fail-closed district is served
 *  again, by pod `to` in `region`. */
struct RoutingRestoredEvent
{
    static constexpr EventType kType = EventType::RoutingRestored;
    QString district;
    QString to;
    QString region;
    qint64 tableVersion = 0;

    QJsonObject toJson() const;
    static RoutingRestoredEvent fromJson(const QJsonObject &json);
    bool operator==(const RoutingRestoredEvent &) const = default;
};
