#pragma once

#include "backend/core/district.h"
#include "models/compliance/complianceregimes.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QHash>
#include <QList>

struct AuditReport;

/**
 * Compliance at a glance, as a tree: one row per legal regime (FERPA/state rules, GDPR,
 * Canadian provincial, APAC, COPPA, unregulated, and "other" only while something falls under it),
 * each with one child per district that has data under that regime, counting compliant and
 * violating placements. Fed one district's audit report at a time (setReport), every update is
 * a diff: child rows inserted/removed, counts changed in place.
 */
class ComplianceSummaryModel : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComplianceSummaryModel)

public:
    using Regime = ComplianceRegimes::Regime;

    enum Column {
        NameColumn,
        StatusColumn,
        CompliantColumn,
        ViolatingColumn,
        ObjectsColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        KindRole = Qt::UserRole + 1, // "regime" | "district"
        RegimeRole, // int ComplianceRegimes::Regime
        DistrictIdRole, // district rows only
        CompliantRole,
        ViolatingRole,
        ObjectsRole,
        IsViolatingRole, // bool: at least one violating placement
        JurisdictionRole, // district rows only
    };
    Q_ENUM(Role)

    struct Counts
    {
        int compliant = 0;
        int violating = 0;
        int objects() const { return compliant + violating; }
        friend bool operator==(const Counts &, const Counts &) = default;
    };

    /** A district's state: counts over all regimes, when it was audited, why it failed. */
    struct DistrictStatus
    {
        District district;
        bool audited = false;
        QDateTime generatedAt;
        QString error; // the last audit failure, empty when the last audit worked
        Counts total;
        int storeErrors = 0;
        QHash<int, Counts> byRegime; // key: int(Regime)
    };

    explicit ComplianceSummaryModel(QObject *parent = nullptr);
    ~ComplianceSummaryModel() override;

    /** The districts to account for (an auditor's own, or the fleet's); others are dropped. */
    void setDistricts(const QList<District> &districts);
    /** Applies one district's audit report (a district not in the list is added). */
    void setReport(const AuditReport &report);
    /** Records that a district's audit failed (its last counts stay, flagged). */
    void setError(const QString &districtId, const QString &message);

    QList<District> districts() const;
    /** The status of @p districtId; a default (not audited) status when unknown. */
    DistrictStatus districtStatus(const QString &districtId) const;
    /** Counts of one regime over every district. */
    Counts regimeCounts(Regime regime) const;
    int auditedCount() const;
    /** Districts with at least one violating placement. */
    int violatingDistrictCount() const;
    /** Violating placements over every district. */
    int violationCount() const;

    /** The index of @p districtId's row under @p regime, or an invalid index. */
    QModelIndex districtIndex(Regime regime, const QString &districtId, int column = 0) const;
    /** The index of @p regime's row, or invalid when the regime is not shown. */
    QModelIndex regimeIndex(Regime regime, int column = 0) const;

    // QAbstractItemModel
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    /** What column @p column means, for people (its header's What's This and tooltip). */
    static QString columnHelp(Column column);
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    /** A district's status changed (report, error, or added). */
    void districtStatusChanged(const QString &districtId);
    /** The district list changed (setDistricts, or a report for an unknown district). */
    void districtsChanged();

private:
    struct RegimeNode
    {
        Regime regime;
        QStringList districtIds; // children, in district order
    };

    int shownRegimeCount() const;
    int regimeRowOf(Regime regime) const;
    int districtOrder(const QString &id) const;
    void syncRegime(int nodeIndex, const QString &districtId);
    void syncOtherVisibility();
    QVariant regimeData(const RegimeNode &node, int column, int role) const;
    QVariant districtData(
        const RegimeNode &node, const DistrictStatus &status, int column, int role) const;

    QList<QString> m_order; // district ids in list order
    QHash<QString, DistrictStatus> m_status;
    QList<RegimeNode> m_nodes; // every regime, display order; Other last
    bool m_otherShown = false;
};
