#include "backend/core/routing/routereason.h"

#include "backend/core/enumnames.h"
#include <array>
#include <utility>

namespace {

constexpr EnumNames<RouteReason, 18> kRouteReasonNames{{
    {RouteReason::Start, u"start"},
    {RouteReason::Health, u"health"},
    {RouteReason::Failover, u"failover"},
    {RouteReason::Failback, u"failback"},
    {RouteReason::Drain, u"drain"},
    {RouteReason::Consent, u"consent"},
    {RouteReason::ConsentExpired, u"consent expired"},
    {RouteReason::Policy, u"policy"},
    {RouteReason::Fleet, u"fleet"},
    {RouteReason::Override, u"override"},
    {RouteReason::OverrideRemoved, u"override removed"},
    {RouteReason::OverrideExpired, u"override expired"},
    {RouteReason::Probed, u"probed"},
    {RouteReason::Restored, u"restored"},
    {RouteReason::Rebalance, u"rebalance"},
    {RouteReason::Outlier, u"outlier"},
    {RouteReason::Capacity, u"capacity"},
    {RouteReason::Latency, u"latency"},
}};

} // namespace

QString routeReasonName(RouteReason reason)
{
    return enumName(kRouteReasonNames, reason);
}

std::optional<RouteReason> routeReasonFromName(const QString &name)
{
    return enumFromName(kRouteReasonNames, name);
}
