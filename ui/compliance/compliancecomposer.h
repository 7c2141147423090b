#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

class AuditReportDialog;
class Capabilities;
class ComplianceClient;
class ComplianceDashboard;
class ComplianceMapOverlay;
class ComplianceMonitor;
class ConsentEditor;
class ConsoleController;
class MigrationDialog;
class QAction;
class QDockWidget;
class QMainWindow;
class WorldMapView;

/**
 * Puts the compliance side of the console into a main window with one call, so MainWindow
 * stays composition-only: the Compliance dock (ComplianceDashboard), the map overlay, a
 * Compliance menu with shortcuts (Ctrl+Shift+A audit report, Ctrl+Shift+M migration,
 * Ctrl+Shift+C consents), the dialogs, and auditor mode — the token's role (Capabilities,
 * probed from the daemon unless set) hides every operator action, including the window's own
 * that attachTo() is handed.
 */
class ComplianceComposer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComplianceComposer)

public:
    /** Uses (does not own) @p controller: its client, stream, regions and districts. */
    explicit ComplianceComposer(ConsoleController *controller, QObject *parent = nullptr);
    ~ComplianceComposer() override;

    /** Adds the dock, menu, shortcuts and overlay on @p map to @p window (once);
     *  @p operatorActions (the window's fleet-changing ones) are hidden for an auditor. */
    void attachTo(QMainWindow *window, WorldMapView *map, QList<QAction *> operatorActions = {});

    Capabilities *capabilities() const { return m_capabilities; }
    ComplianceClient *client() const { return m_client; }
    ComplianceMonitor *monitor() const { return m_monitor; }
    ComplianceDashboard *dashboard() const;
    ComplianceMapOverlay *overlay() const { return m_overlay; }
    QDockWidget *dock() const;
    enum class Action { AuditReport, Migrate, Consents, Refresh };
    QAction *action(Action which) const { return m_actions.value(which); }
    /** While the daemon is unreachable, actions that need it are disabled (not hidden). */
    void setDaemonReachable(bool reachable);

    /** Opens (or raises) the audit report of @p districtId; null without a district. */
    AuditReportDialog *openAuditReport(const QString &districtId);
    /** Opens (or raises) the migration dialog; null for a role that may not migrate. */
    MigrationDialog *openMigration(const QString &districtId);
    /** Opens (or raises) the consents of @p districtId; null without a district. */
    ConsentEditor *openConsents(const QString &districtId);

private:
    void wireController();
    void createActions();
    void applyCapabilities();
    void onDistrictsChanged();
    QString districtOrAsk(const QString &districtId) const;

    ConsoleController *m_controller;
    Capabilities *m_capabilities;
    ComplianceClient *m_client;
    ComplianceMonitor *m_monitor;
    QPointer<QMainWindow> m_window;
    QPointer<WorldMapView> m_map;
    QPointer<ComplianceDashboard> m_dashboard;
    ComplianceMapOverlay *m_overlay = nullptr;
    QPointer<QDockWidget> m_dock;
    QHash<Action, QAction *> m_actions;
    QList<QPointer<QAction>> m_operatorActions;
    QPointer<AuditReportDialog> m_auditDialog;
    QPointer<MigrationDialog> m_migrationDialog;
    QPointer<ConsentEditor> m_consentEditor;
    bool m_reachable = true;
};
