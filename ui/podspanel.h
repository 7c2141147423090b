#pragma once

#include <QWidget>

class PodFilterProxyModel;
class PodTableModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class RegionListModel;

/**
 * The pods table with its filter bar (region, type, health, free text). Selection is by pod
 * id so it survives sorting and filtering: selectPod() from the map, currentPodChanged() to it.
 */
class PodsPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PodsPanel)

public:
    explicit PodsPanel(PodTableModel *pods, RegionListModel *regions, QWidget *parent = nullptr);

    /** Selects and reveals the pod's row; an empty or filtered-out id clears the selection. */
    void selectPod(const QString &podId);
    /** Id of the selected pod, or empty. */
    QString currentPodId() const;
    /** Puts the keyboard focus in the search box and selects its text (Ctrl+F). */
    void focusSearch();

    QTableView *tableView() const { return m_table; }
    PodFilterProxyModel *proxyModel() const { return m_proxy; }
    QLineEdit *searchBox() const { return m_search; }
    QComboBox *regionCombo() const { return m_region; }
    QComboBox *typeCombo() const { return m_type; }
    QComboBox *healthCombo() const { return m_health; }
    /** "19 pods" or "2 of 19 pods shown". */
    QLabel *countLabel() const { return m_count; }

signals:
    /** The selected pod changed (empty: none). */
    void currentPodChanged(const QString &podId);
    /** A row was double-clicked or Enter pressed on it. */
    void podActivated(const QString &podId);

private:
    void rebuildRegionCombo();
    void applyFilters();
    void updateCountLabel();
    void onSelectionChanged();

    PodTableModel *m_pods;
    RegionListModel *m_regions;
    PodFilterProxyModel *m_proxy;
    QComboBox *m_region;
    QComboBox *m_type;
    QComboBox *m_health;
    QLineEdit *m_search;
    QLabel *m_count;
    QTableView *m_table;
    QString m_lastEmitted;
    bool m_selectedRowRemoved = false;
};
