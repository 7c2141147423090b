#include "models/routing/routestate.h"

#include "models/compliance/complianceregimes.h"

RouteState::Kind RouteState::of(const RouteDecision &decision)
{
    if (decision.district.isEmpty())
        return Kind::Unknown;
    if (decision.failClosed)
        return Kind::FailClosed;
    for (const auto &e : decision.excluded)
        if (e.reason != u"residency")
            return Kind::FailedOver; // a pod its policy allows is out: it runs on the others
    return Kind::Served;
}

QColor RouteState::color(Kind kind)
{
    switch (kind) {
    case Kind::Served:
        return QColor(0x00, 0x9e, 0x73);
    case Kind::FailedOver:
        return QColor(0xe6, 0x9f, 0x00);
    case Kind::FailClosed:
        return QColor(0xd5, 0x5e, 0x00);
    case Kind::Unknown:
        break;
    }
    return QColor(0x9a, 0xa8, 0xb6);
}

QString RouteState::label(Kind kind)
{
    switch (kind) {
    case Kind::Served:
        return tr("Served");
    case Kind::FailedOver:
        return tr("Failed over");
    case Kind::FailClosed:
        return tr("Failing closed");
    case Kind::Unknown:
        break;
    }
    return tr("Not routed yet");
}

QString RouteState::summary(const RouteDecision &decision)
{
    switch (of(decision)) {
    case Kind::FailClosed:
        return tr("Failing closed: no pod its policy allows is available, so none of its "
                  "requests are served");
    case Kind::Unknown:
        return tr("Not routed yet");
    case Kind::Served:
    case Kind::FailedOver:
        break;
    }
    int share = 100;
    for (const auto &w : decision.weights)
        if (w.pod == decision.pod)
            share = w.weight;
    const QString served = decision.weights.size() > 1
        ? tr("Served by %1 in %2 (%3 %) and %n other pod(s)", nullptr,
            int(decision.weights.size() - 1))
              .arg(decision.pod, decision.region)
              .arg(share)
        : tr("Served by %1 in %2").arg(decision.pod, decision.region);
    return of(decision) == Kind::FailedOver
        ? tr("%1 — failed over: a pod its policy allows is out").arg(served)
        : served;
}

QString RouteState::exclusionText(const RouteDecision::Exclusion &e)
{
    if (e.reason == u"residency")
        return e.dataClass.isEmpty()
            ? tr("Residency (rule %1)").arg(e.rule)
            : tr("Residency: no %1 there (rule %2)")
                  .arg(ComplianceRegimes::dataClassLabel(e.dataClass), e.rule);
    if (e.reason == u"unhealthy")
        return tr("Unhealthy");
    if (e.reason == u"not_probed")
        return tr("Not probed yet");
    if (e.reason == u"draining")
        return tr("Draining for maintenance");
    if (e.reason == u"recovering")
        return tr("Recovering: held down, then failing back gradually");
    if (e.reason == u"at_capacity")
        return tr("At capacity");
    if (e.reason == u"outlier")
        return tr("Ejected: most of its recent answers were errors");
    if (e.reason == u"override")
        return tr("Allowed, but an override sends the district elsewhere");
    return e.reason;
}

QString RouteState::reasonText(RouteReason reason)
{
    switch (reason) {
    case RouteReason::Failover:
        return tr("failover");
    case RouteReason::Failback:
        return tr("failback");
    case RouteReason::Drain:
        return tr("drain");
    case RouteReason::Consent:
    case RouteReason::ConsentExpired:
        return tr("consent changed");
    case RouteReason::Policy:
        return tr("policy changed");
    case RouteReason::Fleet:
        return tr("fleet changed");
    case RouteReason::Override:
        return tr("override");
    case RouteReason::OverrideRemoved:
        return tr("override removed");
    case RouteReason::OverrideExpired:
        return tr("override expired");
    case RouteReason::Start:
    case RouteReason::Probed:
        return tr("first health checks");
    case RouteReason::Restored:
        return tr("restored");
    case RouteReason::Health:
    case RouteReason::Rebalance:
        return tr("rebalance");
    case RouteReason::Outlier:
        return tr("outlier ejection");
    case RouteReason::Capacity:
        return tr("capacity");
    case RouteReason::Latency:
        return tr("measured latency");
    }
    return routeReasonName(reason);
}
