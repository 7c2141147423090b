#pragma once

#include "backend/core/capacity/capacityreport.h"

#include <QObject>
#include <QPointer>

class CapacityClient;
class CapacityFeed;
class CapacityView;
class ConsoleController;
class QDockWidget;
class QMainWindow;
class QMenu;

/**
 * Puts the capacity page into a main window with one call: the Capacity dock (CapacityView),
 * tabbed with another dock, its toggle (Ctrl+5) in @p menu, and the live CapacityFeed, polled
 * while the daemon is reachable. Each poll's district traffic is offered to whoever shows it
 * (the routing explorer) through trafficUpdated().
 */
class CapacityComposer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CapacityComposer)

public:
    /** Uses (does not own) @p controller. */
    explicit CapacityComposer(ConsoleController *controller, QObject *parent = nullptr);
    ~CapacityComposer() override;

    void attachTo(QMainWindow *window, QDockWidget *besideDock, QMenu *menu);

    CapacityFeed *feed() const { return m_feed; }
    CapacityView *view() const { return m_view; }
    QDockWidget *dock() const { return m_dock; }
    void setDaemonReachable(bool reachable);

signals:
    void trafficUpdated(const QList<DistrictTraffic> &traffic);

private:
    ConsoleController *m_controller;
    CapacityClient *m_client;
    CapacityFeed *m_feed;
    CapacityView *m_view = nullptr; // owned by the dock
    QPointer<QDockWidget> m_dock;
};
