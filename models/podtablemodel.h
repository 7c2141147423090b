#pragma once

#include "backend/core/event.h"
#include "backend/core/pod.h"
#include "backend/core/region.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>

/**
 * The fleet's pods, one row each, kept current by diffs: setPods() merges a snapshot
 * (GET /pods) into the rows already there and applyEvent() applies one stream event — both
 * only ever insert, remove or change the rows concerned, never reset, so views and the map
 * keep their selection and scroll position. Row order is arrival order; sort with a proxy
 * (SortRole holds numbers for numeric columns).
 */
class PodTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PodTableModel)

public:
    enum Column {
        PodColumn,
        RegionColumn,
        TypeColumn,
        HealthColumn,
        ReplicasColumn,
        CapacityColumn,
        ModelColumn,
        JurisdictionColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        PodIdRole = Qt::UserRole + 1, ///< QString
        RegionRole, ///< QString region id
        TypeRole, ///< QString wire name ("primary", …)
        HealthRole, ///< int(HealthState)
        LatitudeRole, ///< double, the region's (invalid QVariant: region unknown)
        LongitudeRole, ///< double
        ReplicasRole, ///< int, desired
        MinReplicasRole,
        MaxReplicasRole,
        HealthyReplicasRole, ///< int, replicas currently probed healthy
        CapacityRole, ///< int, desired replicas × rps per replica
        DrainingRole, ///< bool
        SortRole, ///< per column: number for numeric columns, else text
        SearchTextRole, ///< lower-case text the free-text filter matches
    };
    Q_ENUM(Role)

    explicit PodTableModel(QObject *parent = nullptr);

    /** Merges a full snapshot: removes rows no longer present, updates changed rows, appends new
     * ones. */
    void setPods(const QList<Pod> &pods);
    /** Region lookup for coordinates, names and inherited jurisdictions. */
    void setRegions(const QList<Region> &regions);
    /**
     * Applies one stream event (pod.created/scaled/deleted/health, replica.*): returns true when
     * a row changed; events about unknown pods or of other types are ignored (false).
     */
    bool applyEvent(const Event &event);
    /** Inserts @p pod, or updates the row with its id (dataChanged on the changed columns only). */
    void upsertPod(const Pod &pod);
    /** Removes the pod's row; false when there is none. */
    bool removePod(const QString &id);
    /**
     * While the daemon is unreachable the rows are its last known state: shown greyed (health
     * dots grey) with @p lastUpdate as the time they were last confirmed. One source for the
     * table, the map and the status bar.
     */
    void setStale(bool stale, const QDateTime &lastUpdate = {});
    bool isStale() const { return m_stale; }
    QDateTime lastUpdate() const { return m_lastUpdate; }
    /** Records a new desired replica count (e.g. from a PUT …/scale answer); false if unknown. */
    bool setDesiredReplicas(const QString &id, int replicas);

    const QList<Pod> &pods() const { return m_pods; }
    /** Row of the pod with @p id, or -1. */
    int rowOf(const QString &id) const { return m_rowById.value(id, -1); }
    /** The pod with @p id, or nullopt. */
    std::optional<Pod> pod(const QString &id) const;
    /** The region with @p id when known. */
    std::optional<Region> region(const QString &id) const;
    /** The pod's own jurisdiction, else its region's (empty while the region is unknown). */
    QString effectiveJurisdiction(const Pod &pod) const;
    /** Replicas probed healthy right now. */
    static int healthyReplicas(const Pod &pod);
    /** "2/3 (1–6)": healthy / desired (allowed range). */
    static QString replicasText(const Pod &pod);
    /** Translated pod type ("Primary", "Edge", …). */
    static QString typeLabel(PodType type);

    // QAbstractItemModel
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    bool m_stale = false;
    QDateTime m_lastUpdate;
    void replaceRow(int row, const Pod &pod);
    void emitRowChanged(int row, int firstColumn, int lastColumn);
    void reindexFrom(int row);
    QVariant displayData(const Pod &pod, int column) const;
    QVariant sortData(const Pod &pod, int column) const;
    QVariant toolTipData(const Pod &pod, int column) const;

    QList<Pod> m_pods;
    QHash<QString, int> m_rowById;
    QHash<QString, Region> m_regions;
};
