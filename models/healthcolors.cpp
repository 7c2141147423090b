#include "models/healthcolors.h"

#include "models/statusdot.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QHash>

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
    return StatusDot::icon(color(state));
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
