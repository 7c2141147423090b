#include "models/podtablemodel.h"

#include <QColor>

#include "backend/core/overloaded.h"
#include "models/healthcolors.h"
#include "models/logging.h"

#include <QSet>

#include <algorithm>
#include <exception>

namespace {

// Columns whose text depends on the fields that differ between @p a and @p b.
QList<int> changedColumns(const Pod &a, const Pod &b)
{
    QList<int> columns;
    if (a.id != b.id)
        columns << PodTableModel::PodColumn;
    if (a.region != b.region)
        columns << PodTableModel::RegionColumn;
    if (a.type != b.type)
        columns << PodTableModel::TypeColumn;
    if (a.health != b.health || a.draining != b.draining)
        columns << PodTableModel::HealthColumn;
    if (a.replicas != b.replicas || a.minReplicas != b.minReplicas || a.maxReplicas != b.maxReplicas
        || a.replicaStatus != b.replicaStatus)
        columns << PodTableModel::ReplicasColumn;
    if (a.replicas != b.replicas || a.capacityRps != b.capacityRps)
        columns << PodTableModel::CapacityColumn;
    if (a.modelVersion != b.modelVersion)
        columns << PodTableModel::ModelColumn;
    if (a.jurisdiction != b.jurisdiction || a.region != b.region
        || a.certifications != b.certifications)
        columns << PodTableModel::JurisdictionColumn;
    return columns;
}

} // namespace

PodTableModel::PodTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void PodTableModel::setStale(bool stale, const QDateTime &lastUpdate)
{
    if (stale == m_stale && lastUpdate == m_lastUpdate)
        return;
    m_stale = stale;
    m_lastUpdate = lastUpdate;
    if (!m_pods.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void PodTableModel::setPods(const QList<Pod> &pods)
{
    QSet<QString> incoming;
    for (const auto &pod : pods)
        incoming.insert(pod.id);
    // Remove from the bottom so the row numbers still to visit stay valid.
    for (int row = int(m_pods.size()) - 1; row >= 0; --row) {
        if (!incoming.contains(m_pods.at(row).id))
            removePod(m_pods.at(row).id);
    }
    for (const auto &pod : pods)
        upsertPod(pod);
}

void PodTableModel::setRegions(const QList<Region> &regions)
{
    QHash<QString, Region> lookup;
    for (const auto &region : regions)
        lookup.insert(region.id, region);
    if (lookup == m_regions)
        return;
    m_regions = lookup;
    // Coordinates and inherited jurisdictions of every row may have moved: one span, not a reset.
    if (!m_pods.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_pods.size()) - 1, ColumnCount - 1));
}

std::optional<Pod> PodTableModel::pod(const QString &id) const
{
    const int row = rowOf(id);
    if (row < 0)
        return std::nullopt;
    return m_pods.at(row);
}

std::optional<Region> PodTableModel::region(const QString &id) const
{
    const auto it = m_regions.constFind(id);
    if (it == m_regions.constEnd())
        return std::nullopt;
    return *it;
}

QString PodTableModel::effectiveJurisdiction(const Pod &pod) const
{
    if (!pod.jurisdiction.isEmpty())
        return pod.jurisdiction;
    return m_regions.value(pod.region).jurisdiction;
}

void PodTableModel::upsertPod(const Pod &pod)
{
    const int row = rowOf(pod.id);
    if (row >= 0) {
        replaceRow(row, pod);
        return;
    }
    const int newRow = int(m_pods.size());
    beginInsertRows({}, newRow, newRow);
    m_pods.append(pod);
    m_rowById.insert(pod.id, newRow);
    endInsertRows();
}

bool PodTableModel::removePod(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    const QString key = id; // @p id may refer into m_pods (setPods passes one)
    beginRemoveRows({}, row, row);
    m_pods.removeAt(row);
    m_rowById.remove(key);
    reindexFrom(row);
    endRemoveRows();
    return true;
}

bool PodTableModel::setDesiredReplicas(const QString &id, int replicas)
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    Pod pod = m_pods.at(row);
    pod.replicas = replicas;
    replaceRow(row, pod);
    return true;
}

void PodTableModel::reindexFrom(int row)
{
    for (int i = row; i < m_pods.size(); ++i)
        m_rowById[m_pods.at(i).id] = i;
}

void PodTableModel::replaceRow(int row, const Pod &pod)
{
    const auto columns = changedColumns(m_pods.at(row), pod);
    if (columns.isEmpty())
        return;
    m_pods[row] = pod;
    const auto [first, last] = std::minmax_element(columns.cbegin(), columns.cend());
    emitRowChanged(row, *first, *last);
}

