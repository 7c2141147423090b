#include "ui/routing/routingcomposer.h"

#include "models/apiclient.h"
#include "models/compliance/capabilities.h"
#include "models/consolecontroller.h"
#include "models/eventstream.h"
#include "models/podtablemodel.h"
#include "models/routing/routingclient.h"
#include "models/routing/routingmonitor.h"
#include "ui/map/worldmapview.h"
#include "ui/routing/overridedialog.h"
#include "ui/routing/routingexplorer.h"
#include "ui/routing/routingmapbinder.h"
#include "ui/windowactions.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

RoutingComposer::RoutingComposer(
    ConsoleController *controller, Capabilities *capabilities, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_capabilities(capabilities)
    , m_client(new RoutingClient(*controller->api(), this))
    , m_monitor(new RoutingMonitor(m_client, this))
{ }

RoutingComposer::~RoutingComposer()
{
    delete m_overrideDialog;
    delete m_dock;
}

void RoutingComposer::attachTo(QMainWindow *window, WorldMapView *map, QDockWidget *besideDock)
{
    if (m_window)
        return;
    m_window = window;
    m_explorer = new RoutingExplorer(m_monitor, window);
    m_dock = new QDockWidget(tr("Routing"), window);
    m_dock->setObjectName(QStringLiteral("routingDock"));
    m_dock->setWidget(m_explorer);
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    if (besideDock)
        window->tabifyDockWidget(besideDock, m_dock);
    if (map) {
        m_binder = new RoutingMapBinder(m_monitor, map, this);
        connect(m_explorer, &RoutingExplorer::currentDistrictChanged, m_binder,
            &RoutingMapBinder::setSelectedDistrict);
        connect(
            m_explorer, &RoutingExplorer::currentDistrictChanged, map, [map](const QString &id) {
                if (!id.isEmpty())
                    map->setSelectedMarker(MapMarker::districtId(id));
                else if (!MapMarker::districtOf(map->selectedMarker()).isEmpty())
                    map->setSelectedMarker({});
            });
        connect(map, &WorldMapView::selectionChanged, this, [this](const QString &markerId) {
            if (const QString district = MapMarker::districtOf(markerId); !district.isEmpty())
                m_explorer->setCurrentDistrict(district);
        });
        connect(map, &WorldMapView::markerClicked, this, [this](const QString &markerId) {
            if (!MapMarker::districtOf(markerId).isEmpty()) {
                m_dock->show();
                m_dock->raise();
            }
        });
    }
    connect(m_explorer, &RoutingExplorer::overrideRequested, this, &RoutingComposer::openOverride);
    connect(m_explorer, &RoutingExplorer::removeOverrideRequested, this,
        &RoutingComposer::confirmRemoveOverride);
    connect(m_explorer, &RoutingExplorer::drainRequested, this, &RoutingComposer::confirmDrain);
    createActions();
    wireController();
    if (m_capabilities)
        connect(m_capabilities, &Capabilities::changed, this, &RoutingComposer::applyCapabilities);
    applyCapabilities();
}

void RoutingComposer::createActions()
{
    const auto add = [this](Action which, const QString &name, const QString &text,
                         const QKeySequence &key, auto slot) {
        QAction *a = windowAction(m_window, name, text, key);
        connect(a, &QAction::triggered, this, slot);
        m_actions.insert(which, a);
        return a;
    };
    add(Action::Override, QStringLiteral("routingOverride"), tr("&Override District…"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V),
        [this] { openOverride(m_explorer->currentDistrict()); });
    add(Action::RemoveOverride, QStringLiteral("routingRemoveOverride"), tr("&Remove Override…"),
        QKeySequence(), [this] {
            if (const auto d = m_monitor->decision(m_explorer->currentDistrict()))
                confirmRemoveOverride(d->overrideId);
        });
    add(Action::Drain, QStringLiteral("routingDrain"), tr("&Drain Serving Pod…"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), [this] {
            if (const auto d = m_monitor->decision(m_explorer->currentDistrict()))
                confirmDrain(d->pod);
        });
    add(Action::Refresh, QStringLiteral("routingRefresh"), tr("Re&load Routing Table"),
        QKeySequence(), [this] { m_monitor->reload(); });

    auto *menu = new QMenu(tr("Ro&uting"), m_window);
    menu->setObjectName(QStringLiteral("routingMenu"));
    m_menu = menu;
    for (const Action a : {Action::Override, Action::RemoveOverride, Action::Drain})
        menu->addAction(action(a));
    menu->addSeparator();
    menu->addAction(action(Action::Refresh));
    menu->addAction(
        dockShortcut(m_dock, tr("Show Routing &Panel"), QKeySequence(Qt::CTRL | Qt::Key_4)));
    insertMenuBeforeHelp(m_window->menuBar(), menu);
}

void RoutingComposer::wireController()
{
    const auto districtsChanged = [this] {
        m_explorer->setDistricts(m_controller->districts());
        if (m_binder)
            m_binder->setDistricts(m_controller->districts());
    };
    connect(m_controller, &ConsoleController::districtsChanged, this, districtsChanged);
    connect(m_controller, &ConsoleController::fleetLoaded, m_monitor, &RoutingMonitor::reload);
    connect(m_controller->api(), &ApiClient::endpointChanged, m_monitor, &RoutingMonitor::clear);
    connect(m_controller->stream(), &EventStream::eventReceived, m_monitor,
        &RoutingMonitor::applyEvent);
    connect(m_monitor, &RoutingMonitor::tableChanged, this, [this] { applyCapabilities(); });
    connect(m_monitor, &RoutingMonitor::errorOccurred, this, &RoutingComposer::showStatus);
    if (m_controller->hasLoaded()) {
        districtsChanged();
        m_monitor->reload();
    }
}

void RoutingComposer::setDaemonReachable(bool reachable)
{
    if (m_reachable == reachable)
        return;
    m_reachable = reachable;
    if (m_binder)
        m_binder->setStale(!reachable);
    applyCapabilities();
}

void RoutingComposer::setTraffic(const QList<DistrictTraffic> &traffic)
{
    if (m_explorer)
        m_explorer->setTraffic(traffic);
}

void RoutingComposer::applyCapabilities()
{
    // Hidden for auditors only, so nothing flickers while the role is still being learnt.
    const bool auditor = m_capabilities && m_capabilities->isAuditor();
    for (const Action a : {Action::Override, Action::RemoveOverride, Action::Drain}) {
        if (auto *act = action(a)) {
            act->setVisible(!auditor);
            act->setEnabled(m_reachable);
        }
    }
    if (auto *refresh = action(Action::Refresh))
        refresh->setEnabled(m_reachable);
    if (m_explorer) {
        m_explorer->setOperatorActionsVisible(!auditor);
        m_explorer->setDaemonReachable(m_reachable);
    }
    if (m_overrideDialog && (auditor || !m_reachable))
        m_overrideDialog->close();
}

void RoutingComposer::showStatus(const QString &message)
{
    if (m_window)
        m_window->statusBar()->showMessage(message, 10000);
}

OverrideDialog *RoutingComposer::openOverride(const QString &districtId)
{
    if (!m_window || (m_capabilities && m_capabilities->isAuditor()))
        return nullptr;
    const auto decision = m_monitor->decision(districtId);
    if (!decision) {
        showStatus(tr("Choose a district in the Routing panel first."));
        return nullptr;
    }
    delete m_overrideDialog;
    m_overrideDialog = new OverrideDialog(m_client, *decision, m_window);
    m_overrideDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_overrideDialog, &OverrideDialog::overrideCreated, this, [this](const QString &id) {
        showStatus(tr("Override %1 is in force.").arg(id));
        m_monitor->reload();
    });
    m_overrideDialog->show();
    return m_overrideDialog;
}

