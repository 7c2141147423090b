#pragma once

#include "backend/core/audit/auditrecord.h"
#include "backend/core/event.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

/**
 * Recent cross-region data movements, newest first: audit records that moved a district's data
 * from one region to another (migration.commit, …) and live migrations from migration.progress
 * events (one row per migration, updated in place). Bounded; the oldest rows drop off.
 */
class MovementListModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MovementListModel)

public:
    enum Column { TimeColumn, DistrictColumn, WhatColumn, RouteColumn, StateColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        MovementIdRole = Qt::UserRole + 1, // "audit:<seq>" | "migration:<id>"
        KindRole, // "audit" | "migration"
        DistrictIdRole,
        FromRegionRole,
        ToRegionRole,
        StateRole, // "moved" for audit records; the migration state otherwise
        TimeRole,
    };
    Q_ENUM(Role)

    struct Movement
    {
        QString id;
        QDateTime time;
        QString district;
        QString dataClass;
        QString fromRegion;
        QString toRegion;
        QString what; // object key, or "3 of 5 objects"
        QString state;
        QString actor;
        QString rule;
        friend bool operator==(const Movement &, const Movement &) = default;
    };

    explicit MovementListModel(QObject *parent = nullptr);
    ~MovementListModel() override;

    /** Adds the records that moved data between regions; known ones are skipped. */
    void addAuditRecords(const QList<AuditRecord> &records);
    /** Applies a migration.progress event (other events are ignored); true if it was one. */
    bool applyEvent(const Event &event);
    void clear();

    /** Keeps at most @p rows rows (default 200). */
    void setMaximumRows(int rows);
    const QList<Movement> &movements() const { return m_rows; }
    int rowOf(const QString &movementId) const;

    /** True when @p record moved data between two different regions. */
    static bool isMovement(const AuditRecord &record);

    // QAbstractItemModel
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void upsert(const Movement &movement);
    void trim();
    static QString stateLabel(const QString &state);

    QList<Movement> m_rows; // newest first
    int m_maximumRows = 200;
};
