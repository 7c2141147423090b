#pragma once

#include "backend/core/drills/drill.h"
#include "backend/core/drills/drillschedule.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

class Database;

/**
 * Drills and their fault ledgers. A drill is one row holding its whole record (the JSON of
 * GET /drills/{id}), rewritten at each step; each fault is its own row, written before it is
 * applied and updated as it is applied, reverted and verified. Every method throws StoreError.
 */
class DrillStore
{
public:
    explicit DrillStore(Database &db);

    void insert(
        const QString &id, DrillState state, const QDateTime &created, const QJsonObject &body);
    void update(const QString &id, DrillState state, const QJsonObject &body);
    std::optional<QJsonObject> find(const QString &id);
    /** Newest first, @p offset rows skipped. */
    QList<QJsonObject> list(int offset, int limit);
    int count();
    /** Ids of drills still running or restoring (a restart must finish their restore). */
    QStringList unfinished();

    /** Inserts or replaces ledger row (@p drillId, fault.seq). */
    void putFault(const QString &drillId, const DrillFault &fault);
    QList<DrillFault> faults(const QString &drillId);

    void putSchedule(const DrillSchedule &schedule);
    /** False when there was none. */
    bool removeSchedule(const QString &id);
    QList<DrillSchedule> schedules();
    /** Inserts or replaces the run of @p scheduleId at run.at. */
    void putRun(const QString &scheduleId, const DrillScheduleRun &run);
    /** Newest first. */
    QList<DrillScheduleRun> runs(const QString &scheduleId, int limit);

private:
    Database &m_db;
};
