#include "models/statusdot.h"

#include <QGuiApplication>
#include <QHash>
#include <QPainter>
#include <QPixmap>

QIcon StatusDot::icon(const QColor &color)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return {};
    static QHash<QRgb, QIcon> cache;
    const auto it = cache.constFind(color.rgba());
    if (it != cache.constEnd())
        return *it;
    // Drawn large once; QIcon scales it down to the view's decoration size.
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(color.darker(140), 2));
    painter.setBrush(color);
    painter.drawEllipse(QRectF(5, 5, 22, 22));
    painter.end();
    return *cache.insert(color.rgba(), QIcon(pixmap));
}
