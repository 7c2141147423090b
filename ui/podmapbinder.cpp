#include "ui/podmapbinder.h"

#include "models/healthcolors.h"
#include "models/podtablemodel.h"
#include "models/regionlistmodel.h"
#include "ui/map/maplegend.h"
#include "ui/map/worldmapview.h"

#include <QLocale>
#include <QMap>

PodMapBinder::PodMapBinder(
    PodTableModel *pods, RegionListModel *regions, WorldMapView *map, QObject *parent)
    : QObject(parent)
    , m_pods(pods)
    , m_regions(regions)
    , m_map(map)
{
    // The key to what this binder draws: shapes by pod type, colours by health.
    using Shape = MarkerSprites::Shape;
    LegendSection types{QStringLiteral("pods"), tr("Pods"), {}};
    for (const PodType type :
        {PodType::Primary, PodType::Edge, PodType::Backup, PodType::Compliance})
        types.entries.append({LegendEntry::Symbol::Marker,
            MarkerSprites::shapeFor(podTypeName(type)), {}, PodTableModel::typeLabel(type)});
    m_map->legend()->setSection(types);
    LegendSection health{QStringLiteral("health"), tr("Health"), {}};
    for (const HealthState state :
        {HealthState::Healthy, HealthState::Degraded, HealthState::Unhealthy})
        health.entries.append({LegendEntry::Symbol::Marker, Shape::Circle,
            HealthColors::color(state), HealthColors::label(state)});
    health.entries.append({LegendEntry::Symbol::Marker, Shape::Circle,
        HealthColors::color(HealthState::Unknown), tr("Unknown or offline")});
    m_map->legend()->setSection(health);

    m_badgeTimer.setSingleShot(true);
    m_badgeTimer.setInterval(0);
    connect(&m_badgeTimer, &QTimer::timeout, this, &PodMapBinder::updateBadges);

    connect(m_pods, &QAbstractItemModel::rowsInserted, this,
        [this](const QModelIndex &, int first, int last) { upsertRows(first, last); });
    connect(m_pods, &QAbstractItemModel::rowsAboutToBeRemoved, this,
        [this](const QModelIndex &, int first, int last) { removeRows(first, last); });
    connect(m_pods, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
            upsertRows(topLeft.row(), bottomRight.row());
        });
    connect(m_pods, &QAbstractItemModel::modelReset, this, &PodMapBinder::rebuild);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_regions, signal, this, &PodMapBinder::updateLabels);
    connect(m_regions, &QAbstractItemModel::dataChanged, this, &PodMapBinder::updateLabels);
    connect(m_regions, &QAbstractItemModel::modelReset, this, &PodMapBinder::updateLabels);
    rebuild();
}

std::optional<MapMarker> PodMapBinder::markerForRow(int row) const
{
    const QModelIndex index = m_pods->index(row, PodTableModel::PodColumn);
    const QVariant latitude = index.data(PodTableModel::LatitudeRole);
    const QVariant longitude = index.data(PodTableModel::LongitudeRole);
    if (!latitude.isValid() || !longitude.isValid())
        return std::nullopt;
    const Pod &pod = m_pods->pods().at(row);
    const auto region = m_pods->region(pod.region);
    MapMarker marker;
    marker.id = pod.id;
    marker.latitude = latitude.toDouble();
    marker.longitude = longitude.toDouble();
    marker.color = HealthColors::color(m_pods->isStale() ? HealthState::Unknown : pod.health);
    marker.kind = podTypeName(pod.type);
    marker.tooltip
        = tr("%1\n%2 pod in %3\nHealth: %4%5\nReplicas: %6 healthy of %7 (range %8–%9)")
              .arg(pod.id, PodTableModel::typeLabel(pod.type), region ? region->name : pod.region,
                  HealthColors::label(pod.health), pod.draining ? tr(", draining") : QString())
              .arg(PodTableModel::healthyReplicas(pod))
              .arg(pod.replicas)
              .arg(pod.minReplicas)
              .arg(pod.maxReplicas);
    if (m_pods->isStale())
        marker.tooltip += QLatin1Char('\n')
            + tr("Last known state (%1); the daemon is unreachable")
                  .arg(QLocale().toString(m_pods->lastUpdate().toLocalTime().time()));
    return marker;
}

void PodMapBinder::upsertRows(int first, int last)
{
    for (int row = first; row <= last; ++row) {
        if (const auto marker = markerForRow(row))
            m_map->upsertMarker(*marker);
    }
    m_badgeTimer.start();
}

void PodMapBinder::removeRows(int first, int last)
{
    for (int row = first; row <= last; ++row)
        m_map->removeMarker(m_pods->pods().at(row).id);
    m_badgeTimer.start();
}

void PodMapBinder::rebuild()
{
    QList<MapMarker> markers;
    markers.reserve(m_pods->rowCount());
    for (int row = 0; row < m_pods->rowCount(); ++row) {
        if (const auto marker = markerForRow(row))
            markers.append(*marker);
    }
    m_map->setMarkers(markers);
    updateLabels();
}

void PodMapBinder::updateLabels()
{
    QList<MapLabel> labels;
    for (const auto &region : m_regions->regions())
        labels.append(MapLabel{region.id, region.name, region.latitude, region.longitude});
    m_map->setLabels(labels);
    m_badgeTimer.start();
}

void PodMapBinder::updateBadges()
{
    struct Counts
    {
        int total = 0;
        int troubled = 0;
    };
    QMap<QString, Counts> byRegion;
    for (const auto &pod : m_pods->pods()) {
        auto &counts = byRegion[pod.region];
        ++counts.total;
        if (pod.health == HealthState::Degraded || pod.health == HealthState::Unhealthy)
            ++counts.troubled;
    }
    QHash<QString, QString> badges;
    for (auto it = byRegion.cbegin(); it != byRegion.cend(); ++it) {
        QString text = tr("%n pod(s)", nullptr, it->total);
        if (it->troubled > 0)
            text += QStringLiteral(" · ") + tr("%n impaired", nullptr, it->troubled);
        badges.insert(it.key(), text);
    }
    m_map->setRegionBadges(WorldMapView::BadgeLayer::Pods, badges);
}
