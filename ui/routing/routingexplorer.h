#pragma once

#include "backend/core/capacity/capacityreport.h"
#include "backend/core/district.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class RoutingMonitor;

/**
 * The routing explorer (issue #9): pick a district and see where its traffic goes and why —
 * the pod and region serving it, the split over pods, the ordered fallbacks, every pod that
 * takes none of its traffic with the rule or state that excluded it, the override in force,
 * the district's measured demo traffic, and, when it fails closed, what would fix it.
 * Override…, Remove Override and Drain Pod… ask the composer, which confirms and calls the
 * daemon.
 */
class RoutingExplorer : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoutingExplorer)

public:
    /** Uses (does not own) @p monitor. */
    explicit RoutingExplorer(RoutingMonitor *monitor, QWidget *parent = nullptr);
    ~RoutingExplorer() override;

    /** The districts the picker offers (names shown, ids kept). */
    void setDistricts(const QList<District> &districts);
    /** Each district's synthetic traffic (from GET /capacity/metrics). */
    void setTraffic(const QList<DistrictTraffic> &traffic);
    QString currentDistrict() const;
    /** Selects @p districtId (empty clears); emits currentDistrictChanged when it changed. */
    void setCurrentDistrict(const QString &districtId);
    /** An auditor's console hides the actions that change routing. */
    void setOperatorActionsVisible(bool visible);
    /** While the daemon is unreachable the actions are disabled and the view says so. */
    void setDaemonReachable(bool reachable);

    QComboBox *districtPicker() const { return m_picker; }
    QLabel *statusLabel() const { return m_status; }
    QTableWidget *splitTable() const { return m_split; }
    QTableWidget *excludedTable() const { return m_excluded; }
    QLabel *fallbacksLabel() const { return m_fallbacks; }
    QLabel *fixesLabel() const { return m_fixes; }
    QLabel *overrideLabel() const { return m_override; }
    QLabel *trafficLabel() const { return m_traffic; }
    QPushButton *overrideButton() const { return m_overrideButton; }
    QPushButton *removeOverrideButton() const { return m_removeButton; }
    QPushButton *drainButton() const { return m_drainButton; }

signals:
    void currentDistrictChanged(const QString &districtId);
    void overrideRequested(const QString &districtId);
    void removeOverrideRequested(const QString &overrideId);
    /** Drain (or end the drain of) the pod serving the district. */
    void drainRequested(const QString &podId);

private:
    void refresh();
    void refreshTraffic();
    void updateButtons();

    RoutingMonitor *m_monitor;
    QComboBox *m_picker;
    QLabel *m_status;
    QLabel *m_fixes;
    QTableWidget *m_split;
    QLabel *m_fallbacks;
    QTableWidget *m_excluded;
    QLabel *m_explanation;
    QLabel *m_override;
    QLabel *m_traffic;
    QPushButton *m_overrideButton;
    QPushButton *m_removeButton;
    QPushButton *m_drainButton;
    QHash<QString, DistrictTraffic> m_trafficByDistrict;
    QHash<QString, QString> m_names;
    bool m_operator = true;
    bool m_reachable = true;
};
