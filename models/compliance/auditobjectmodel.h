#pragma once

#include "backend/core/residency/auditobject.h"

#include <QAbstractTableModel>
#include <QList>

struct AuditReport;

/**
 * The objects of one district's residency audit, one row per (region, key), coloured by
 * verdict. A newer report of the same district arrives as a diff (rows inserted, removed or
 * changed in place); only switching district resets the model.
 */
class AuditObjectModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditObjectModel)

public:
    enum Column {
        VerdictColumn,
        RegionColumn,
        JurisdictionColumn,
        KeyColumn,
        DataClassColumn,
        SizeColumn,
        RuleColumn,
        RemedyColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        AllowedRole = Qt::UserRole + 1, // bool
        VerdictRole, // "violation" | "compliant"
        KeyRole,
        RegionRole,
        JurisdictionRole,
        DataClassRole,
        SizeRole, // qint64 bytes
        Sha256Role,
        RuleRole,
        LegalBasisRole,
        RemedyRole,
        RegimeRole, // int ComplianceRegimes::Regime
        SeverityRole, // 1 for violations, 0 otherwise: sort descending to list violations first
        IdentityRole, // region + '\n' + key
    };
    Q_ENUM(Role)

    explicit AuditObjectModel(QObject *parent = nullptr);
    ~AuditObjectModel() override;

    /** Shows @p report's objects: a diff when it is the district already shown, else a reset. */
    void setReport(const AuditReport &report);
    void clear();

    QString districtId() const { return m_district; }
    const QList<AuditObject> &objects() const { return m_objects; }
    /** The object of @p row; an empty object when out of range. */
    AuditObject object(int row) const;
    /** The row of the object at @p region / @p key, or -1. */
    int rowOf(const QString &region, const QString &key) const;
    int violationCount() const;

    // QAbstractItemModel
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QString m_district;
    QList<AuditObject> m_objects;
};
