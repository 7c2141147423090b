#pragma once

#include <QColor>
#include <QElapsedTimer>
#include <QGraphicsItem>
#include <QList>
#include <QString>

class MarkerLayer;

/// A line on the map between two markers (a district and a pod it is routed to).
struct MapLink
{
    QString from; ///< marker id
    QString to; ///< marker id
    QColor color;
    double width = 2; ///< logical pixels
    bool dashed = false;
    QString label; ///< drawn at the line's middle (or beside `from` when `to` is empty)

    friend bool operator==(const MapLink &, const MapLink &) = default;
};

/// Paints the links between markers, from the symbols' drawn positions (after fan-out), at a
/// constant on-screen width, and short expanding rings where something just happened (a
/// failover). Sits between the labels and the markers, so symbols stay on top of lines.
class RouteLayer : public QGraphicsItem
{
public:
    RouteLayer(const QRectF &world, const MarkerLayer *markers, QGraphicsItem *parent = nullptr);

    void setLinks(const QList<MapLink> &links);
    const QList<MapLink> &links() const { return m_links; }
    /** Starts a ring around marker @p id that grows and fades over kFlashMs. */
    void flash(const QString &id, const QColor &color);
    /** Drops finished flashes; true while any is still running (keep repainting). */
    bool advanceFlashes();
    int activeFlashes() const { return int(m_flashes.size()); }

    static constexpr int kFlashMs = 1600;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    struct Flash
    {
        QString id;
        QColor color;
        QElapsedTimer age;
    };

    QRectF m_world;
    const MarkerLayer *m_markers;
    QList<MapLink> m_links;
    QList<Flash> m_flashes;
};
