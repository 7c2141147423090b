#pragma once

#include "backend/core/healthstate.h"
#include "backend/core/podtype.h"

#include <QSortFilterProxyModel>

#include <optional>

/**
 * Filters a PodTableModel by region, type, health and free text (all must match; an unset
 * filter matches everything) and sorts by PodTableModel::SortRole, so numeric columns sort
 * as numbers and health by severity. Ties are broken by pod id for a stable order.
 */
class PodFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PodFilterProxyModel)

public:
    explicit PodFilterProxyModel(QObject *parent = nullptr);

    /** Only pods of region @p regionId; empty shows all regions. */
    void setRegionFilter(const QString &regionId);
    QString regionFilter() const { return m_region; }
    /** Only pods of @p type; nullopt shows all types. */
    void setTypeFilter(std::optional<PodType> type);
    std::optional<PodType> typeFilter() const { return m_type; }
    /** Only pods in @p health; nullopt shows all. */
    void setHealthFilter(std::optional<HealthState> health);
    std::optional<HealthState> healthFilter() const { return m_health; }
    /** Case-insensitive words that must all appear in id, region, type, health, model or
     * jurisdiction. */
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    /** Clears every filter. */
    void clearFilters();

protected:
    // QSortFilterProxyModel
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_region;
    std::optional<PodType> m_type;
    std::optional<HealthState> m_health;
    QString m_search;
    QStringList m_searchWords;
};
