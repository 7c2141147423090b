#include "ui/mainwindow.h"

#include "models/apiclient.h"
#include "models/consolecontroller.h"
#include "models/eventstream.h"
#include "models/podtablemodel.h"
#include "ui/capacity/capacitycomposer.h"
#include "ui/capacity/capacityview.h"
#include "ui/compliance/compliancecomposer.h"
#include "ui/compliance/compliancedashboard.h"
#include "ui/connectdialog.h"
#include "ui/connectionindicator.h"
#include "ui/drills/drillscomposer.h"
#include "ui/eventsdock.h"
#include "ui/fleetsummarylabel.h"
#include "ui/helpbrowser.h"
#include "ui/logging.h"
#include "ui/map/maplegend.h"
#include "ui/map/worldmapview.h"
#include "ui/offlinebanner.h"
#include "ui/panelcycler.h"
#include "ui/podactions.h"
#include "ui/podmapbinder.h"
#include "ui/podspanel.h"
#include "ui/routing/routingcomposer.h"
#include "ui/routing/routingexplorer.h"
#include "ui/windowactions.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>
#include <QWhatsThis>

MainWindow::MainWindow(ConsoleController *controller, QWidget *parent)
    : QMainWindow(parent)
    , m_controller(controller)
    , m_map(new WorldMapView(this))
    , m_pods(new PodsPanel(controller->podModel(), controller->regionModel(), this))
    , m_podsDock(new QDockWidget(tr("Pods"), this))
    , m_events(new EventsDock(controller->eventLog(), this))
    , m_indicator(new ConnectionIndicator(this))
    , m_summary(new FleetSummaryLabel(controller->podModel(), this))
    , m_podActions(new PodActions(controller, this, this))
    , m_binder(new PodMapBinder(controller->podModel(), controller->regionModel(), m_map, this))
    , m_compliance(new ComplianceComposer(controller, this))
    , m_routing(new RoutingComposer(controller, m_compliance->capabilities(), this))
    , m_capacity(new CapacityComposer(controller, this))
    , m_drills(new DrillsComposer(controller, m_compliance->capabilities(), this))
    , m_panels(new PanelCycler(this))
    , m_offline(new OfflineBanner(this))
{
    setWindowTitle(tr("Regional Pods"));
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_offline);
    centralLayout->addWidget(m_map, 1);
    setCentralWidget(central);
    m_map->setAccessibleName(tr("World map of pods"));

    m_podsDock->setObjectName(QStringLiteral("podsDock"));
    m_podsDock->setWidget(m_pods);
    addDockWidget(Qt::BottomDockWidgetArea, m_podsDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_events);
    splitDockWidget(m_podsDock, m_events, Qt::Horizontal);
    resizeDocks({m_podsDock, m_events}, {62, 38}, Qt::Horizontal);

    statusBar()->addPermanentWidget(m_summary);
    statusBar()->addPermanentWidget(m_indicator);

    createActions();
    createMenus();
    m_compliance->attachTo(this, m_map, operatorActions());
    m_routing->attachTo(this, m_map, m_compliance->dock());
    m_capacity->attachTo(this, m_podsDock, m_routing->menu());
    m_drills->attachTo(this);
    connect(m_capacity, &CapacityComposer::trafficUpdated, m_routing, &RoutingComposer::setTraffic);
    m_compliance->dock()->raise(); // the first tabs a new user sees
    m_podsDock->raise();
    m_panels->setPanels({m_map, m_pods->tableView(), m_events->view(),
        m_compliance->dashboard() ? m_compliance->dashboard()->tree() : nullptr,
        static_cast<QWidget *>(m_routing->explorer()->districtPicker()),
        static_cast<QWidget *>(m_capacity->view()->rangePicker())});
    wireSelection();
    wireController();
    updatePodActions();
    updateIndicatorDetails();
}

MainWindow::~MainWindow() = default;

