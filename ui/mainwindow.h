#pragma once

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QUrl>

class CapacityComposer;
class DrillsComposer;
class ComplianceComposer;
class ConnectionIndicator;
class ConsoleController;
class EventsDock;
class FleetSummaryLabel;
class HelpBrowser;
class PodActions;
class PodMapBinder;
class PodsPanel;
class RoutingComposer;
class PanelCycler;
class OfflineBanner;
class QAction;
class QDockWidget;
class WorldMapView;

/**
 * The console window. Composition only: the world map in the centre, the pods panel and the
 * events dock below it, the connection indicator and fleet summary in the status bar, menus
 * and toolbar wired to the panels, the map and PodActions. It owns no state of its own.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(ConsoleController *controller, QWidget *parent = nullptr);
    ~MainWindow() override;

    WorldMapView *mapView() const { return m_map; }
    PodsPanel *podsPanel() const { return m_pods; }
    EventsDock *eventsDock() const { return m_events; }
    ConnectionIndicator *connectionIndicator() const { return m_indicator; }
    /** The compliance dock, menu, map overlay and dialogs (ui/compliance). */
    ComplianceComposer *compliance() const { return m_compliance; }
    /** The routing dock, menu and map layer (ui/routing). */
    RoutingComposer *routing() const { return m_routing; }
    /** The capacity dock and its live feed (ui/capacity). */
    CapacityComposer *capacity() const { return m_capacity; }
    DrillsComposer *drills() const { return m_drills; }
    /** The pod dialogs (detail view, New Pod, scale, delete). */
    PodActions *podActions() const { return m_podActions; }
    /** The window's own actions (the compliance ones are ComplianceComposer's). */
    enum class Action {
        Refresh,
        Connect,
        Quit,
        Find,
        ZoomIn,
        ZoomOut,
        ResetView,
        FitToPods,
        Create,
        Details,
        Scale,
        Delete,
        About,
        Guide,
        NextPanel,
        PreviousPanel,
    };
    QAction *action(Action which) const { return m_actions.value(which); }
    /** The actions that change the fleet; an auditor's console hides them. */
    QList<QAction *> operatorActions() const;

    /** Names the daemon in the title bar and the connection tooltip. */
    void setDaemonUrl(const QUrl &url);
    /** Startup could not reach or start a daemon: status bar plus a (non-blocking) message box. */
    void showConnectionFailure(const QString &message);
    /** The bundled daemon died: one sentence, Restart, and its log behind Show Details. */
    void showDaemonStopped(const QString &message, const QString &log);
    /** File → Connect to Daemon…: asks for address and token, checks them, then switches. */
    void connectToDaemon();
    /** Help → User Guide (F1): the guide at the topic of the panel with the focus. */
    HelpBrowser *showGuide();
    /** Shows the window as it was last closed (size, position, docks); the first time, at
     *  1440×900 or maximized on a screen too small for that (a 1280×720 laptop). */
    void showWithSavedLayout();

signals:
    /** The user asked to start the bundled daemon again. */
    void restartDaemonRequested();

public slots:
    /** Temporary status-bar text (0: until replaced). */
    void showStatus(const QString &message, int timeoutMs = 0);

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void wireSelection();
    void wireController();
    void updatePodActions();
    void updateIndicatorDetails();
    void about();
    QAction *addAction(
        Action which, const QString &name, const QString &text, const QList<QKeySequence> &keys);

    QHash<Action, QAction *> m_actions;
    ConsoleController *m_controller;
    WorldMapView *m_map;
    PodsPanel *m_pods;
    QDockWidget *m_podsDock;
    EventsDock *m_events;
    ConnectionIndicator *m_indicator;
    FleetSummaryLabel *m_summary;
    PodActions *m_podActions;
    PodMapBinder *m_binder;
    ComplianceComposer *m_compliance;
    RoutingComposer *m_routing;
    CapacityComposer *m_capacity;
    DrillsComposer *m_drills;
    PanelCycler *m_panels;
    OfflineBanner *m_offline;
    bool m_reachable = true;
    bool m_docksSized = false;
    bool m_shownOnce = false;
    QPointer<HelpBrowser> m_guide;
    QUrl m_daemonUrl;
};
