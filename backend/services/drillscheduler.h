#pragma once

#include "backend/core/drills/drillrecord.h"
#include "backend/core/drills/drillschedule.h"
#include "backend/core/event.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

class AuditLog;
class DrillStore;
class EventBus;

/**
 * Runs scheduled drills: each enabled schedule's next run (DrillSchedule::nextRun, after its
 * last run or its creation) is started when the wall clock reaches it, through the same start
 * as a drill by hand — so the preflight may refuse it (recorded as "refused" with the reason)
 * and its stop conditions apply. The outcome of each run is recorded when the drill ends. A run
 * missed while the daemon was down runs once at the next check. The wall clock is injected.
 */
class DrillScheduler : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrillScheduler)

public:
    /** Starts a drill (DrillRunner::start): returns its record or throws ServiceError. */
    using Starter = std::function<DrillRecord(const DrillRequest &, const QString &actor)>;
    /** Checks a request against the fleet (DrillRunner::preflight): throws ValidationError. */
    using Validator = std::function<void(const DrillRequest &)>;

    DrillScheduler(DrillStore &store, AuditLog &audit, EventBus &events, Starter start,
        Validator validate, QObject *parent = nullptr);

    void setWallClock(std::function<QDateTime()> now) { m_now = std::move(now); }
    /** Loads the schedules and checks every @p checkMs for due runs. */
    void start(int checkMs = 30'000);
    void stop();

    /** Adds @p schedule (from DrillSchedule::fromJson(body, true)) for @p actor; audited. */
    DrillSchedule add(DrillSchedule schedule, const QString &actor);
    /** Removes schedule @p id; audited. Throws ServiceError(NotFound). */
    void remove(const QString &id, const QString &actor);
    QList<DrillSchedule> schedules() const { return m_schedules; }
    std::optional<DrillSchedule> find(const QString &id) const;
    QList<DrillScheduleRun> runs(const QString &id, int limit = 20) const;
    /** When @p id runs next, or nothing. */
    std::optional<QDateTime> nextRun(const QString &id) const;

    /** Starts every run that is due at the wall clock's now (the timer calls it). */
    void runDue();

private:
    void onEvent(const Event &event);
    QDateTime lastRun(const DrillSchedule &s) const;

    DrillStore &m_store;
    AuditLog &m_audit;
    EventBus &m_events;
    Starter m_start;
    Validator m_validate;
    std::function<QDateTime()> m_now;
    QList<DrillSchedule> m_schedules;
    QHash<QString, QDateTime> m_lastRun; // schedule id → its last run's time
    QHash<QString, QPair<QString, QDateTime>> m_running; // drill id → (schedule id, run time)
    QTimer m_timer;
};
