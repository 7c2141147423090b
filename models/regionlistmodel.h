#pragma once

#include "backend/core/region.h"

#include <QAbstractListModel>
#include <QList>

#include <optional>

/**
 * The daemon's regions (GET /regions) for filter combos and map labels. setRegions() diffs
 * by id like the pod table, so a reload that changes nothing emits nothing.
 */
class RegionListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegionListModel)

public:
    enum Role {
        RegionIdRole = Qt::UserRole + 1, ///< QString
        LatitudeRole, ///< double
        LongitudeRole, ///< double
        JurisdictionRole, ///< QString
        CertificationsRole, ///< QStringList
    };
    Q_ENUM(Role)

    explicit RegionListModel(QObject *parent = nullptr);

    /** Merges a snapshot: removes vanished regions, updates changed ones, appends new ones. */
    void setRegions(const QList<Region> &regions);
    const QList<Region> &regions() const { return m_regions; }
    /** The region with @p id, or nullopt. */
    std::optional<Region> region(const QString &id) const;
    /** Row of the region with @p id, or -1. */
    int rowOf(const QString &id) const;

    // QAbstractItemModel
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<Region> m_regions;
};
