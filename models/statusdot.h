#pragma once

#include <QColor>
#include <QIcon>

/**
 * The one painter of the small filled circles item views show as DecorationRole (pod health,
 * compliance verdicts): a disc in @p color with a darker rim, cached per colour. Without a
 * QGuiApplication (a headless caller) there is no pixmap to paint and the icon is null.
 */
class StatusDot
{
public:
    StatusDot() = delete;
    static QIcon icon(const QColor &color);
};
