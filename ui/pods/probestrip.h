#pragma once

#include "backend/core/probehistory.h"

#include <QWidget>

/**
 * A replica's recent health probes as a strip of bars, oldest left, newest right: each bar's
 * height is its round trip against the probe timeout (a floor keeps fast probes visible), green
 * when answered, vermillion when not. The tooltip says it in words, so colour is never the only
 * cue.
 */
class ProbeStrip : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProbeStrip)

public:
    explicit ProbeStrip(QWidget *parent = nullptr);

    /** Shows @p probes (oldest first), scaled against @p timeoutMs. */
    void setProbes(const QList<ProbeResult> &probes, double timeoutMs = 500);
    const QList<ProbeResult> &probes() const { return m_probes; }
    /** Where the bar of the newest probe is drawn (for tests and tooltips). */
    QRect newestBarRect() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    static constexpr int BarWidth = 3;
    static constexpr int Gap = 1;
    QRect barRect(int indexFromNewest, const ProbeResult &probe) const;

    QList<ProbeResult> m_probes;
    double m_timeoutMs = 500;
};
