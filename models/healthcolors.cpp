#include "models/healthcolors.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QHash>
#include <QPainter>
#include <QPixmap>

QColor HealthColors::color(HealthState state)
{
    switch (state) {
    case HealthState::Healthy:
        return QColor(0x00, 0x9E, 0x73); // bluish green
    case HealthState::Degraded:
        return QColor(0xE6, 0x9F, 0x00); // orange
    case HealthState::Unhealthy:
        return QColor(0xD5, 0x5E, 0x00); // vermillion
    case HealthState::Unknown:
        break;
    }
    return QColor(0x8C, 0x8C, 0x8C);
}

QString HealthColors::label(HealthState state)
{
    switch (state) {
    case HealthState::Healthy:
        return QCoreApplication::translate("HealthColors", "Healthy");
    case HealthState::Degraded:
        return QCoreApplication::translate("HealthColors", "Degraded");
    case HealthState::Unhealthy:
        return QCoreApplication::translate("HealthColors", "Unhealthy");
    case HealthState::Unknown:
        break;
    }
    return QCoreApplication::translate("HealthColors", "Unknown");
}

QIcon HealthColors::dot(HealthState state)
{
    // Pixmaps need a QGuiApplication; a headless caller (a CLI, a core test) gets no icon.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return {};
    static QHash<int, QIcon> cache;
    const auto it = cache.constFind(int(state));
    if (it != cache.constEnd())
        return *it;
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(color(state).darker(140), 2));
    painter.setBrush(color(state));
    painter.drawEllipse(QRectF(5, 5, 22, 22));
    painter.end();
    const QIcon icon(pixmap);
    cache.insert(int(state), icon);
    return icon;
}

int HealthColors::severity(HealthState state)
{
    switch (state) {
    case HealthState::Healthy:
        return 0;
    case HealthState::Unknown:
        return 1;
    case HealthState::Degraded:
        return 2;
    case HealthState::Unhealthy:
        return 3;
    }
    return 1;
}
