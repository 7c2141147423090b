#include "ui/panelcycler.h"

#include <QDockWidget>

#include <QApplication>
#include <QWidget>

PanelCycler::PanelCycler(QObject *parent)
    : QObject(parent)
{ }

void PanelCycler::setPanels(const QList<QWidget *> &panels)
{
    m_panels.clear();
    for (auto *panel : panels)
        m_panels.append(panel);
}

int PanelCycler::currentPanel() const
{
    const QWidget *focus = QApplication::focusWidget();
    for (int i = 0; i < m_panels.size(); ++i) {
        const QWidget *panel = m_panels.at(i);
        if (panel && focus && (focus == panel || panel->isAncestorOf(focus)))
            return i;
    }
    return -1;
}

void PanelCycler::next()
{
    step(+1);
}

void PanelCycler::previous()
{
    step(-1);
}

bool PanelCycler::shownInFront(const QWidget *widget)
{
    if (!widget->isVisible())
        return false;
    // A dock tabbed behind another stays "visible", moved out of sight.
    for (const QWidget *w = widget; w; w = w->parentWidget())
        if (const auto *dock = qobject_cast<const QDockWidget *>(w))
            return !dock->visibleRegion().isEmpty();
    return true;
}

void PanelCycler::step(int direction)
{
    const int count = int(m_panels.size());
    if (count == 0)
        return;
    int at = currentPanel();
    if (at < 0)
        at = direction > 0 ? -1 : count;
    for (int i = 1; i <= count; ++i) {
        QWidget *candidate = m_panels.at(((at + direction * i) % count + count) % count);
        if (candidate && shownInFront(candidate) && candidate->isEnabled()) {
            candidate->setFocus(direction > 0 ? Qt::TabFocusReason : Qt::BacktabFocusReason);
            return;
        }
    }
}
