#pragma once

// Actions the composers put into the main window: one way to make them, so every shortcut
// works with the menu bar hidden, names itself in its tooltip, and every menu lands before Help.

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>

/** "Audit Report (Ctrl+Shift+A)": the action's text without mnemonic and ellipsis, its key. */
inline QString actionToolTip(const QString &text, const QKeySequence &key)
{
    return QStringLiteral("%1 (%2)").arg(
        QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")),
        key.toString(QKeySequence::NativeText));
}

/** A window action named @p name with @p key (may be empty); added to @p window so its
 *  shortcut works with the menu bar hidden. */
inline QAction *windowAction(
    QWidget *window, const QString &name, const QString &text, const QKeySequence &key)
{
    auto *action = new QAction(text, window);
    action->setObjectName(name);
    if (!key.isEmpty()) {
        action->setShortcut(key);
        action->setToolTip(actionToolTip(text, key));
    }
    window->addAction(action);
    return action;
}

/** Adds @p menu to @p bar before its last menu (Help stays last by convention). */
inline void insertMenuBeforeHelp(QMenuBar *bar, QMenu *menu)
{
    const auto existing = bar->actions();
    if (existing.isEmpty())
        bar->addMenu(menu);
    else
        bar->insertMenu(existing.last(), menu);
}

/**
 * The action that shows a dock from the keyboard: a dock that is hidden, or tabbed behind
 * another one, or in front while the focus is elsewhere, is shown, brought to the front and
 * given the focus; pressed again from inside the dock, it hides it (as VS Code's panel keys do:
 * Ctrl+3 from the map goes to Compliance instead of closing it under the user's eyes).
 * (A dock's own toggleViewAction() would hide a tabbed-behind dock instead of showing it.)
 */
inline QAction *dockShortcut(QDockWidget *dock, const QString &text, const QKeySequence &key)
{
    QAction *action = windowAction(
        dock->parentWidget(), dock->objectName() + QStringLiteral("Shortcut"), text, key);
    QObject::connect(action, &QAction::triggered, dock, [dock] {
        const QWidget *focus = QApplication::focusWidget();
        if (dock->isVisible() && !dock->visibleRegion().isEmpty() && focus
            && dock->isAncestorOf(focus)) {
            dock->hide();
            return;
        }
        dock->show();
        dock->raise();
        if (QWidget *widget = dock->widget())
            widget->setFocus(Qt::ShortcutFocusReason);
    });
    return action;
}
