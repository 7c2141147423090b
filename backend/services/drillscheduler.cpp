#include "backend/services/drillscheduler.h"

#include "backend/core/audit/auditrecord.h"
#include "backend/core/validationerror.h"
#include "backend/services/auditlog.h"
#include "backend/services/eventbus.h"
#include "backend/services/logging.h"
#include "backend/services/serviceerror.h"
#include "backend/store/drillstore.h"

#include <QRandomGenerator>

DrillScheduler::DrillScheduler(DrillStore &store, AuditLog &audit, EventBus &events, Starter start,
    Validator validate, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_audit(audit)
    , m_events(events)
    , m_start(std::move(start))
    , m_validate(std::move(validate))
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    connect(&m_timer, &QTimer::timeout, this, &DrillScheduler::runDue);
    connect(&m_events, &EventBus::published, this, &DrillScheduler::onEvent);
}

void DrillScheduler::start(int checkMs)
{
    m_schedules = m_store.schedules();
    for (const DrillSchedule &s : std::as_const(m_schedules)) {
        const auto runs = m_store.runs(s.id, 1);
        if (!runs.isEmpty())
            m_lastRun.insert(s.id, runs.constFirst().at);
    }
    m_timer.start(checkMs);
}

void DrillScheduler::stop()
{
    m_timer.stop();
}

QDateTime DrillScheduler::lastRun(const DrillSchedule &s) const
{
    return m_lastRun.value(s.id, s.created);
}

std::optional<DrillSchedule> DrillScheduler::find(const QString &id) const
{
    for (const DrillSchedule &s : m_schedules)
        if (s.id == id)
            return s;
    return std::nullopt;
}

std::optional<QDateTime> DrillScheduler::nextRun(const QString &id) const
{
    const auto s = find(id);
    return s ? s->nextRun(lastRun(*s)) : std::nullopt;
}

QList<DrillScheduleRun> DrillScheduler::runs(const QString &id, int limit) const
{
    return m_store.runs(id, limit);
}

DrillSchedule DrillScheduler::add(DrillSchedule schedule, const QString &actor)
{
    try {
        m_validate(schedule.drill); // unknown pods or regions
    } catch (const ValidationError &e) {
        throw ValidationError(QStringLiteral("drill.") + e.field(), e.reason());
    }
    schedule.id = QStringLiteral("schedule-%1")
                      .arg(QRandomGenerator::global()->generate64() & 0xffffffffffffULL, 12, 16,
                          QLatin1Char('0'));
    schedule.actor = actor;
    schedule.created = m_now();
    if (!schedule.nextRun(schedule.created))
        throw ValidationError(QStringLiteral("weekdays"),
            QStringLiteral("the schedule never runs (every day it names is blocked or disabled)"));
    AuditRecord r;
    r.actor = actor;
    r.action = QStringLiteral("drill.schedule.create");
    r.details = {{QStringLiteral("schedule"), schedule.toJson()}};
    m_audit.append(r, [&] { m_store.putSchedule(schedule); });
    m_schedules.append(schedule);
    return schedule;
}

void DrillScheduler::remove(const QString &id, const QString &actor)
{
    if (!find(id))
        throw ServiceError(ServiceError::Kind::NotFound,
            QStringLiteral("no drill schedule '%1'").arg(id), QStringLiteral("id"));
    AuditRecord r;
    r.actor = actor;
    r.action = QStringLiteral("drill.schedule.delete");
    r.details = {{QStringLiteral("schedule"), id}};
    m_audit.append(r, [&] { m_store.removeSchedule(id); });
    m_schedules.erase(std::remove_if(m_schedules.begin(), m_schedules.end(),
                          [&](const DrillSchedule &s) { return s.id == id; }),
        m_schedules.end());
    m_lastRun.remove(id);
}

void DrillScheduler::runDue()
{
    const QDateTime now = m_now();
    for (const DrillSchedule &s : std::as_const(m_schedules)) {
        const auto due = s.nextRun(lastRun(s));
        if (!due || *due > now)
            continue;
        DrillScheduleRun run;
        run.at = now;
        try {
            const DrillRecord drill = m_start(s.drill, QStringLiteral("schedule:") + s.id);
            run.outcome = QStringLiteral("running");
            run.drill = drill.id;
            run.detail = QStringLiteral("scheduled for %1").arg(due->toString(Qt::ISODate));
            m_running.insert(drill.id, {s.id, now});
        } catch (const std::exception &e) {
            run.outcome = QStringLiteral("refused");
            run.detail = QString::fromUtf8(e.what());
        }
        m_lastRun.insert(s.id, now);
        try {
            m_store.putRun(s.id, run);
        } catch (const std::exception &e) {
            qCWarning(lcDrills) << "cannot record a run of schedule" << s.id << ":" << e.what();
        }
        qCInfo(lcDrills).noquote() << "scheduled drill" << s.id << run.outcome << run.detail;
    }
}

void DrillScheduler::onEvent(const Event &event)
{
    const auto *step = std::get_if<DrillProgressEvent>(&event.payload);
    if (!step || !isFinished(step->state))
        return;
    const auto it = m_running.constFind(step->drill);
    if (it == m_running.cend())
        return;
    DrillScheduleRun run;
    run.at = it->second;
    run.drill = step->drill;
    run.outcome = drillStateName(step->state);
    run.detail = step->detail;
    try {
        m_store.putRun(it->first, run);
    } catch (const std::exception &e) {
        qCWarning(lcDrills) << "cannot record the outcome of" << step->drill << ":" << e.what();
    }
    m_running.erase(it);
}
