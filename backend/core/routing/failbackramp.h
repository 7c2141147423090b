#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

/**
 * Failback of pods that were down and serve again: each is held down for `holdDownMs`, then
 * given its traffic back in steps (10 % → 50 % → 100 % by default), each step held for
 * failbackMs / steps. One step at a time, each held for its full length from when it was
 * taken: a late caller (a busy host) delays the ramp, never skips a step of it. Pure: the
 * caller says what time it is (a Clock's nowMs()).
 */
class FailbackRamp
{
public:
    struct Settings
    {
        qint64 holdDownMs = 5000;
        qint64 failbackMs = 15000;
        QList<double> shares{0.1, 0.5, 1.0}; // increasing, the last 1.0
    };

    explicit FailbackRamp(Settings settings);

    /** The pod's state as routing sees it now: @p down (unhealthy), or @p serving (at least
     *  one healthy replica). A pod seen down and then serving starts its hold-down now; one
     *  that goes down again stops ramping. */
    void observe(const QString &pod, bool down, bool serving, qint64 nowMs);
    /** The pod's share of its traffic now (1.0 when it is not failing back), taking its next
     *  step when one is due. A pod whose ramp reached 1.0 is done. */
    double share(const QString &pod, qint64 nowMs);
    /** Whether @p pod is held down or ramping. */
    bool recovering(const QString &pod) const { return m_recovering.contains(pod); }
    /** The pods held down or ramping. */
    QStringList recoveringPods() const { return m_recovering.keys(); }
    /** When the next step of any pod is due (at or after @p nowMs), or nullopt when none is
     *  failing back. */
    std::optional<qint64> nextStepAtMs(qint64 nowMs) const;

private:
    struct Recovery
    {
        qint64 recoveredAtMs = 0;
        int step = 0; // 0: held down; n: at shares[n - 1]
        qint64 stepAtMs = 0; // when it entered its step
    };
    qint64 dueAtMs(const Recovery &recovery) const;

    Settings m_settings;
    QHash<QString, Recovery> m_recovering;
    QSet<QString> m_down; // seen unhealthy since they last served
};
