#pragma once

#include "backend/core/capacity/capacityreport.h"

#include <QHash>
#include <QMenu>
#include <QObject>
#include <QPointer>

class Capabilities;
class ConsoleController;
class OverrideDialog;
class QAction;
class QDockWidget;
class QMainWindow;
class RoutingClient;
class RoutingExplorer;
class RoutingMapBinder;
class RoutingMonitor;
class WorldMapView;

/**
 * Puts the routing side of the console into a main window with one call (as
 * ComplianceComposer does): the Routing dock (RoutingExplorer), the districts and routes on
 * the map (RoutingMapBinder), a Routing menu (Ctrl+4 the panel, Ctrl+Shift+V override,
 * Ctrl+Shift+D drain), confirmations for drains and override removals with the daemon's
 * refusal shown verbatim, and the routing table kept current from the event stream.
 */
class RoutingComposer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoutingComposer)

public:
    /** Uses (does not own) @p controller and @p capabilities (the token's role). */
    RoutingComposer(
        ConsoleController *controller, Capabilities *capabilities, QObject *parent = nullptr);
    ~RoutingComposer() override;

    /** Adds the dock (tabbed with @p besideDock when given), menu and map layer (once). */
    void attachTo(QMainWindow *window, WorldMapView *map, QDockWidget *besideDock = nullptr);

    RoutingMonitor *monitor() const { return m_monitor; }
    RoutingClient *client() const { return m_client; }
    RoutingExplorer *explorer() const { return m_explorer; }
    RoutingMapBinder *mapBinder() const { return m_binder; }
    QDockWidget *dock() const { return m_dock; }
    /** The Routing menu (others add their traffic panels to it). */
    QMenu *menu() const { return m_menu; }
    enum class Action { Override, RemoveOverride, Drain, Refresh };
    QAction *action(Action which) const { return m_actions.value(which); }
    void setDaemonReachable(bool reachable);

    /** Opens the override dialog for @p districtId; null for a role that may not. */
    OverrideDialog *openOverride(const QString &districtId);
    /** Asks, then ends override @p id. */
    void confirmRemoveOverride(const QString &id);
    /** Asks, then drains @p podId (or ends its drain when it is draining). */
    void confirmDrain(const QString &podId);

public slots:
    /** Each district's measured demo traffic, for the explorer. */
    void setTraffic(const QList<DistrictTraffic> &traffic);

private:
    void createActions();
    void wireController();
    void applyCapabilities();
    void showStatus(const QString &message);

    ConsoleController *m_controller;
    Capabilities *m_capabilities;
    RoutingClient *m_client;
    RoutingMonitor *m_monitor;
    QPointer<QMainWindow> m_window;
    QPointer<RoutingExplorer> m_explorer;
    QPointer<QDockWidget> m_dock;
    RoutingMapBinder *m_binder = nullptr;
    QHash<Action, QAction *> m_actions;
    QPointer<QMenu> m_menu;
    QPointer<OverrideDialog> m_overrideDialog;
    bool m_reachable = true;
};