void PodTableModel::emitRowChanged(int row, int firstColumn, int lastColumn)
{
    emit dataChanged(index(row, firstColumn), index(row, lastColumn));
}

bool PodTableModel::applyEvent(const Event &event)
{
    // Applies @p change to the row of pod @p id, if it has one; true when the row changed.
    const auto patch = [this](const QString &id, const auto &change) {
        const int row = rowOf(id);
        if (row < 0)
            return false;
        Pod pod = m_pods.at(row);
        change(pod);
        if (pod == m_pods.at(row))
            return false;
        replaceRow(row, pod);
        return true;
    };
    // A snapshot is the whole pod as it now is: the row becomes it.
    const auto adopt = [this](const Pod &snapshot) {
        const auto before = pod(snapshot.id);
        upsertPod(snapshot);
        return !before || *before != snapshot;
    };
    const auto ignore = [](const auto &) { return false; };
    return std::visit(
        Overloaded{
            [&](const PodCreatedEvent &e) { return adopt(e.snapshot); },
            [&](const PodScaledEvent &e) { return adopt(e.snapshot); },
            [&](const PodDrainingEvent &e) { return adopt(e.snapshot); },
            [&](const PodDrainEvent &e) { return adopt(e.snapshot); },
            [&](const PodDeletedEvent &e) { return removePod(e.pod); },
            [&](const PodHealthEvent &e) {
                return patch(e.pod, [&](Pod &pod) { pod.health = e.health; });
            },
            [&](const ReplicaStartedEvent &e) {
                return patch(e.pod, [&](Pod &pod) {
                    auto it = std::find_if(pod.replicaStatus.begin(), pod.replicaStatus.end(),
                        [&](const Replica &r) { return r.index == e.replica.index; });
                    if (it != pod.replicaStatus.end())
                        *it = e.replica;
                    else
                        pod.replicaStatus.append(e.replica);
                    std::sort(pod.replicaStatus.begin(), pod.replicaStatus.end(),
                        [](const Replica &a, const Replica &b) { return a.index < b.index; });
                });
            },
            [&](const ReplicaStoppedEvent &e) {
                return patch(e.pod, [&](Pod &pod) {
                    pod.replicaStatus.removeIf(
                        [&](const Replica &r) { return r.index == e.replica.index; });
                });
            },
            [&](const ReplicaHealthEvent &e) {
                return patch(e.pod, [&](Pod &pod) {
                    for (auto &replica : pod.replicaStatus) {
                        if (replica.index == e.index)
                            replica.health = e.health;
                    }
                });
            },
            // Not about a pod's row.
            [&](const UnknownEvent &e) { return ignore(e); },
            [&](const HelloEvent &e) { return ignore(e); },
            [&](const StreamResetEvent &e) { return ignore(e); },
            [&](const MigrationProgressEvent &e) { return ignore(e); },
            [&](const RoutingChangedEvent &e) { return ignore(e); },
            [&](const RoutingFailClosedEvent &e) { return ignore(e); },
            [&](const RoutingRestoredEvent &e) { return ignore(e); },
            [&](const DrillProgressEvent &e) { return ignore(e); },
            [&](const ReplicationLagEvent &e) { return ignore(e); },
        },
        event.payload);
}

int PodTableModel::healthyReplicas(const Pod &pod)
{
    return int(std::count_if(pod.replicaStatus.cbegin(), pod.replicaStatus.cend(),
        [](const Replica &r) { return r.health == HealthState::Healthy; }));
}

QString PodTableModel::replicasText(const Pod &pod)
{
    return tr("%1/%2 (%3–%4)")
        .arg(healthyReplicas(pod))
        .arg(pod.replicas)
        .arg(pod.minReplicas)
        .arg(pod.maxReplicas);
}

QString PodTableModel::typeLabel(PodType type)
{
    switch (type) {
    case PodType::Primary:
        return tr("Primary");
    case PodType::Edge:
        return tr("Edge");
    case PodType::Backup:
        return tr("Backup");
    case PodType::Compliance:
        return tr("Compliance");
    }
    return {};
}

int PodTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pods.size());
}

int PodTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PodTableModel::displayData(const Pod &pod, int column) const
{
    switch (column) {
    case PodColumn:
        return pod.id;
    case RegionColumn:
        return pod.region;
    case TypeColumn:
        return typeLabel(pod.type);
    case HealthColumn:
        return pod.draining ? tr("%1 (draining)").arg(HealthColors::label(pod.health))
                            : HealthColors::label(pod.health);
    case ReplicasColumn:
        return replicasText(pod);
    case CapacityColumn:
        return tr("%L1 rps").arg(pod.replicas * pod.capacityRps);
    case ModelColumn:
        return pod.modelVersion;
    case JurisdictionColumn:
        return effectiveJurisdiction(pod);
    }
    return {};
}

