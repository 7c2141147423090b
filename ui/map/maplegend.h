#pragma once

#include "ui/map/markersprites.h"

#include <QColor>
#include <QList>
#include <QString>
#include <QWidget>

/** One line of the map legend: a marker symbol or a line style, and what it means. */
struct LegendEntry
{
    enum class Symbol { Marker, Line, DashedLine };
    Symbol symbol = Symbol::Marker;
    MarkerSprites::Shape shape = MarkerSprites::Shape::Circle;
    QColor color; // invalid: the neutral marker colour
    QString text;
};

/** A titled group of legend lines ("Pods", "Health", …). */
struct LegendSection
{
    QString key; // who owns it ("pods", "routing"): setSection() replaces by key
    QString title;
    QList<LegendEntry> entries;
};

/**
 * The map's key, in its bottom-left corner: marker shapes, health colours, district dots and
 * route lines, each drawn exactly as the map draws it (the same sprites and colours), with
 * its meaning. Whoever puts a kind of symbol on the map adds its section. Sections flow into
 * columns so the key stays short on a small map; it hides itself when the map is too small
 * for it and can be switched off (View → Map Legend).
 */
class MapLegend : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MapLegend)

public:
    explicit MapLegend(QWidget *parent = nullptr);

    /** Adds the section, or replaces the one with the same key. */
    void setSection(const LegendSection &section);
    QList<LegendSection> sections() const { return m_sections; }
    /** Shown when wanted and when its parent has room (enabled: what the user chose). */
    void setWanted(bool wanted);
    bool isWanted() const { return m_wanted; }
    /** Places it in its parent's bottom-left corner (call on the parent's resize). */
    void reposition();
    /** Where entry @p index of section @p key draws its symbol, in the legend's coordinates
     *  (invalid when there is none); for tests that check the drawn colour. */
    QRect symbolRect(const QString &key, int index) const;

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Layout
    {
        QList<QRect> titles; // per section
        QList<QList<QRect>> symbols; // per section, per entry
        QList<QList<QRect>> texts;
        QSize size;
    };
    Layout layout() const;
    void updateVisibility();

    QList<LegendSection> m_sections;
    mutable MarkerSprites m_sprites;
    bool m_wanted = true;
};
