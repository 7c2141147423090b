#include "models/routing/routingmonitor.h"

RoutingMonitor::RoutingMonitor(RoutingClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(150);
    connect(&m_coalesce, &QTimer::timeout, this, &RoutingMonitor::reload);
}

RoutingMonitor::~RoutingMonitor() = default;

void RoutingMonitor::reload()
{
    m_coalesce.stop();
    m_tableCall.cancel();
    m_overridesCall.cancel();
    emit loadingChanged(true);
    m_tableCall = m_client->fetchTable(this, [this](ApiResult<RoutingSnapshot> result) {
        emit loadingChanged(false);
        if (!result) {
            emit errorOccurred(
                tr("Could not load the routing table: %1").arg(result.error().message()));
            return;
        }
        finishTable(result.value());
    });
    m_overridesCall
        = m_client->fetchOverrides(this, [this](ApiResult<QList<RoutingOverride>> result) {
              if (!result) {
                  emit errorOccurred(
                      tr("Could not load the routing overrides: %1").arg(result.error().message()));
                  return;
              }
              if (result.value() == m_overrides)
                  return;
              m_overrides = result.value();
              emit overridesChanged();
          });
}

void RoutingMonitor::clear()
{
    m_coalesce.stop();
    m_tableCall.cancel();
    m_overridesCall.cancel();
    const QStringList was = m_order;
    m_routes.clear();
    m_order.clear();
    m_overrides.clear();
    m_version = 0;
    emit tableChanged(was);
    emit overridesChanged();
}

void RoutingMonitor::finishTable(const RoutingSnapshot &snapshot)
{
    if (snapshot.tableVersion < m_version)
        return; // an older answer that crossed a newer one
    QStringList changed;
    QHash<QString, RouteDecision> routes;
    QStringList order;
    for (const RouteDecision &d : snapshot.routes) {
        order.append(d.district);
        routes.insert(d.district, d);
        const auto old = m_routes.constFind(d.district);
        // The version is stamped on every row: compare what the district's traffic does.
        RouteDecision a = d;
        a.tableVersion = 0;
        if (old == m_routes.cend()) {
            changed.append(d.district);
            continue;
        }
        RouteDecision b = *old;
        b.tableVersion = 0;
        if (!(a == b))
            changed.append(d.district);
    }
    for (auto it = m_routes.cbegin(); it != m_routes.cend(); ++it)
        if (!routes.contains(it.key()))
            changed.append(it.key());
    m_routes = std::move(routes);
    m_order = std::move(order);
    m_version = snapshot.tableVersion;
    emit tableChanged(changed);
}

void RoutingMonitor::applyEvent(const Event &event)
{
    if (const auto *changed = std::get_if<RoutingChangedEvent>(&event.payload))
        emit districtMoved(changed->district, changed->from, changed->to, changed->reason);
    else if (const auto *closed = std::get_if<RoutingFailClosedEvent>(&event.payload))
        emit districtFailedClosed(closed->district);
    else if (!std::holds_alternative<RoutingRestoredEvent>(event.payload)
        && !std::holds_alternative<PodDrainEvent>(event.payload))
        return;
    // The table moved: fetch it again, coalescing a burst of changes into one GET.
    if (!m_coalesce.isActive())
        m_coalesce.start();
}

std::optional<RouteDecision> RoutingMonitor::decision(const QString &districtId) const
{
    const auto it = m_routes.constFind(districtId);
    if (it == m_routes.cend())
        return std::nullopt;
    return *it;
}

QList<QPair<QString, int>> RoutingMonitor::districtsServedBy(const QString &podId) const
{
    QList<QPair<QString, int>> out;
    for (const QString &id : m_order)
        for (const auto &weight : m_routes.value(id).weights)
            if (weight.pod == podId && weight.weight > 0)
                out.append({id, weight.weight});
    return out;
}

QStringList RoutingMonitor::districtsFallingBackTo(const QString &podId) const
{
    QStringList out;
    for (const QString &id : m_order) {
        const RouteDecision route = m_routes.value(id);
        const bool serves = std::any_of(route.weights.cbegin(), route.weights.cend(),
            [&](const RouteDecision::Weight &w) { return w.pod == podId && w.weight > 0; });
        if (!serves && route.fallbacks.contains(podId))
            out.append(id);
    }
    return out;
}

std::optional<RoutingOverride> RoutingMonitor::overrideFor(const QString &districtId) const
{
    const auto d = decision(districtId);
    if (!d || d->overrideId.isEmpty())
        return std::nullopt;
    for (const auto &o : m_overrides)
        if (o.id == d->overrideId)
            return o;
    return std::nullopt;
}

QStringList RoutingMonitor::failClosedDistricts() const
{
    QStringList out;
    for (const QString &id : m_order)
        if (m_routes.value(id).failClosed)
            out.append(id);
    return out;
}
