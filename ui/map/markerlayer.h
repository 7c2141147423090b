#pragma once

#include "models/map/mapprojection.h"
#include "ui/map/mapmarker.h"
#include "ui/map/markergrid.h"
#include "ui/map/markersprites.h"

#include <QGraphicsItem>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

/// Paints every marker of the map in one item, at a constant on-screen size.
///
/// One item instead of one QGraphicsItem per marker keeps the scene's bookkeeping out of
/// the frame budget at thousands of markers; a grid index limits painting and hit tests to
/// the exposed cells. Markers sharing a location are fanned out around it on screen
/// (deterministically, by id) with spokes to the true position, so co-located pods stay
/// individually visible and clickable at every zoom.
class MarkerLayer : public QGraphicsItem
{
public:
    explicit MarkerLayer(const MapProjection &projection, QGraphicsItem *parent = nullptr);

    void setMarkers(const QList<MapMarker> &markers);
    /** Adds or replaces one marker, repainting only the area it (and any group it joins or
     *  leaves) covers. Returns the scene positions whose fan-out changed. */
    QList<QPointF> upsertMarker(const MapMarker &marker);
    /** Returns the scene positions whose fan-out changed; empty if `id` was unknown. */
    QList<QPointF> removeMarker(const QString &id);
    int count() const { return int(m_entries.size()); }
    std::optional<MapMarker> marker(const QString &id) const;
    /** Scene rectangle around every marker's true position; null without markers. */
    QRectF markersSceneRect() const;

    void setSelectedId(const QString &id);
    QString selectedId() const { return m_selected; }
    void setHoveredId(const QString &id);

    /** The view's current scale (device pixels per scene unit), used to size the areas a
     *  change invalidates. */
    void setPixelsPerUnit(double pixelsPerUnit);

    /** Centre of the marker's symbol in the device coordinates of `deviceTransform`. */
    std::optional<QPointF> devicePos(const QString &id, const QTransform &deviceTransform) const;
    /** The marker whose symbol is nearest to `devicePoint` within the hit radius, or empty. */
    QString markerAt(const QPointF &devicePoint, const QTransform &deviceTransform) const;
    /** How many marker symbols overlap `deviceRect` (device coordinates of
     *  `deviceTransform`); labels use it to find a spot that hides none. */
    int symbolsIn(const QRectF &deviceRect, const QTransform &deviceTransform) const;
    /** Radius in device pixels that markers occupy around `scenePos` (0 if none there). */
    double clearanceAt(const QPointF &scenePos) const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    struct Entry
    {
        MapMarker marker;
        QPointF scenePos;
        QPointF fanOffset; // device pixels from scenePos to the drawn symbol
        quint64 groupKey = 0;
        MarkerSprites::Shape shape = MarkerSprites::Shape::Circle;
        bool drawsHub = false; // first of a fanned group: draws the true-position dot
    };

    static quint64 groupKeyFor(const QPointF &scenePos);
    static QPointF fanOffset(qsizetype slot, qsizetype groupSize);
    static QPoint symbolPixel(const QPointF &devicePoint);

    Entry makeEntry(const MapMarker &marker) const;
    void addEntry(const Entry &entry);
    void takeEntry(int index);
    void layoutGroup(quint64 key);
    QRectF sceneAreaOf(const Entry &entry) const;
    void invalidateGroup(quint64 key);
    QPointF symbolCentre(const Entry &entry, const QTransform &deviceTransform) const;
    void drawSymbol(QPainter *painter, const Entry &entry, const QTransform &deviceTransform,
        qreal devicePixelRatio);
    void drawRing(QPainter *painter, const Entry &entry, const QTransform &deviceTransform,
        const QColor &color, double radius, double width) const;

    MapProjection m_projection;
    QRectF m_world;
    QList<Entry> m_entries;
    QHash<QString, int> m_indexById;
    QHash<quint64, QStringList> m_groups; // location → member ids, sorted
    MarkerGrid m_grid;
    MarkerSprites m_sprites;
    double m_maxFanRadius = 0; // upper bound over all groups, device pixels
    double m_pixelsPerUnit = 1;
    QString m_selected;
    QString m_hovered;
    mutable QList<int> m_scratch;
};