void RoutingComposer::confirmRemoveOverride(const QString &id)
{
    if (!m_window || id.isEmpty())
        return;
    QMessageBox box(QMessageBox::Question, tr("Remove Override"),
        tr("Remove override %1? The districts it covers are routed by their policy again at "
           "once.")
            .arg(id),
        QMessageBox::Cancel, m_window);
    box.setObjectName(QStringLiteral("removeOverrideBox"));
    box.addButton(tr("&Remove Override"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() == QMessageBox::Cancel)
        return;
    m_client->removeOverride(this, id, [this, id](ApiResult<bool> result) {
        if (!result) {
            QMessageBox::warning(m_window, tr("Override Not Removed"), result.error().message());
            return;
        }
        showStatus(tr("Override %1 removed.").arg(id));
        m_monitor->reload();
    });
}

void RoutingComposer::confirmDrain(const QString &podId)
{
    if (!m_window || podId.isEmpty())
        return;
    const auto pod = m_controller->podModel()->pod(podId);
    if (!pod) {
        showStatus(tr("%1 is not in the pod list.").arg(podId));
        return;
    }
    const bool drain = !pod->draining;
    QMessageBox box(QMessageBox::Question, drain ? tr("Drain Pod") : tr("End Drain"),
        drain ? tr("Drain %1 for maintenance? Routing sends it no new traffic: its districts "
                   "move to the next pods their policy allows at once (or fail closed where "
                   "there is none). Its replicas keep running.")
                    .arg(podId)
              : tr("End the drain of %1? Its districts come back with the table's next plan.")
                    .arg(podId),
        QMessageBox::Cancel, m_window);
    box.setObjectName(QStringLiteral("drainBox"));
    box.addButton(drain ? tr("&Drain") : tr("&End Drain"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() == QMessageBox::Cancel)
        return;
    m_client->setDraining(
        this, pod->region, podId, drain, [this, podId, drain](ApiResult<Pod> result) {
            if (!result) {
                QMessageBox::warning(m_window, drain ? tr("Not Drained") : tr("Drain Not Ended"),
                    result.error().message());
                return;
            }
            m_controller->podModel()->upsertPod(result.value());
            showStatus(drain ? tr("%1 is draining.").arg(podId)
                             : tr("%1 takes traffic again.").arg(podId));
        });
}
