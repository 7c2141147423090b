#pragma once

#include <QAction>
#include <QDockWidget>
#include <QKeySequence>

/**
 * The action that shows a dock from the keyboard: a dock that is hidden, or tabbed behind
 * another one, is shown, brought to the front and given the focus; a dock in front is hidden.
 * (A dock's own toggleViewAction() would hide a tabbed-behind dock instead of showing it.)
 */
inline QAction *dockShortcut(QDockWidget *dock, const QString &text, const QKeySequence &key)
{
    auto *action = new QAction(text, dock->parentWidget());
    action->setObjectName(dock->objectName() + QStringLiteral("Shortcut"));
    action->setShortcut(key);
    action->setToolTip(QStringLiteral("%1 (%2)").arg(
        QString(text).remove(QLatin1Char('&')), key.toString(QKeySequence::NativeText)));
    QObject::connect(action, &QAction::triggered, dock, [dock] {
        if (dock->isVisible() && !dock->visibleRegion().isEmpty()) {
            dock->hide();
            return;
        }
        dock->show();
        dock->raise();
        if (QWidget *widget = dock->widget())
            widget->setFocus(Qt::ShortcutFocusReason);
    });
    if (QWidget *window = dock->parentWidget())
        window->addAction(action); // works with the menu bar hidden too
    return action;
}
