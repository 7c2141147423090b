#include "ui/connectionindicator.h"

#include "backend/core/healthstate.h"
#include "models/healthcolors.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>

namespace {

QPixmap dotPixmap(const QColor &color, qreal devicePixelRatio)
{
    const int size = 12;
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(1, 1, size - 2, size - 2));
    return pixmap;
}

} // namespace

ConnectionIndicator::ConnectionIndicator(QWidget *parent)
    : QWidget(parent)
    , m_dot(new QLabel(this))
    , m_label(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->setSpacing(6);
    layout->addWidget(m_dot);
    layout->addWidget(m_label);
    refresh();
}

void ConnectionIndicator::setState(EventStream::State state)
{
    if (state == EventStream::State::Connected)
        m_everConnected = true;
    m_state = state;
    refresh();
}

QString ConnectionIndicator::text() const
{
    switch (m_state) {
    case EventStream::State::Connected:
        return tr("Connected");
    case EventStream::State::Connecting:
        return m_everConnected ? tr("Reconnecting…") : tr("Connecting…");
    case EventStream::State::Offline:
        break;
    }
    return tr("Offline");
}

QColor ConnectionIndicator::color() const
{
    // Same hues as health, so "live" reads like "healthy" everywhere in the console.
    switch (m_state) {
    case EventStream::State::Connected:
        return HealthColors::color(HealthState::Healthy);
    case EventStream::State::Connecting:
        return HealthColors::color(HealthState::Degraded);
    case EventStream::State::Offline:
        break;
    }
    return HealthColors::color(HealthState::Unhealthy);
}

void ConnectionIndicator::setDetails(const QString &daemon, const QString &lastError)
{
    m_daemon = daemon;
    QString tip = daemon.isEmpty() ? tr("No daemon") : tr("Daemon: %1").arg(daemon);
    if (!lastError.isEmpty())
        tip += QLatin1Char('\n') + tr("Last error: %1").arg(lastError);
    setToolTip(tip);
}

void ConnectionIndicator::refresh()
{
    m_dot->setPixmap(dotPixmap(color(), devicePixelRatioF()));
    m_label->setText(text());
    m_label->setAccessibleName(tr("Event stream: %1").arg(text()));
}
