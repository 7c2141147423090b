#include "ui/routing/routingmapbinder.h"

#include "models/healthcolors.h"
#include "models/routing/routestate.h"
#include "models/routing/routingmonitor.h"
#include "ui/map/maplegend.h"
#include "ui/map/worldmapview.h"

namespace {

// Okabe–Ito sky blue: a route in normal service, apart from every health colour.
const QColor kRouteColor(0x56, 0xb4, 0xe9);

} // namespace

RoutingMapBinder::RoutingMapBinder(RoutingMonitor *monitor, WorldMapView *map, QObject *parent)
    : QObject(parent)
    , m_monitor(monitor)
    , m_map(map)
{
    // The key to what this binder draws: district dots by route state, and route lines.
    LegendSection districts{QStringLiteral("districts"), tr("Districts"), {}};
    for (const auto kind :
        {RouteState::Kind::Served, RouteState::Kind::FailedOver, RouteState::Kind::FailClosed})
        districts.entries.append({LegendEntry::Symbol::Marker, MarkerSprites::Shape::Dot,
            RouteState::color(kind), RouteState::label(kind)});
    m_map->legend()->setSection(districts);
    m_map->legend()->setSection({QStringLiteral("routes"), tr("Selected district's route"),
        {{LegendEntry::Symbol::Line, {}, kRouteColor, tr("Main pod")},
            {LegendEntry::Symbol::DashedLine, {}, kRouteColor, tr("Share of the split")},
            {LegendEntry::Symbol::Line, {}, RouteState::color(RouteState::Kind::FailedOver),
                tr("Failed over")}}});

    connect(m_monitor, &RoutingMonitor::tableChanged, this, [this](const QStringList &changed) {
        updateMarkers(changed);
        if (changed.contains(m_selected))
            updateLinks();
    });
    connect(m_monitor, &RoutingMonitor::districtMoved, this,
        [this](const QString &district, const QString &, const QString &, RouteReason reason) {
            if (m_map && (reason == RouteReason::Failover || reason == RouteReason::Failback))
                m_map->flashMarker(MapMarker::districtId(district),
                    RouteState::color(reason == RouteReason::Failover ? RouteState::Kind::FailedOver
                                                                      : RouteState::Kind::Served));
        });
    connect(
        m_monitor, &RoutingMonitor::districtFailedClosed, this, [this](const QString &district) {
            if (m_map)
                m_map->flashMarker(MapMarker::districtId(district),
                    RouteState::color(RouteState::Kind::FailClosed));
        });
}

void RoutingMapBinder::setDistricts(const QList<District> &districts)
{
    if (!m_map)
        return;
    for (const District &d : std::as_const(m_districts))
        m_map->removeMarker(MapMarker::districtId(d.id));
    m_districts = districts;
    QStringList ids;
    for (const District &d : districts)
        ids.append(d.id);
    updateMarkers(ids);
    updateLinks();
}

void RoutingMapBinder::updateMarkers(const QStringList &districtIds)
{
    if (!m_map)
        return;
    for (const District &d : std::as_const(m_districts)) {
        if (!districtIds.contains(d.id))
            continue;
        const auto decision = m_monitor->decision(d.id);
        const auto kind = decision ? RouteState::of(*decision) : RouteState::Kind::Unknown;
        MapMarker marker;
        marker.id = MapMarker::districtId(d.id);
        marker.latitude = d.latitude;
        marker.longitude = d.longitude;
        marker.kind = QStringLiteral("district");
        // Offline: grey like the pods, so no dot claims a route the console cannot confirm.
        marker.color
            = m_stale ? HealthColors::color(HealthState::Unknown) : RouteState::color(kind);
        marker.tooltip
            = QStringLiteral("<b>%1</b><br>%2")
                  .arg((d.name.isEmpty() ? d.id : d.name).toHtmlEscaped(),
                      (decision ? RouteState::summary(*decision) : RouteState::label(kind))
                          .toHtmlEscaped());
        if (m_stale)
            marker.tooltip += QStringLiteral("<br><i>%1</i>")
                                  .arg(tr("Last known route; the daemon is unreachable"));
        if (const auto shown = m_map->marker(marker.id); !shown || !(*shown == marker))
            m_map->upsertMarker(marker);
    }
}

void RoutingMapBinder::setStale(bool stale)
{
    if (stale == m_stale)
        return;
    m_stale = stale;
    QStringList all;
    for (const District &d : std::as_const(m_districts))
        all.append(d.id);
    updateMarkers(all);
}

void RoutingMapBinder::setSelectedDistrict(const QString &districtId)
{
    if (districtId == m_selected)
        return;
    m_selected = districtId;
    updateLinks();
}

QList<MapLink> RoutingMapBinder::linksFor(const QString &districtId) const
{
    QList<MapLink> links;
    const auto decision = districtId.isEmpty() ? std::nullopt : m_monitor->decision(districtId);
    if (!decision)
        return links;
    const QString from = MapMarker::districtId(districtId);
    const auto kind = RouteState::of(*decision);
    if (kind == RouteState::Kind::FailClosed) {
        links.append({from, {}, RouteState::color(kind), 2, false, tr("Failing closed")});
        return links;
    }
    // A failed-over route in its warning colour; a normal one in a calm blue.
    const QColor color
        = kind == RouteState::Kind::FailedOver ? RouteState::color(kind) : kRouteColor;
    for (const auto &w : decision->weights) {
        if (w.weight <= 0)
            continue;
        const bool main = w.pod == decision->pod;
        links.append({from, w.pod, color, main ? 3.0 : 1.5, !main, {}});
    }
    return links;
}

void RoutingMapBinder::updateLinks()
{
    if (m_map)
        m_map->setLinks(linksFor(m_selected));
}
