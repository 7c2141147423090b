#pragma once

#include "backend/core/replication/replicationentry.h"

#include <QAbstractTableModel>

/**
 * GET /replication as a table for the compliance page's "Disaster recovery" tab: one row per
 * district, data class and source region, those with no allowed DR place first (their remedy in
 * the last column), then by lag, worst first. A row tinted like a violation has no DR copy at
 * all; one tinted as a warning is behind its lag target; every row also says so in words.
 */
class ReplicationModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplicationModel)

public:
    enum Column {
        DistrictColumn,
        ClassColumn,
        SourceColumn,
        TargetColumn,
        CopiedColumn,
        BacklogColumn,
        LagColumn,
        NoteColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        NoTargetRole = Qt::UserRole + 1, // bool
        BehindRole, // bool: lag over the target
        DistrictIdRole,
    };

    explicit ReplicationModel(QObject *parent = nullptr);
    ~ReplicationModel() override;

    /** Replaces the rows with @p status's entries (a reset only when the set of rows changes). */
    void setStatus(const ReplicationStatus &status);
    const ReplicationStatus &status() const { return m_status; }
    /** One sentence for above the table: how many have no DR place, the backlog, the worst lag. */
    QString summary() const;
    /** Districts (ids) holding data with no allowed DR place. */
    QStringList districtsWithoutDr() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    bool behind(const ReplicationEntry &e) const;

    ReplicationStatus m_status;
};
