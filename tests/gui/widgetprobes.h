#pragma once

// Test helpers for the console's widget tests: colour probes on rendered pixels, optional
// screenshots (RP_COMPLIANCE_SHOTS=DIR), and finding an open message box.

#include <QApplication>
#include <QColor>
#include <QDir>
#include <QImage>
#include <QMessageBox>
#include <QWidget>

inline bool isRedish(const QColor &c)
{
    return c.red() > c.green() + 40 && c.red() > c.blue() + 40;
}

inline bool isGreenish(const QColor &c)
{
    return c.green() > c.red() + 25 && c.green() >= c.blue();
}

/** The colour near the right end of @p rect, as @p viewport renders it now. */
inline QColor pixelIn(QWidget *viewport, const QRect &rect)
{
    const QImage image = viewport->grab().toImage();
    return image.pixelColor(QPoint(rect.right() - 3, rect.center().y()) * image.devicePixelRatio());
}

/** Saves @p widget as DIR/@p name when RP_COMPLIANCE_SHOTS=DIR is set. */
inline void shot(QWidget *widget, const QString &name)
{
    const auto dir = qEnvironmentVariable("RP_COMPLIANCE_SHOTS");
    if (dir.isEmpty())
        return;
    // Let pending layout requests (word-wrapped labels that just got text) settle first.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
    widget->grab().save(QDir(dir).filePath(name));
}

/** The visible top-level message box named @p objectName, or nullptr. */
inline QMessageBox *findBox(const QString &objectName)
{
    for (auto *w : QApplication::topLevelWidgets()) {
        if (auto *box = qobject_cast<QMessageBox *>(w);
            box && box->objectName() == objectName && box->isVisible())
            return box;
    }
    return nullptr;
}
