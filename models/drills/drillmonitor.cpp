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
    m_active = Active{step->drill, step->scenario, step->state, stepText(*step)};
    Q_EMIT activeChanged();
}

QString DrillMonitor::statusText() const
{
    if (!m_active)
        return {};
    const QString what = scenarioTitle(m_active->scenario);
    return m_active->state == DrillState::Restoring
        ? tr("Drill restoring (%1): %2").arg(what, m_active->lastStep)
        : tr("Drill running (%1): %2").arg(what, m_active->lastStep);
}

QString DrillMonitor::stepText(const DrillProgressEvent &s)
{
    const QString &k = s.kind;
    if (k == QLatin1String("first_failed_probe"))
        return s.pod.isEmpty() ? tr("%1 has no route").arg(s.district)
                               : tr("a probe of %1 to %2 failed").arg(s.district, s.pod);
    if (k == QLatin1String("first_good_probe"))
        return tr("%1 is served again, by %2").arg(s.district, s.pod);
    if (k == QLatin1String("rerouted"))
        return tr("%1 moved to %2").arg(s.district, s.pod);
    if (k == QLatin1String("fail_closed"))
        return tr("%1 fails closed: no pod its law allows is up").arg(s.district);
    if (k == QLatin1String("detected"))
        return tr("the fleet marked %1 down").arg(s.pod);
    if (k == QLatin1String("fault_injected"))
        return tr("faults applied");
    if (k == QLatin1String("restore_started"))
        return tr("restoring: every fault is being reverted");
    if (k == QLatin1String("reverted"))
        return tr("a fault on %1 reverted and read back").arg(s.pod);
    if (k == QLatin1String("restored"))
        return tr("restored: every fault reverted and read back");
    if (k == QLatin1String("failback_done"))
        return tr("every district is back on its own pod");
    return s.detail;
}

QString DrillMonitor::scenarioTitle(DrillScenario scenario)
{
    switch (scenario) {
    case DrillScenario::PodCrash:
        return tr("Pod crash");
    case DrillScenario::PodHang:
        return tr("Pod hang (answers nothing)");
    case DrillScenario::Latency:
        return tr("Added latency");
    case DrillScenario::Errors:
        return tr("Error rate");
    case DrillScenario::RegionOutage:
        return tr("Whole-region outage");
    }
    return {};
}
