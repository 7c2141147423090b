#pragma once

#include <QObject>
#include <QPointer>

class Capabilities;
class ConsoleController;
class DrillMonitor;
class DrillWizard;
class DrillsClient;
class QAction;
class QLabel;
class QMainWindow;

/**
 * Puts failover drills into a main window with one call: a Drills menu with "New Failover
 * Drill…" (Ctrl+Shift+R, operators and admins), the drill wizard, and a status-bar note in every
 * connected console while any drill runs or restores (from drill.progress events).
 */
class DrillsComposer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrillsComposer)

public:
    DrillsComposer(
        ConsoleController *controller, Capabilities *capabilities, QObject *parent = nullptr);
    ~DrillsComposer() override;

    void attachTo(QMainWindow *window);
    /** Opens the wizard (a role that may not operate gets nothing). */
    DrillWizard *openWizard();

    DrillsClient *client() const { return m_client; }
    DrillMonitor *monitor() const { return m_monitor; }
    QAction *newDrillAction() const { return m_newDrill; }
    QLabel *statusLabel() const { return m_status; }

private:
    void updateStatus();
    void applyCapabilities();

    ConsoleController *m_controller;
    Capabilities *m_capabilities;
    DrillsClient *m_client;
    DrillMonitor *m_monitor;
    QPointer<QMainWindow> m_window;
    QPointer<QLabel> m_status;
    QPointer<QAction> m_newDrill;
    QPointer<DrillWizard> m_wizard;
};
