#include "models/compliance/compliancecolors.h"

#include <QGuiApplication>
#include <QHash>

QColor ComplianceColors::violation()
{
    return QColor(0xE0, 0x6A, 0x2C); // vermillion, a touch lighter for dark backgrounds
}

QColor ComplianceColors::compliant()
{
    return QColor(0x1F, 0xB5, 0x8A); // bluish green
}

QColor ComplianceColors::neutral()
{
    return QColor(0x8C, 0x8C, 0x8C);
}

QColor ComplianceColors::warning()
{
    return QColor(0xE6, 0x9F, 0x00);
}

QColor ComplianceColors::violationRow()
{
    return QColor(0x74, 0x24, 0x16);
}

QColor ComplianceColors::compliantRow()
{
    return QColor(0x15, 0x42, 0x35);
}

QColor ComplianceColors::neutralRow()
{
    return QColor(0x3A, 0x3A, 0x3A);
}

QColor ComplianceColors::violationPaper()
{
    return QColor(0xFB, 0xDD, 0xD2);
}

QColor ComplianceColors::compliantPaper()
{
    return QColor(0xDC, 0xF2, 0xE9);
}

QColor ComplianceColors::allowedShade()
{
    return QColor(0x1F, 0xB5, 0x8A, 110);
}
