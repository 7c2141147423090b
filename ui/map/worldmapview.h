#pragma once

#include "ui/map/maplabel.h"
#include "ui/map/mapmarker.h"
#include "ui/map/routelayer.h"

#include <QColor>
#include <QGraphicsView>
#include <QHash>
#include <QList>
#include <QMap>
#include <QPoint>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <optional>

class LabelLayer;
class MapLegend;
class LandLayer;
class MapGeometry;
class MarkerLayer;

/// The console's world map: countries and US states from the bundled Natural Earth / US
/// Census data, pods and districts as markers, region labels, jurisdiction shading.
///
/// Interaction: wheel zooms around the cursor, +/- zoom around the centre, drag or arrow
/// keys pan, Home resets, double-click zooms in; hovering a marker shows its tooltip, a
/// click selects it. Markers and labels keep their on-screen size at every zoom.
class WorldMapView : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorldMapView)

public:
    /** Loads the map resources; on failure logs to rp.ui.map, shows the reason on the map
     *  and still accepts markers (drawn over an empty ocean). */
    explicit WorldMapView(QWidget *parent = nullptr);
    /** A map of other (or deliberately broken, in tests) geometry; see MapGeometry. */
    explicit WorldMapView(std::shared_ptr<const MapGeometry> geometry, QWidget *parent = nullptr);
    ~WorldMapView() override;

    /** Why the map data could not be loaded; empty when it was. */
    QString loadError() const;

    /** Replaces all markers (a repeated id: the last one wins). */
    void setMarkers(const QList<MapMarker> &markers);
    /** Adds or replaces one marker, repainting only the area it covers. */
    void upsertMarker(const MapMarker &marker);
    void removeMarker(const QString &id);
    int markerCount() const;
    std::optional<MapMarker> marker(const QString &id) const;

    /** Rings the marker; emits selectionChanged() if the selection changed, never
     *  markerClicked(). An unknown or empty id clears the selection. */
    void setSelectedMarker(const QString &id);
    QString selectedMarker() const;

    void setLabels(const QList<MapLabel> &labels);
    /** The key in the map's corner; whoever draws a kind of symbol adds its section. */
    MapLegend *legend() const { return m_legend; }
    /** Replaces the lines drawn between markers (routes); an empty list clears them. */
    void setLinks(const QList<MapLink> &links);
    QList<MapLink> links() const;
    /** A short expanding ring around marker @p id (a failover just moved it). */
    void flashMarker(const QString &id, const QColor &color);
    /** Flashes still running. */
    int activeFlashes() const;
    /** Fills the shapes of these ISO 3166 codes ("DE", "GB", "US-WA"; a subdivision without
     *  its own shape, like "CA-ON", fills its country). An empty list clears. */
    void setShadedJurisdictions(const QStringList &codes, const QColor &color);
    /** Codes of the last setShadedJurisdictions() call that matched no shape. */
    QStringList unknownJurisdictions() const { return m_unknownJurisdictions; }
    /** Who writes a region's badge line; the texts of all layers are joined in this order. */
    enum class BadgeLayer { Pods, Residency };
    /** Sets @p layer's small text under region labels, by MapLabel::id (an empty hash clears
     *  that layer only); a region in @p alertIds of any layer is drawn in the alert colour. */
    void setRegionBadges(BadgeLayer layer, const QHash<QString, QString> &textByLabelId,
        const QSet<QString> &alertIds = {});
    /** The badge line shown under label @p labelId: every layer's text, joined with " · ". */
    QString regionBadge(const QString &labelId) const { return m_shownBadges.value(labelId); }

    /** Where label @p labelId was drawn in the last paint (viewport pixels); null if it was
     *  left out for want of room. */
    QRect labelRect(const QString &labelId) const;

    QPointF scenePosFor(double latitude, double longitude) const;
    /** Viewport pixel at the centre of the marker's symbol; a null point if unknown. */
    QPoint viewPosForMarker(const QString &id) const;
    /** The marker under a viewport position, or empty. */
    QString markerAt(const QPoint &viewPos) const;
    /** Device pixels per degree of longitude at the current zoom. */
    double pixelsPerDegree() const;

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    /** Shows the inhabited world (Antarctica and the high Arctic cropped). */
    void resetView();
    /** Frames every marker (the reset view if there are none). */
    void fitToMarkers();

Q_SIGNALS:
    void markerClicked(const QString &id);
    /** The selected marker changed; empty when nothing is selected. */
    void selectionChanged(const QString &id);
    /** The pointer entered a marker; empty when it left every marker. */
    void markerHovered(const QString &id);

protected:
    bool viewportEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void zoomAt(double factor, const QPointF &viewPos);
    void fitSceneRect(const QRectF &rect, int marginPixels);
    void panBy(const QPoint &delta);
    void transformChanged();
    double minimumScale() const;
    void setHovered(const QString &id);
    void selectFromUser(const QString &id);

    std::shared_ptr<const MapGeometry> m_geometry;
    MapLegend *m_legend = nullptr;
    QString m_loadError;
    LandLayer *m_land = nullptr;
    MarkerLayer *m_markers = nullptr;
    LabelLayer *m_labels = nullptr;
    RouteLayer *m_routes = nullptr;
    QTimer m_flashTimer;
    QStringList m_unknownJurisdictions;
    struct Badges
    {
        QHash<QString, QString> text;
        QSet<QString> alerts;
    };
    QMap<BadgeLayer, Badges> m_badges;
    QHash<QString, QString> m_shownBadges;
    QString m_hovered;
    QPoint m_pressPos;
    QPoint m_lastDragPos;
    bool m_pressed = false;
    bool m_dragging = false;
    // Until the user zooms or pans, a resize re-fits the world so it always fills the view.
    bool m_autoFit = true;
};
