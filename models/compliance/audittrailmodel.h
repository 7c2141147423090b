#pragma once

#include "backend/core/audit/auditrecord.h"

#include <QAbstractTableModel>
#include <QList>

/**
 * Audit records (a district's trail, or recent records of the fleet) in seq order, one row per
 * record. New records append; a list that no longer extends the one shown replaces it.
 */
class AuditTrailModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditTrailModel)

public:
    enum Column {
        SeqColumn,
        TimeColumn,
        ActionColumn,
        ActorColumn,
        DataClassColumn,
        MoveColumn,
        RuleColumn,
        DetailsColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SeqRole = Qt::UserRole + 1,
        ActionRole,
        TimeRole, // QDateTime (UTC)
        FromRegionRole,
        ToRegionRole,
        HashRole,
        IsMovementRole, // bool: from and to regions differ
    };
    Q_ENUM(Role)

    explicit AuditTrailModel(QObject *parent = nullptr);
    ~AuditTrailModel() override;

    /** Shows @p records (seq order): appends when they extend the rows shown, else replaces. */
    void setRecords(const QList<AuditRecord> &records);
    const QList<AuditRecord> &records() const { return m_records; }

    /** A one-line, translated summary of what a record did ("Moved 1 object us-east → ca-central").
     */
    static QString describe(const AuditRecord &record);
    /** Translated name of an audit action ("migration.commit" → "Data moved"). */
    static QString actionLabel(const QString &action);

    // QAbstractItemModel
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AuditRecord> m_records;
};
