#pragma once

#include <QColor>

/// The map's dark NOC theme. Land and sea stay muted and low-contrast so that health
/// colours (green/amber/red markers) and jurisdiction shading are the brightest things on
/// screen.
struct MapPalette
{
    static QColor outsideWorld() { return QColor(0x0a, 0x10, 0x16); }
    static QColor ocean() { return QColor(0x10, 0x1d, 0x2a); }
    static QColor graticule() { return QColor(0x1a, 0x2b, 0x3b); }
    static QColor land() { return QColor(0x2b, 0x38, 0x46); }
    static QColor coastline() { return QColor(0x50, 0x65, 0x7a); }
    static QColor border() { return QColor(0x46, 0x58, 0x6b); }
    static QColor stateBorder() { return QColor(0x3c, 0x4d, 0x5f); }
    static QColor markerOutline() { return QColor(0x08, 0x0d, 0x12); }
    static QColor markerDefault() { return QColor(0x9a, 0xa8, 0xb6); }
    static QColor selectionRing() { return QColor(0xff, 0xff, 0xff); }
    static QColor hoverRing() { return QColor(0xff, 0xff, 0xff, 0x90); }
    static QColor spoke() { return QColor(0xc8, 0xd4, 0xe0, 0x8c); }
    static QColor labelText() { return QColor(0xe8, 0xee, 0xf4); }
    static QColor labelHalo() { return QColor(0x0a, 0x10, 0x16, 0xd8); }
    static QColor badgeBackground() { return QColor(0x1c, 0x2a, 0x38, 0xe6); }
    static QColor badgeBorder() { return QColor(0x4a, 0x5e, 0x72); }
    static QColor badgeText() { return QColor(0xb4, 0xc4, 0xd4); }
    // A badge that reports a problem (data kept where policy forbids it): the violation colours.
    static QColor badgeAlertBackground() { return QColor(0x6e, 0x1f, 0x17, 0xf0); }
    static QColor badgeAlertBorder() { return QColor(0xf0, 0x88, 0x3e); }
    static QColor badgeAlertText() { return QColor(0xff, 0xe2, 0xcc); }
    static QColor errorText() { return QColor(0xff, 0xb4, 0xa8); }
};