QAction *MainWindow::addAction(
    Action which, const QString &name, const QString &text, const QList<QKeySequence> &keys)
{
    auto *action = new QAction(text, this);
    m_actions.insert(which, action);
    action->setObjectName(name);
    action->setShortcuts(keys);
    if (!keys.isEmpty())
        action->setToolTip(actionToolTip(text, keys.first()));
    QWidget::addAction(action); // shortcuts work even with menus and toolbar hidden
    return action;
}

QList<QAction *> MainWindow::operatorActions() const
{
    return {action(Action::Create), action(Action::Scale), action(Action::Delete)};
}

void MainWindow::createActions()
{
    auto *refresh = addAction(Action::Refresh, QStringLiteral("refresh"), tr("&Refresh"),
        {QKeySequence(Qt::CTRL | Qt::Key_R)});
    refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    connect(refresh, &QAction::triggered, m_controller, &ConsoleController::refresh);

    auto *connectAction = addAction(Action::Connect, QStringLiteral("connect"),
        tr("&Connect to Daemon…"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)});
    connect(connectAction, &QAction::triggered, this, &MainWindow::connectToDaemon);
    auto *quit = addAction(Action::Quit, QStringLiteral("quit"), tr("&Quit"), {QKeySequence::Quit});
    connect(quit, &QAction::triggered, this, &QWidget::close);

    auto *find = addAction(Action::Find, QStringLiteral("find"), tr("&Find Pod…"),
        {QKeySequence(Qt::CTRL | Qt::Key_F)});
    connect(find, &QAction::triggered, this, [this] {
        m_podsDock->show();
        m_podsDock->raise();
        m_pods->focusSearch();
    });

    // "=" is "+" without Shift on most layouts.
    auto *zoomIn = addAction(Action::ZoomIn, QStringLiteral("zoomIn"), tr("Zoom &In"),
        {QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal), QKeySequence::ZoomIn});
    connect(zoomIn, &QAction::triggered, m_map, &WorldMapView::zoomIn);
    auto *zoomOut = addAction(Action::ZoomOut, QStringLiteral("zoomOut"), tr("Zoom &Out"),
        {QKeySequence(Qt::Key_Minus), QKeySequence::ZoomOut});
    connect(zoomOut, &QAction::triggered, m_map, &WorldMapView::zoomOut);
    auto *reset = addAction(Action::ResetView, QStringLiteral("resetView"), tr("&World View"),
        {QKeySequence(Qt::Key_0)});
    connect(reset, &QAction::triggered, m_map, &WorldMapView::resetView);
    auto *fit = addAction(Action::FitToPods, QStringLiteral("fitToPods"), tr("Fit to &Pods"),
        {QKeySequence(Qt::CTRL | Qt::Key_0)});
    connect(fit, &QAction::triggered, m_map, &WorldMapView::fitToMarkers);

    auto *create = addAction(Action::Create, QStringLiteral("createPod"), tr("&New Pod…"),
        {QKeySequence(Qt::CTRL | Qt::Key_N)});
    connect(create, &QAction::triggered, m_podActions, &PodActions::create);
    auto *details = addAction(Action::Details, QStringLiteral("podDetails"), tr("Pod De&tails…"),
        {QKeySequence(Qt::CTRL | Qt::Key_I)});
    connect(details, &QAction::triggered, this,
        [this] { m_podActions->showDetails(m_pods->currentPodId()); });

    auto *scale = addAction(Action::Scale, QStringLiteral("scale"), tr("&Scale Pod…"),
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)});
    connect(
        scale, &QAction::triggered, this, [this] { m_podActions->scale(m_pods->currentPodId()); });
    auto *remove = addAction(
        Action::Delete, QStringLiteral("delete"), tr("&Delete Pod…"), {QKeySequence::Delete});
    remove->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    connect(remove, &QAction::triggered, this,
        [this] { m_podActions->remove(m_pods->currentPodId()); });

    auto *nextPanel = addAction(Action::NextPanel, QStringLiteral("nextPanel"), tr("Next &Panel"),
        {QKeySequence(Qt::Key_F6)});
    connect(nextPanel, &QAction::triggered, m_panels, &PanelCycler::next);
    auto *previousPanel = addAction(Action::PreviousPanel, QStringLiteral("previousPanel"),
        tr("Pre&vious Panel"), {QKeySequence(Qt::SHIFT | Qt::Key_F6)});
    connect(previousPanel, &QAction::triggered, m_panels, &PanelCycler::previous);

    auto *about = addAction(Action::About, QStringLiteral("about"), tr("&About Regional Pods"), {});
    connect(about, &QAction::triggered, this, &MainWindow::about);
    auto *guide = addAction(Action::Guide, QStringLiteral("userGuide"), tr("&User Guide"),
        {QKeySequence::HelpContents});
    connect(guide, &QAction::triggered, this, [this] { showGuide(); });
}

