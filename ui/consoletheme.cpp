#include "ui/consoletheme.h"

#include <QApplication>
#include <QPalette>
#include <QStyleFactory>

void ConsoleTheme::apply(QApplication &app)
{
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    // Shades of the map's own slate blue, so panels and map read as one surface.
    const QColor window(0x1b, 0x25, 0x30);
    const QColor base(0x14, 0x1c, 0x25);
    const QColor alternate(0x1a, 0x24, 0x2e);
    const QColor text(0xe2, 0xe8, 0xee);
    const QColor dimText(0x8a, 0x98, 0xa6);
    const QColor button(0x24, 0x31, 0x3e);
    const QColor highlight(0x2f, 0x6f, 0xb3);

    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, alternate);
    palette.setColor(QPalette::ToolTipBase, QColor(0x24, 0x31, 0x3e));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, dimText);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, button);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0xff, 0xff));
    palette.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    palette.setColor(QPalette::Light, button.lighter(130));
    palette.setColor(QPalette::Midlight, button.lighter(115));
    palette.setColor(QPalette::Mid, button.darker(120));
    palette.setColor(QPalette::Dark, button.darker(160));
    palette.setColor(QPalette::Shadow, QColor(0x05, 0x08, 0x0b));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, dimText);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, button);
    app.setPalette(palette);
}
