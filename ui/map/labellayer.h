#pragma once

#include "models/map/mapprojection.h"
#include "ui/map/maplabel.h"

#include <QFont>
#include <QGraphicsItem>
#include <QHash>
#include <QList>
#include <QPixmap>
#include <QSet>
#include <QTransform>

class MarkerLayer;

/// Region names (and an optional badge line such as "12 objects") at a constant screen
/// size, with a halo so they read over land, sea and shading alike.
///
/// Each label is placed next to its anchor, clear of the markers fanned out there, and slid
/// inside the view when its anchor is in view but the label would be cut by the edge; when every
/// candidate spot (below, above, right, left, corners, then the sides further out) collides with a
/// label placed before it, it is left out at this zoom rather than drawn over another one — list
/// order is priority.
class LabelLayer : public QGraphicsItem
{
public:
    LabelLayer(const MapProjection &projection, const MarkerLayer *markers,
        QGraphicsItem *parent = nullptr);

    void setLabels(const QList<MapLabel> &labels);
    /** Sets the badge line under each label; those in @p alertIds are drawn in the alert
     *  colours (a problem, such as misplaced data, in that region). */
    void setBadges(
        const QHash<QString, QString> &textByLabelId, const QSet<QString> &alertIds = {});
    /** Markers were added, moved or removed at these scene positions: repaints if one is
     *  close enough to a label that its placement may change. */
    void markersChangedAt(const QList<QPointF> &scenePositions);

    /** A device rectangle no label may overlap (the legend drawn over the map); null: none. */
    void setKeepOut(const QRectF &deviceRect);
    /** Where label @p id was drawn in the last paint, in device pixels; null if left out. */
    QRectF placedRect(const QString &id) const { return m_placed.value(id); }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    struct Label
    {
        MapLabel label;
        QPointF scenePos;
        QString badge;
        bool alert = false;
        QPixmap sprite; // text + halo + badge, rendered lazily
        qreal spriteRatio = 0;
    };

    void renderSprite(Label *label, qreal devicePixelRatio) const;

    MapProjection m_projection;
    const MarkerLayer *m_markers;
    QRectF m_world;
    QList<Label> m_labels;
    QHash<QString, QString> m_badges;
    QSet<QString> m_alerts;
    QTransform m_lastTransform; // of the last paint, to map marker changes to the screen
    QList<QRectF> m_candidateAreas; // device area each label may occupy, last paint
    QHash<QString, QRectF> m_placed; // device rect of each label drawn, last paint
    QRectF m_keepOut;
    QFont m_font;
    QFont m_badgeFont;
};
