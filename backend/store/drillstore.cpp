#include "backend/store/drillstore.h"

#include "backend/store/database.h"
#include "backend/store/storeerror.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace {

QString compact(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QJsonObject parse(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

} // namespace

DrillStore::DrillStore(Database &db)
    : m_db(db)
{ }

void DrillStore::insert(
    const QString &id, DrillState state, const QDateTime &created, const QJsonObject &body)
{
    m_db.exec(
        QStringLiteral("INSERT INTO drills (id, state, created_at, body) VALUES (?, ?, ?, ?)"),
        {id, drillStateName(state), created.toUTC().toString(Qt::ISODateWithMs), compact(body)});
}

void DrillStore::update(const QString &id, DrillState state, const QJsonObject &body)
{
    m_db.exec(QStringLiteral("UPDATE drills SET state = ?, body = ? WHERE id = ?"),
        {drillStateName(state), compact(body), id});
}

std::optional<QJsonObject> DrillStore::find(const QString &id)
{
    auto q = m_db.exec(QStringLiteral("SELECT body FROM drills WHERE id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    return parse(q.value(0));
}

QList<QJsonObject> DrillStore::list(int offset, int limit)
{
    auto q = m_db.exec(QStringLiteral("SELECT body FROM drills ORDER BY created_at DESC, id DESC "
                                      "LIMIT ? OFFSET ?"),
        {limit, offset});
    QList<QJsonObject> out;
    while (q.next())
        out.append(parse(q.value(0)));
    return out;
}

int DrillStore::count()
{
    auto q = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM drills"));
    return q.next() ? q.value(0).toInt() : 0;
}

QStringList DrillStore::unfinished()
{
    auto q = m_db.exec(QStringLiteral("SELECT id FROM drills WHERE state IN (?, ?) ORDER BY "
                                      "created_at"),
        {drillStateName(DrillState::Running), drillStateName(DrillState::Restoring)});
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

void DrillStore::putFault(const QString &drillId, const DrillFault &fault)
{
    // One statement (SQLite and PostgreSQL both take ON CONFLICT): a crash never leaves the
    // row half replaced, and so never loses a fault that still needs its revert.
    m_db.exec(QStringLiteral("INSERT INTO drill_faults (drill_id, seq, state, body) VALUES (?, ?, "
                             "?, ?) ON CONFLICT (drill_id, seq) DO UPDATE SET state = "
                             "excluded.state, body = excluded.body"),
        {drillId, fault.seq, DrillFault::stateName(fault.state), compact(fault.toJson())});
}

QList<DrillFault> DrillStore::faults(const QString &drillId)
{
    auto q = m_db.exec(
        QStringLiteral("SELECT body FROM drill_faults WHERE drill_id = ? ORDER BY seq"), {drillId});
    QList<DrillFault> out;
    while (q.next())
        out.append(DrillFault::fromJson(parse(q.value(0))));
    return out;
}

void DrillStore::putSchedule(const DrillSchedule &schedule)
{
    m_db.exec(
        QStringLiteral("INSERT INTO drill_schedules (id, body) VALUES (?, ?) ON CONFLICT (id) "
                       "DO UPDATE SET body = excluded.body"),
        {schedule.id, compact(schedule.toJson())});
}

bool DrillStore::removeSchedule(const QString &id)
{
    m_db.exec(QStringLiteral("DELETE FROM drill_schedule_runs WHERE schedule_id = ?"), {id});
    return m_db.exec(QStringLiteral("DELETE FROM drill_schedules WHERE id = ?"), {id})
               .numRowsAffected()
        > 0;
}

QList<DrillSchedule> DrillStore::schedules()
{
    auto q = m_db.exec(QStringLiteral("SELECT body FROM drill_schedules ORDER BY id"));
    QList<DrillSchedule> out;
    while (q.next())
        out.append(DrillSchedule::fromJson(parse(q.value(0))));
    return out;
}

void DrillStore::putRun(const QString &scheduleId, const DrillScheduleRun &run)
{
    m_db.exec(
        QStringLiteral("INSERT INTO drill_schedule_runs (schedule_id, at, body) VALUES (?, ?, "
                       "?) ON CONFLICT (schedule_id, at) DO UPDATE SET body = excluded.body"),
        {scheduleId, run.at.toUTC().toString(Qt::ISODateWithMs), compact(run.toJson())});
}

QList<DrillScheduleRun> DrillStore::runs(const QString &scheduleId, int limit)
{
    auto q = m_db.exec(QStringLiteral("SELECT body FROM drill_schedule_runs WHERE schedule_id = ? "
                                      "ORDER BY at DESC LIMIT ?"),
        {scheduleId, limit});
    QList<DrillScheduleRun> out;
    while (q.next())
        out.append(DrillScheduleRun::fromJson(parse(q.value(0))));
    return out;
}
