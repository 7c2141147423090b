#include "models/drills/drillmonitor.h"

#include "models/drills/drillsclient.h"

DrillMonitor::DrillMonitor(DrillsClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

DrillMonitor::~DrillMonitor() = default;

void DrillMonitor::reload()
{
    m_load.cancel();
    m_load = m_client->fetchHistory(this, 0, 1, [this](ApiResult<DrillHistory> result) {
        if (!result)
            return;
        const DrillHistory &h = result.value();
        if (h.active.isEmpty()) {
            if (m_active) {
                m_active.reset();
                Q_EMIT activeChanged();
            }
            return;
        }
        for (const DrillRecord &d : h.drills) {
            if (d.id != h.active)
                continue;
            m_active = Active{d.id, d.request.scenario, d.state,
                d.timeline.isEmpty() ? QString() : d.timeline.constLast().detail};
            Q_EMIT activeChanged();
        }
    });
}

void DrillMonitor::clear()
{
    m_load.cancel();
    if (m_active) {
        m_active.reset();
        Q_EMIT activeChanged();
    }
}

void DrillMonitor::applyEvent(const Event &event)
{
    const auto *step = std::get_if<DrillProgressEvent>(&event.payload);
    if (!step)
        return;
    Q_EMIT stepReceived(*step);
    if (isFinished(step->state)) {
        if (m_active && m_active->id == step->drill) {
            m_active.reset();
            Q_EMIT activeChanged();
        }
        return;
    }
    m_active = Active{step->drill, step->scenario, step->state, step->detail};
    Q_EMIT activeChanged();
}

QString DrillMonitor::statusText() const
{
    if (!m_active)
        return {};
    const QString what = drillScenarioName(m_active->scenario);
    return m_active->state == DrillState::Restoring
        ? tr("Drill restoring (%1): %2").arg(what, m_active->lastStep)
        : tr("Drill running (%1): %2").arg(what, m_active->lastStep);
}