void MainWindow::createMenus()
{
    auto *file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(Action::Connect));
    file->addAction(action(Action::Refresh));
    file->addSeparator();
    file->addAction(action(Action::Quit));

    auto *view = menuBar()->addMenu(tr("&View"));
    view->addAction(action(Action::Find));
    view->addSeparator();
    for (const Action a : {Action::ZoomIn, Action::ZoomOut, Action::ResetView, Action::FitToPods})
        view->addAction(action(a));
    auto *legend = view->addAction(tr("Map &Legend"));
    legend->setObjectName(QStringLiteral("mapLegend"));
    legend->setCheckable(true);
    legend->setChecked(QSettings().value(QStringLiteral("map/legend"), true).toBool());
    m_map->legend()->setWanted(legend->isChecked());
    connect(legend, &QAction::toggled, this, [this](bool on) {
        m_map->legend()->setWanted(on);
        QSettings().setValue(QStringLiteral("map/legend"), on);
    });
    view->addSeparator();
    view->addAction(action(Action::NextPanel));
    view->addAction(action(Action::PreviousPanel));
    view->addSeparator();
    // Each dock has a shortcut: Ctrl+1 pods, Ctrl+2 events (Ctrl+3 compliance, in its menu).
    view->addAction(
        dockShortcut(m_podsDock, tr("Show Po&ds Panel"), QKeySequence(Qt::CTRL | Qt::Key_1)));
    view->addAction(
        dockShortcut(m_events, tr("Show &Events Panel"), QKeySequence(Qt::CTRL | Qt::Key_2)));

    auto *pod = menuBar()->addMenu(tr("&Pod"));
    pod->addAction(action(Action::Create));
    pod->addAction(action(Action::Details));
    pod->addSeparator();
    pod->addAction(action(Action::Scale));
    pod->addAction(action(Action::Delete));

    auto *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(action(Action::Guide));
    QAction *whatsThis = QWhatsThis::createAction(this);
    whatsThis->setObjectName(QStringLiteral("whatsThis"));
    QWidget::addAction(whatsThis); // Shift+F1 with the menu bar hidden too
    help->addAction(whatsThis);
    help->addSeparator();
    help->addAction(action(Action::About));

    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    // Text only: the standard icon set covers just two of these actions, and mixed rows read badly.
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(action(Action::Refresh));
    toolbar->addSeparator();
    for (const Action a : {Action::ZoomIn, Action::ZoomOut, Action::ResetView, Action::FitToPods})
        toolbar->addAction(action(a));
    toolbar->addSeparator();
    toolbar->addAction(action(Action::Scale));
    toolbar->addAction(action(Action::Delete));
    toolbar->addSeparator();
    toolbar->addAction(action(Action::Find));
}

