#pragma once

#include "backend/agent/faultspec.h"

#include <QDeadlineTimer>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

/** Holds the agent's current fault and clears it when its duration runs out. */
class FaultInjector : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FaultInjector)

public:
    explicit FaultInjector(QObject *parent = nullptr);

    /** Replaces the current fault (restarting any auto-clear timer) and emits changed(). */
    void apply(const FaultSpec &spec);
    const FaultSpec &current() const { return m_current; }

    bool isHanging() const { return m_current.mode == FaultSpec::Mode::Hang; }
    bool floodsMetrics() const { return m_current.mode == FaultSpec::Mode::MetricsFlood; }
    /** Milliseconds to add to every answer; 0 unless the latency fault is active. */
    int extraLatencyMs() const;
    /** Draws whether this inference should fail; never true outside the errors fault. */
    bool shouldFailInference() const;
    /** current().toJson() plus "remaining_s" (null when the fault does not expire). */
    QJsonObject toJson() const;

signals:
    void changed();

private:
    void expire();

    FaultSpec m_current;
    QTimer m_expiry;
    QDeadlineTimer m_deadline{QDeadlineTimer::Forever};
};
