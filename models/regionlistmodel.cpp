#include "models/regionlistmodel.h"

#include <QSet>

RegionListModel::RegionListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int RegionListModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_regions.size(); ++row) {
        if (m_regions.at(row).id == id)
            return row;
    }
    return -1;
}

std::optional<Region> RegionListModel::region(const QString &id) const
{
    const int row = rowOf(id);
    if (row < 0)
        return std::nullopt;
    return m_regions.at(row);
}

void RegionListModel::setRegions(const QList<Region> &regions)
{
    QSet<QString> incoming;
    for (const auto &region : regions)
        incoming.insert(region.id);
    for (int row = int(m_regions.size()) - 1; row >= 0; --row) {
        if (incoming.contains(m_regions.at(row).id))
            continue;
        beginRemoveRows({}, row, row);
        m_regions.removeAt(row);
        endRemoveRows();
    }
    for (const auto &region : regions) {
        const int row = rowOf(region.id);
        if (row >= 0) {
            if (m_regions.at(row) != region) {
                m_regions[row] = region;
                emit dataChanged(index(row), index(row));
            }
            continue;
        }
        const int newRow = int(m_regions.size());
        beginInsertRows({}, newRow, newRow);
        m_regions.append(region);
        endInsertRows();
    }
}

int RegionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_regions.size());
}

QVariant RegionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Region &region = m_regions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return region.name;
    case Qt::ToolTipRole:
        return tr("%1 · %2 · %3")
            .arg(region.id, region.jurisdiction, region.certifications.join(QStringLiteral(", ")));
    case RegionIdRole:
        return region.id;
    case LatitudeRole:
        return region.latitude;
    case LongitudeRole:
        return region.longitude;
    case JurisdictionRole:
        return region.jurisdiction;
    case CertificationsRole:
        return region.certifications;
    default:
        return {};
    }
}

QHash<int, QByteArray> RegionListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(RegionIdRole, "regionId");
    names.insert(LatitudeRole, "latitude");
    names.insert(LongitudeRole, "longitude");
    names.insert(JurisdictionRole, "jurisdiction");
    names.insert(CertificationsRole, "certifications");
    return names;
}
