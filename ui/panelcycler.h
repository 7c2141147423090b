#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QWidget;

/**
 * F6 / Shift+F6: moves the keyboard focus to the next / previous panel (map, pods, events,
 * compliance), as in many desktop applications; hidden panels are skipped, and a panel
 * inside a hidden dock is shown first only when it is the one asked for by its own shortcut.
 */
class PanelCycler : public QObject
{
    Q_OBJECT

public:
    explicit PanelCycler(QObject *parent = nullptr);

    /** Panels in cycling order: the widget in each that takes the focus. */
    void setPanels(const QList<QWidget *> &panels);
    /** The panel holding the focus now, -1 when none does. */
    int currentPanel() const;

public Q_SLOTS:
    void next();
    void previous();

private:
    /** Visible and not in a dock tabbed behind another. */
    static bool shownInFront(const QWidget *widget);
    void step(int direction);

    QList<QPointer<QWidget>> m_panels;
};
