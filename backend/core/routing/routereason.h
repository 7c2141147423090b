#pragma once

#include <QString>

#include <optional>

/**
 * Why the routing table planned a district again, and so why a route changed: the trigger the
 * table re-plans with, and the `reason` of routing.changed events and routing.change audit
 * records. Wire names in routeReasonName() ("override expired").
 */
enum class RouteReason {
    Start, // "start": the table's first plan
    Health, // "health": a pod's health changed (reported as failover/probed/restored/rebalance)
    Failover, // "failover": the pod that served the district went out
    Failback, // "failback": a recovered pod's ramp took a step
    Drain, // "drain": a pod's maintenance drain began or ended
    Consent, // "consent": a consent was recorded or revoked
    ConsentExpired, // "consent expired"
    Policy, // "policy": the policy pack was reloaded
    Fleet, // "fleet": a pod was created or deleted
    Override, // "override": an override was set
    OverrideRemoved, // "override removed"
    OverrideExpired, // "override expired"
    Probed, // "probed": the first health verdicts after start
    Restored, // "restored": a fail-closed district is served again
    Rebalance, // "rebalance": the split moved for any other reason
    Outlier, // "outlier": a pod was ejected for errors, or readmitted
    Capacity, // "capacity": a pod filled up, or has headroom again
    Latency, // "latency": a measured round trip moved a pod to another latency band
};

/** The wire name ("consent expired"). */
QString routeReasonName(RouteReason reason);
/** The reason named @p name, or nullopt. */
std::optional<RouteReason> routeReasonFromName(const QString &name);
