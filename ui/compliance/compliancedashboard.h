#pragma once

#include "backend/core/audit/auditverifyresult.h"

#include <QPointer>
#include <QSet>
#include <QWidget>

class Capabilities;
class ComplianceMonitor;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTabWidget;
class QTreeView;
class ReplicationPanel;

/**
 * The compliance page: a banner that says in one line whether every district's data is where
 * its policy allows (and whether the audit chain is intact), a district picker that also drives
 * the map, the per-regime / per-district tree with compliant and violating counts in red and
 * green, and the recent cross-region movements. Double-clicking a district asks for its audit
 * report. Operator-only buttons follow Capabilities. It talks to no daemon itself: it shows
 * ComplianceMonitor's models and emits requests.
 */
class ComplianceDashboard : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComplianceDashboard)

public:
    /** Uses (does not own) @p monitor and @p capabilities. */
    explicit ComplianceDashboard(
        ComplianceMonitor *monitor, Capabilities *capabilities, QWidget *parent = nullptr);
    ~ComplianceDashboard() override;

    QString currentDistrict() const;
    /** Selects @p districtId in the picker (empty clears); emits currentDistrictChanged. */
    void setCurrentDistrict(const QString &districtId);
    /** The data class the map shades; empty: all regulated data. */
    QString mapDataClass() const;

    QTreeView *tree() const { return m_tree; }
    QTableView *movementsView() const { return m_movements; }
    ReplicationPanel *replicationPanel() const { return m_replication; }
    /** Brings the "Disaster recovery" tab under the tree to the front. */
    void showReplication();
    QComboBox *districtPicker() const { return m_picker; }
    QComboBox *dataClassPicker() const { return m_classPicker; }
    QLabel *banner() const { return m_banner; }
    QLabel *detailLine() const { return m_detailLine; }
    QPushButton *migrateButton() const { return m_migrate; }
    QPushButton *consentsButton() const { return m_consents; }
    QPushButton *auditButton() const { return m_audit; }
    /** "Only districts in violation": filters the tree's district rows. */
    QCheckBox *onlyViolationsBox() const { return m_onlyViolations; }
    /** The tree's index (of the sorted view) for @p districtId under @p regime. */
    QModelIndex viewIndexFor(int regime, const QString &districtId) const;

    /** A line under the banner for map legends or errors (empty hides it). */
    void setMapLegend(const QString &text);

signals:
    void currentDistrictChanged(const QString &districtId);
    void mapDataClassChanged(const QString &dataClass);
    void auditReportRequested(const QString &districtId);
    void migrationRequested(const QString &districtId);
    void consentsRequested(const QString &districtId);
    void refreshRequested();

private:
    void rebuildPicker();
    void updatePickerItem(const QString &districtId);
    void updateBanner();
    void updateClassPicker();
    void applyCapabilities();
    void expandViolatingRegimes();

    QPointer<ComplianceMonitor> m_monitor;
    ReplicationPanel *m_replication = nullptr;
    QTabWidget *m_below = nullptr;
    QPointer<Capabilities> m_capabilities;
    bool m_expandPending = false;
    QSortFilterProxyModel *m_sorted;
    QLabel *m_banner;
    QLabel *m_detailLine;
    QLabel *m_legend;
    QComboBox *m_picker;
    QComboBox *m_classPicker;
    QPushButton *m_audit;
    QPushButton *m_migrate;
    QPushButton *m_consents;
    QPushButton *m_refresh;
    QCheckBox *m_onlyViolations;
    QLabel *m_noMovements;
    QTreeView *m_tree;
    QTableView *m_movements;
    QString m_lastError;
    QSet<int> m_autoExpanded; // regimes opened for their violations once
    int m_auditDone = 0;
    int m_auditTotal = 0;
};