void MainWindow::wireSelection()
{
    // Both sides ignore a request for what they already show, so this cannot ping-pong.
    connect(m_pods, &PodsPanel::currentPodChanged, m_map, [this](const QString &podId) {
        // A district picked on the map clears the pod table's selection; that must not
        // clear the district.
        if (podId.isEmpty() && !MapMarker::districtOf(m_map->selectedMarker()).isEmpty())
            return;
        m_map->setSelectedMarker(podId);
    });
    connect(m_map, &WorldMapView::selectionChanged, m_pods, &PodsPanel::selectPod);
    connect(m_events, &EventsDock::podActivated, m_pods, &PodsPanel::selectPod);
    connect(m_pods, &PodsPanel::currentPodChanged, this, &MainWindow::updatePodActions);
    // Enter or a double-click on a pod opens its detail view (read-only roles too).
    connect(m_pods, &PodsPanel::podActivated, m_podActions, &PodActions::showDetails);
    connect(m_podActions, &PodActions::podCreated, m_pods, &PodsPanel::selectPod);
}

void MainWindow::wireController()
{
    auto *stream = m_controller->stream();
    m_indicator->setState(stream->state());
    connect(stream, &EventStream::stateChanged, this, [this](EventStream::State state) {
        m_indicator->setState(state);
        updateIndicatorDetails();
    });
    connect(m_controller, &ConsoleController::errorOccurred, this,
        [this](const QString &message) { showStatus(message, 15000); });
    connect(m_controller, &ConsoleController::loadingChanged, this, [this](bool loading) {
        if (loading)
            showStatus(tr("Loading fleet…"));
        else
            statusBar()->clearMessage();
    });
    connect(m_podActions, &PodActions::statusMessage, this, &MainWindow::showStatus);
    m_podActions->setSources(
        m_routing->monitor(), m_capacity->feed(), m_compliance->capabilities());
    connect(m_podActions, &PodActions::drainRequested, m_routing, &RoutingComposer::confirmDrain);
    // Unreachable: last known state, greyed (the models do that), a banner, and no actions
    // that would only fail. Back: all of it undone, stale messages cleared.
    connect(m_controller, &ConsoleController::reachableChanged, this, [this](bool reachable) {
        m_reachable = reachable;
        m_offline->setOffline(!reachable, m_controller->podModel()->lastUpdate(),
            m_controller->stream()->lastError());
        if (reachable)
            statusBar()->clearMessage();
        updatePodActions();
        m_podActions->setDaemonReachable(reachable);
        m_compliance->setDaemonReachable(reachable);
        m_routing->setDaemonReachable(reachable);
        m_capacity->setDaemonReachable(reachable);
    });
}

namespace {
// Bump when docks are added or renamed: an older saved arrangement is then ignored.
constexpr int kLayoutVersion = 1;
const auto kGeometryKey = QStringLiteral("window/geometry");
const auto kStateKey = QStringLiteral("window/state");
} // namespace

void MainWindow::showWithSavedLayout()
{
    const QSettings settings;
    if (restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        // The docks as the user left them, not the first-run split.
        m_docksSized = restoreState(settings.value(kStateKey).toByteArray(), kLayoutVersion);
        show();
        return;
    }
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1600, 1000);
    if (available.width() < 1500 || available.height() < 960) {
        showMaximized();
        return;
    }
    resize(1440, 900);
    show();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState(kLayoutVersion));
    QMainWindow::closeEvent(event);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // The map has the focus at start (not the first combo box of a dock, whose panel key
    // would then hide the panel instead of going to it); F6 moves on from there.
    if (!m_shownOnce) {
        m_shownOnce = true;
        m_map->setFocus(Qt::OtherFocusReason);
    }
    if (m_docksSized)
        return;
    m_docksSized = true;
    // A third of the height for the pods and events docks: at 1280×720 the compliance tree
    // above them still lists several districts.
    resizeDocks({m_podsDock}, {std::clamp(height() / 3, 200, 340)}, Qt::Vertical);
    // Pods (and the capacity charts tabbed with them) five eighths, events the rest.
    resizeDocks({m_podsDock, m_events}, {width() * 5 / 8, width() * 3 / 8}, Qt::Horizontal);
    // Half the width for compliance and routing at 1280 (district names and the regime's
    // sentence fit), up to 720 px on wider screens where the map keeps the rest.
    resizeDocks({m_compliance->dock()}, {std::clamp(width() / 2, 560, 720)}, Qt::Horizontal);
}

