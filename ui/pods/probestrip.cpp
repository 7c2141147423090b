#include "ui/pods/probestrip.h"

#include "models/healthcolors.h"

#include <QPainter>

#include <algorithm>

ProbeStrip::ProbeStrip(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void ProbeStrip::setProbes(const QList<ProbeResult> &probes, double timeoutMs)
{
    m_probes = probes;
    m_timeoutMs = timeoutMs > 0 ? timeoutMs : 500;
    int failed = 0;
    double slowest = 0;
    for (const auto &probe : probes) {
        failed += probe.ok ? 0 : 1;
        slowest = std::max(slowest, probe.ms);
    }
    setToolTip(probes.isEmpty()
            ? tr("No probes yet")
            : tr("Last %n probe(s), newest on the right: ", nullptr, int(probes.size()))
                + tr("%n failed", nullptr, failed)
                + tr("; slowest %1 ms").arg(QLocale().toString(slowest, 'f', 1)));
    update();
}

QSize ProbeStrip::sizeHint() const
{
    return {60 * (BarWidth + Gap), fontMetrics().height() + 4};
}

QSize ProbeStrip::minimumSizeHint() const
{
    return {20 * (BarWidth + Gap), fontMetrics().height()};
}

QRect ProbeStrip::barRect(int indexFromNewest, const ProbeResult &probe) const
{
    const int h = height() - 2;
    // A failed probe always fills the height: it is the one to see.
    const double share = probe.ok ? std::clamp(probe.ms / m_timeoutMs, 0.25, 1.0) : 1.0;
    const int barHeight = std::max(2, int(h * share));
    const int right = width() - 1 - indexFromNewest * (BarWidth + Gap);
    return {right - BarWidth + 1, 1 + h - barHeight, BarWidth, barHeight};
}

QRect ProbeStrip::newestBarRect() const
{
    return m_probes.isEmpty() ? QRect() : barRect(0, m_probes.constLast());
}

void ProbeStrip::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QColor ok = HealthColors::color(HealthState::Healthy);
    const QColor failed = HealthColors::color(HealthState::Unhealthy);
    for (int i = 0; i < m_probes.size(); ++i) {
        const ProbeResult &probe = m_probes.at(m_probes.size() - 1 - i);
        const QRect bar = barRect(i, probe);
        if (bar.right() < 0)
            break; // older probes than fit
        painter.fillRect(bar, probe.ok ? ok : failed);
    }
}
