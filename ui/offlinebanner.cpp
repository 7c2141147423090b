#include "ui/offlinebanner.h"

#include <QLocale>
#include <QPalette>

OfflineBanner::OfflineBanner(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("offlineBanner"));
    setWordWrap(true);
    setMargin(6);
    setAutoFillBackground(true);
    QPalette colours = palette();
    colours.setColor(QPalette::Window, QColor(0x8a, 0x5a, 0x00));
    colours.setColor(QPalette::WindowText, Qt::white);
    setPalette(colours);
    hide();
}

void OfflineBanner::setOffline(bool offline, const QDateTime &lastUpdate, const QString &reason)
{
    if (!offline) {
        hide();
        return;
    }
    const auto when = lastUpdate.isValid()
        ? QLocale().toString(lastUpdate.toLocalTime().time(), QLocale::LongFormat)
        : tr("never");
    QString text = tr("<b>Daemon unreachable.</b> Showing the last known state (last update "
                      "%1); changes wait until it is back. Reconnecting…")
                       .arg(when.toHtmlEscaped());
    if (!reason.isEmpty())
        text += QStringLiteral(" <i>(%1)</i>").arg(reason.toHtmlEscaped());
    setText(text);
    show();
}
