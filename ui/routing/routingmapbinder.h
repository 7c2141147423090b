#pragma once

#include "backend/core/district.h"
#include "ui/map/routelayer.h"

#include <QObject>
#include <QPointer>

class RoutingMonitor;
class WorldMapView;

/**
 * Puts the districts on the world map (a small dot each, coloured by how its traffic stands:
 * served, failed over, failing closed) and, for the selected district, draws its route: a
 * line to the pod serving it, thinner lines to the other pods of its split, coloured when it
 * has failed over; a red "Failing closed" label when no pod may serve it. Routing events
 * flash the district's dot as they happen.
 */
class RoutingMapBinder : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoutingMapBinder)

public:
    /** Uses (does not own) @p monitor and @p map. */
    RoutingMapBinder(RoutingMonitor *monitor, WorldMapView *map, QObject *parent = nullptr);

    void setDistricts(const QList<District> &districts);
    /** Draws @p districtId's route (empty: none). */
    void setSelectedDistrict(const QString &districtId);
    QString selectedDistrict() const { return m_selected; }
    /** While the daemon is unreachable the district dots show grey (last known route). */
    void setStale(bool stale);
    /** The links drawn for the selected district right now. */
    QList<MapLink> linksFor(const QString &districtId) const;

private:
    void updateMarkers(const QStringList &districtIds);
    void updateLinks();

    RoutingMonitor *m_monitor;
    QPointer<WorldMapView> m_map;
    QList<District> m_districts;
    QString m_selected;
    bool m_stale = false;
};
