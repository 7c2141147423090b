#include "backend/core/routing/routereason.h"

#include <array>
#include <utility>

namespace {

constexpr std::array<std::pair<RouteReason, const char16_t *>, 18> kRouteReasonNames{{
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
    for (const auto &[known, name] : kRouteReasonNames) {
        if (known == reason)
            return QString::fromUtf16(name);
    }
    return {};
}

std::optional<RouteReason> routeReasonFromName(const QString &name)
{
    for (const auto &[known, text] : kRouteReasonNames) {
        if (name == QStringView(text))
            return known;
    }
    return std::nullopt;
}