QVariant PodTableModel::sortData(const Pod &pod, int column) const
{
    switch (column) {
    case TypeColumn:
        return int(pod.type);
    case HealthColumn:
        return HealthColors::severity(pod.health);
    case ReplicasColumn:
        return pod.replicas;
    case CapacityColumn:
        return pod.replicas * pod.capacityRps;
    default:
        return displayData(pod, column);
    }
}

QVariant PodTableModel::toolTipData(const Pod &pod, int column) const
{
    switch (column) {
    case RegionColumn: {
        const auto region = this->region(pod.region);
        return region ? tr("%1 — %2 (%3)").arg(region->name, region->cloudRegion, region->provider)
                      : QVariant();
    }
    case HealthColumn:
        return pod.draining ? tr("Draining: receives no new traffic") : QVariant();
    case ReplicasColumn:
        return tr("%1 of %2 desired replicas healthy, %3 running; allowed range %4–%5")
            .arg(healthyReplicas(pod))
            .arg(pod.replicas)
            .arg(pod.replicaStatus.size())
            .arg(pod.minReplicas)
            .arg(pod.maxReplicas);
    case CapacityColumn:
        return tr("%1 replicas × %L2 requests/s").arg(pod.replicas).arg(pod.capacityRps);
    case JurisdictionColumn:
        if (pod.jurisdiction.isEmpty())
            return tr("Inherited from region %1").arg(pod.region);
        return {};
    default:
        return {};
    }
}

QVariant PodTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Pod &pod = m_pods.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(pod, column);
    case Qt::ToolTipRole:
        return toolTipData(pod, column);
    case Qt::DecorationRole:
        if (column == HealthColumn)
            return HealthColors::dot(m_stale ? HealthState::Unknown : pod.health);
        return {};
    case Qt::ForegroundRole:
        if (m_stale)
            return QColor(0x8a, 0x90, 0x99); // last known, not current
        return {};
    case Qt::TextAlignmentRole:
        if (column == ReplicasColumn || column == CapacityColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case PodIdRole:
        return pod.id;
    case RegionRole:
        return pod.region;
    case TypeRole:
        return podTypeName(pod.type);
    case HealthRole:
        return int(pod.health);
    case LatitudeRole:
    case LongitudeRole: {
        const auto it = m_regions.constFind(pod.region);
        if (it == m_regions.constEnd())
            return {};
        return role == LatitudeRole ? it->latitude : it->longitude;
    }
    case ReplicasRole:
        return pod.replicas;
    case MinReplicasRole:
        return pod.minReplicas;
    case MaxReplicasRole:
        return pod.maxReplicas;
    case HealthyReplicasRole:
        return healthyReplicas(pod);
    case CapacityRole:
        return pod.replicas * pod.capacityRps;
    case DrainingRole:
        return pod.draining;
    case SortRole:
        return sortData(pod, column);
    case SearchTextRole:
        return QStringList{pod.id, pod.region, m_regions.value(pod.region).name,
            podTypeName(pod.type), typeLabel(pod.type), healthStateName(pod.health),
            HealthColors::label(pod.health), pod.modelVersion, effectiveJurisdiction(pod)}
            .join(QLatin1Char(' '))
            .toLower();
    default:
        return {};
    }
}

QVariant PodTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PodColumn:
        return tr("Pod");
    case RegionColumn:
        return tr("Region");
    case TypeColumn:
        return tr("Type");
    case HealthColumn:
        return tr("Health");
    case ReplicasColumn:
        return tr("Replicas");
    case CapacityColumn:
        return tr("Capacity");
    case ModelColumn:
        return tr("Model");
    case JurisdictionColumn:
        return tr("Jurisdiction");
    }
    return {};
}

QHash<int, QByteArray> PodTableModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(PodIdRole, "podId");
    names.insert(RegionRole, "region");
    names.insert(TypeRole, "type");
    names.insert(HealthRole, "health");
    names.insert(LatitudeRole, "latitude");
    names.insert(LongitudeRole, "longitude");
    names.insert(ReplicasRole, "replicas");
    names.insert(MinReplicasRole, "minReplicas");
    names.insert(MaxReplicasRole, "maxReplicas");
    names.insert(HealthyReplicasRole, "healthyReplicas");
    names.insert(CapacityRole, "capacity");
    names.insert(DrainingRole, "draining");
    return names;
}
