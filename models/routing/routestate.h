#pragma once

#include "backend/core/routing/routereason.h"

#include "backend/core/routing/routedecision.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

/**
 * How a district's traffic stands, for colours and one-line summaries shared by the routing
 * explorer, the map and the events: served as planned, served while some pod its policy allows
 * is out (failed over, drained, recovering, full, overridden), or failing closed.
 */
class RouteState
{
    Q_DECLARE_TR_FUNCTIONS(RouteState)

public:
    enum class Kind { Unknown, Served, FailedOver, FailClosed };

    static Kind of(const RouteDecision &decision);
    /** Okabe–Ito like HealthColors: bluish green, orange, vermillion; grey when unknown. */
    static QColor color(Kind kind);
    /** "Served", "Failed over", "Failing closed". */
    static QString label(Kind kind);
    /** One sentence: "Served by us-east-edge-tx in us-east (100 %)", "Failing closed: no pod
     *  its policy allows is available". */
    static QString summary(const RouteDecision &decision);
    /** Why a pod takes none of the district's traffic, for people ("Residency: rule …",
     *  "Unhealthy", "Draining for maintenance", …). */
    static QString exclusionText(const RouteDecision::Exclusion &exclusion);
    /** A routing.changed reason ("failover", "override expired") in people's words. */
    static QString reasonText(RouteReason reason);
};
