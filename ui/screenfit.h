#pragma once

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

/**
 * Resizes a top-level window to @p preferred, or less where the screen is smaller: a dialog
 * sized for 1600×1000 must still show its buttons on a 1280×720 laptop (the audit report's
 * 780 px ran off the bottom under openbox). Leaves room for the window manager's frame.
 */
inline void resizeToFitScreen(QWidget *window, const QSize &preferred)
{
    const QWidget *anchor = window->parentWidget() ? window->parentWidget()->window() : window;
    QScreen *screen = anchor->screen() ? anchor->screen() : QGuiApplication::primaryScreen();
    if (!screen) {
        window->resize(preferred);
        return;
    }
    constexpr int kFrameWidth = 16, kFrameHeight = 48; // borders and a title bar
    const QSize room = screen->availableGeometry().size() - QSize(kFrameWidth, kFrameHeight);
    window->resize(preferred.boundedTo(room.expandedTo(window->minimumSizeHint())));
}