void MainWindow::updatePodActions()
{
    const bool usable = m_reachable && !m_pods->currentPodId().isEmpty();
    action(Action::Create)->setEnabled(m_reachable);
    action(Action::Details)->setEnabled(!m_pods->currentPodId().isEmpty());
    action(Action::Scale)->setEnabled(usable);
    action(Action::Delete)->setEnabled(usable);
}

void MainWindow::updateIndicatorDetails()
{
    m_indicator->setDetails(m_daemonUrl.toDisplayString(), m_controller->stream()->lastError());
}

void MainWindow::setDaemonUrl(const QUrl &url)
{
    m_daemonUrl = url;
    setWindowTitle(tr("Regional Pods — %1").arg(url.toDisplayString()));
    updateIndicatorDetails();
}

void MainWindow::connectToDaemon()
{
    ConnectDialog dialog(
        m_controller->api()->network(), m_daemonUrl, m_controller->api()->token(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QSettings settings;
    settings.setValue(QStringLiteral("connection/url"), dialog.url().toString());
    if (dialog.rememberToken())
        settings.setValue(QStringLiteral("connection/token"), dialog.token());
    else
        settings.remove(QStringLiteral("connection/token"));
    qCInfo(lcUi) << "switching to" << dialog.url().toDisplayString();
    m_controller->reconnect(dialog.url(), dialog.token());
    setDaemonUrl(dialog.url());
    showStatus(dialog.statusText(), 10000);
}

void MainWindow::showStatus(const QString &message, int timeoutMs)
{
    statusBar()->showMessage(message, timeoutMs);
}

void MainWindow::showConnectionFailure(const QString &message)
{
    qCWarning(lcUi).noquote() << "no daemon:" << message;
    showStatus(message.section(QLatin1Char('\n'), 0, 0));
    auto *box
        = new QMessageBox(QMessageBox::Critical, tr("No daemon"), message, QMessageBox::Ok, this);
    box->setInformativeText(tr("Start regionalpodsd, or run the console with --url and --token "
                               "pointing at a running daemon."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showDaemonStopped(const QString &message, const QString &log)
{
    qCWarning(lcUi).noquote() << message;
    showStatus(message);
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Daemon stopped"), message, QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("daemonStoppedBox"));
    auto *restart = box->addButton(tr("&Restart Daemon"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Close);
    box->setDefaultButton(restart);
    if (!log.isEmpty())
        box->setDetailedText(log); // "Show Details…": the log, only when asked for
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, restart](QAbstractButton *button) {
        if (button == static_cast<QAbstractButton *>(restart))
            emit restartDaemonRequested();
    });
    box->open();
}

HelpBrowser *MainWindow::showGuide()
{
    // The topic of the panel in use: F1 in the compliance tree opens the compliance section.
    const QList<QPair<QWidget *, QString>> topics{{m_map, QStringLiteral("map")},
        {m_podsDock, QStringLiteral("pods")}, {m_events, QStringLiteral("events")},
        {m_compliance->dock(), QStringLiteral("compliance")},
        {m_routing->dock(), QStringLiteral("routing")},
        {m_capacity->dock(), QStringLiteral("capacity")}};
    QString topic;
    if (QWidget *focus = focusWidget()) // this window's, even while the guide is active
        for (const auto &[panel, name] : topics)
            if (panel && (panel == focus || panel->isAncestorOf(focus)))
                topic = name;
    if (!m_guide)
        m_guide = new HelpBrowser(this);
    m_guide->showTopic(topic);
    return m_guide;
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Regional Pods"),
        tr("<h3>Regional Pods %1</h3>"
           "<p>Console for ML-serving pods across regions, with residency-aware routing "
           "and failover.</p><p>Daemon: %2</p>"
           "<p>Map data: Natural Earth and US Census Bureau (public domain).</p>")
            .arg(QApplication::applicationVersion().toHtmlEscaped(),
                m_daemonUrl.isEmpty() ? tr("not connected")
                                      : m_daemonUrl.toDisplayString().toHtmlEscaped()));
}
