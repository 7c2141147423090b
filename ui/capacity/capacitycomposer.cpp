#include "ui/capacity/capacitycomposer.h"

#include "models/apiclient.h"
#include "models/capacity/capacityclient.h"
#include "models/capacity/capacityfeed.h"
#include "models/consolecontroller.h"
#include "ui/capacity/capacityview.h"
#include "ui/windowactions.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>

CapacityComposer::CapacityComposer(ConsoleController *controller, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_client(new CapacityClient(*controller->api(), this))
    , m_feed(new CapacityFeed(m_client, this))
{
    connect(m_controller, &ConsoleController::fleetLoaded, m_feed, &CapacityFeed::start);
    connect(m_controller->api(), &ApiClient::endpointChanged, m_feed, [this] {
        m_feed->stop();
        m_feed->clear();
    });
    connect(m_feed, &CapacityFeed::updated, this,
        [this] { emit trafficUpdated(m_feed->report().districts); });
    if (m_controller->hasLoaded())
        m_feed->start();
}

CapacityComposer::~CapacityComposer()
{
    delete m_dock;
}

void CapacityComposer::attachTo(QMainWindow *window, QDockWidget *besideDock, QMenu *menu)
{
    if (m_dock)
        return;
    m_view = new CapacityView(m_feed, window);
    m_dock = new QDockWidget(tr("Capacity"), window);
    m_dock->setObjectName(QStringLiteral("capacityDock"));
    m_dock->setWidget(m_view);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    if (besideDock)
        window->tabifyDockWidget(besideDock, m_dock);
    auto *show
        = dockShortcut(m_dock, tr("Show &Capacity Panel"), QKeySequence(Qt::CTRL | Qt::Key_5));
    if (menu)
        menu->addAction(show);
}

void CapacityComposer::setDaemonReachable(bool reachable)
{
    if (reachable) {
        if (m_controller->hasLoaded())
            m_feed->start();
    } else {
        m_feed->stop();
    }
    if (m_dock && m_view)
        m_view->setEnabled(reachable);
}
