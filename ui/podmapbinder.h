#pragma once

#include "ui/map/mapmarker.h"

#include <QObject>
#include <QTimer>

class PodTableModel;
class RegionListModel;
class WorldMapView;
class QModelIndex;

/**
 * Keeps the world map in step with the pod model by diffs: rowsInserted / dataChanged upsert
 * the markers of those rows, rowsAboutToBeRemoved removes theirs; only a model reset rebuilds
 * everything. A pod sits at its region's coordinates (the map fans out co-located markers),
 * coloured by health, shaped by type. Also labels the regions and badges them with pod counts.
 */
class PodMapBinder : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PodMapBinder)

public:
    PodMapBinder(PodTableModel *pods, RegionListModel *regions, WorldMapView *map,
        QObject *parent = nullptr);

    /** The marker for @p row of the pod model; nullopt while its region is unknown. */
    std::optional<MapMarker> markerForRow(int row) const;
    /** Rebuilds all markers and labels from scratch (also done on modelReset). */
    void rebuild();

private:
    void upsertRows(int first, int last);
    void removeRows(int first, int last);
    void updateLabels();
    void updateBadges();

    PodTableModel *m_pods;
    RegionListModel *m_regions;
    WorldMapView *m_map;
    // Badges count every pod of a region; recount once per event loop pass, not per row.
    QTimer m_badgeTimer;
};
