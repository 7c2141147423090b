#pragma once

#include "backend/core/pod.h"
#include "backend/core/probehistory.h"
#include "models/apicall.h"

#include <QDialog>
#include <QTimer>

class CapacityFeed;
class ConsoleController;
class QLabel;
class QPushButton;
class QTableWidget;
class RoutingMonitor;

/**
 * One pod in detail (Enter or double-click on a pod): what it is and where (type, region,
 * jurisdiction, model), its measured load now, every replica with pid, port, health, its recent
 * probes (round trip, failures and why, as a strip and in words) and health changes, and the
 * districts it serves with their share — all from the daemon, kept current while open (the pod
 * by events, the routing table as it changes, probes polled every 2 s). Scale, Drain and Delete
 * act on it from here; they are hidden for a read-only token and disabled while the daemon is
 * unreachable or the pod is gone.
 */
class PodDetailDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PodDetailDialog)

public:
    /** Uses (does not own) @p controller, @p routing and @p capacity (either may be null). */
    PodDetailDialog(ConsoleController *controller, RoutingMonitor *routing, CapacityFeed *capacity,
        QWidget *parent = nullptr);
    ~PodDetailDialog() override;

    /** Shows @p podId (loads its probes at once). */
    void setPod(const QString &podId);
    QString podId() const { return m_podId; }
    /** Offers Scale, Drain and Delete (an operator's token) or not (an auditor's). */
    void setOperable(bool operable);
    void setDaemonReachable(bool reachable);
    /** Probe poll interval while shown (default 2 s). */
    void setPollInterval(int ms) { m_poll.setInterval(ms); }
    /** Loads the probes now. */
    void reloadProbes();

    QLabel *titleLabel() const { return m_title; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *loadLabel() const { return m_load; }
    QTableWidget *replicaTable() const { return m_replicas; }
    QTableWidget *districtTable() const { return m_districts; }
    QLabel *fallbackLabel() const { return m_fallbacks; }
    QPushButton *scaleButton() const { return m_scale; }
    QPushButton *drainButton() const { return m_drain; }
    QPushButton *deleteButton() const { return m_delete; }
    const PodProbes &probes() const { return m_probes; }

    enum ReplicaColumn {
        ReplicaColumn,
        PidColumn,
        PortColumn,
        HealthColumn,
        LastProbeColumn,
        SlowestColumn,
        StripColumn,
        FailureColumn,
        ReplicaColumnCount
    };

signals:
    void scaleRequested(const QString &podId);
    void drainRequested(const QString &podId);
    void deleteRequested(const QString &podId);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void refreshPod();
    void refreshReplicas();
    void refreshDistricts();
    void refreshLoad();
    void updateButtons();
    QString districtName(const QString &id) const;

    ConsoleController *m_controller;
    RoutingMonitor *m_routing;
    CapacityFeed *m_capacity;
    QString m_podId;
    std::optional<Pod> m_pod;
    PodProbes m_probes;
    QString m_probeError;
    bool m_operable = false;
    bool m_reachable = true;
    QTimer m_poll;
    ApiCall m_probeCall;

    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_status;
    QLabel *m_load;
    QTableWidget *m_replicas;
    QLabel *m_changes;
    QTableWidget *m_districts;
    QLabel *m_fallbacks;
    QPushButton *m_scale;
    QPushButton *m_drain;
    QPushButton *m_delete;
};
