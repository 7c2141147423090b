#include "gui/widgetprobes.h"
#include "models/apiclient.h"
#include "models/consolecontroller.h"
#include "models/eventlogmodel.h"
#include "models/eventstream.h"
#include "models/healthcolors.h"
#include "models/podfilterproxymodel.h"
#include "models/podtablemodel.h"
#include "models/regionlistmodel.h"
#include "testmain.h"
#include "ui/capacity/capacitycomposer.h"
#include "ui/compliance/compliancecomposer.h"
#include "ui/compliance/compliancedashboard.h"
#include "ui/connectionindicator.h"
#include "ui/consoletheme.h"
#include "ui/eventsdock.h"
#include "ui/fleetsummarylabel.h"
#include "ui/helpbrowser.h"
#include "ui/mainwindow.h"
#include "ui/map/maplegend.h"
#include "ui/podactions.h"
#include "ui/pods/poddetaildialog.h"

#include "ui/routing/routingcomposer.h"
#include "ui/routing/routingexplorer.h"
#include <QFile>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTextBrowser>

#include "ui/map/worldmapview.h"
#include "ui/podspanel.h"
#include "ui/scaledialog.h"
#include <QComboBox>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTcpServer>
#include <QTest>
#include <QTimer>
#include <QWebSocketServer>
#include <memory>

using namespace std::chrono_literals;
#include <QTreeView>

namespace {

QJsonObject loadDemoFleet()
{
    QFile file(
        qEnvironmentVariable("RP_SOURCE_DIR", QStringLiteral(".")) + "/resources/demo/fleet.json");
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// The demo fleet as the daemon would report it, with a spread of health states.
QList<Pod> demoPods(const QJsonObject &fleet)
{
    QList<Pod> pods;
    const HealthState states[] = {HealthState::Healthy, HealthState::Healthy, HealthState::Healthy,
        HealthState::Degraded, HealthState::Healthy, HealthState::Unhealthy, HealthState::Healthy,
        HealthState::Unknown};
    int i = 0;
    for (const auto &value : fleet.value("pods").toArray()) {
        Pod pod = Pod::fromJson(value.toObject());
        pod.health = states[i++ % std::size(states)];
        for (int r = 0; r < pod.replicas; ++r)
            pod.replicaStatus.append(Replica{r, QString(), 5000 + 10 * i + r, 41000 + 10 * i + r,
                pod.health == HealthState::Degraded && r == 0 ? HealthState::Unhealthy
                                                              : pod.health});
        pods.append(pod);
    }
    return pods;
}

QList<Region> demoRegions(const QJsonObject &fleet)
{
    QList<Region> regions;
    for (const auto &value : fleet.value("regions").toArray())
        regions.append(Region::fromJson(value.toObject()));
    return regions;
}

bool sameColour(const QColor &a, const QColor &b)
{
    return qAbs(a.red() - b.red()) <= 3 && qAbs(a.green() - b.green()) <= 3
        && qAbs(a.blue() - b.blue()) <= 3;
}

QColor pixelAtMarker(WorldMapView *map, const QString &id)
{
    const QPoint pos = map->viewPosForMarker(id);
    const QImage image = map->viewport()->grab().toImage();
    const qreal dpr = image.devicePixelRatio();
    return image.pixelColor(qRound(pos.x() * dpr), qRound(pos.y() * dpr));
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void markersMatchPods();
    void healthEventRecoloursMarkerAndRow();
    void tableSelectionSelectsMarker();
    void mapSelectionSelectsRow();
    void deletedPodLeavesMapAndTable();
    void countsAgreeWhenAHiddenPodGoes();
    void connectionIndicatorFollowsStream();
    void shortcuts();
    void keyboardReachesEveryPanel();
    void scaleDialogSaysWhyAValueIsRefused();
    void unreachableDaemonShowsStaleStateAndDisablesActions();
    void crashedDaemonIsOneSentenceWithRestartAndLog();
    void activationOpensPodDetail();
    void mapLegendExplainsEverySymbol();
    void f1OpensTheGuideAtThePanelInUse();
    void layoutIsKeptBetweenRuns();
    void screenshot();

private:
    QJsonObject m_fleet;
    QNetworkAccessManager m_network;
    ApiClient *m_api = nullptr;
    EventStream *m_stream = nullptr;
    ConsoleController *m_controller = nullptr;
    MainWindow *m_window = nullptr;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the legend's on/off goes to a test location
    QSettings().remove(QStringLiteral("map/legend"));
    // The production look, so pixel checks and screenshots see what operators see.
    ConsoleTheme::apply(*qApp);
}

void TestMainWindow::init()
{
    m_fleet = loadDemoFleet();
    QVERIFY2(!m_fleet.isEmpty(), "RP_SOURCE_DIR/resources/demo/fleet.json not readable");
    m_api = new ApiClient(m_network);
    m_stream = new EventStream;
    m_controller = new ConsoleController(m_api, m_stream);
    m_window = new MainWindow(m_controller);
    m_window->resize(1600, 1000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    // Fed directly, as the controller would after GET /regions and GET /pods.
    const auto regions = demoRegions(m_fleet);
    m_controller->regionModel()->setRegions(regions);
    m_controller->podModel()->setRegions(regions);
    m_controller->podModel()->setPods(demoPods(m_fleet));
}

void TestMainWindow::cleanup()
{
    delete m_window;
    delete m_controller;
    delete m_stream;
    delete m_api;
    m_window = nullptr;
}

void TestMainWindow::markersMatchPods()
{
    const auto pods = m_controller->podModel()->pods();
    QVERIFY(pods.size() > 10);
    WorldMapView *map = m_window->mapView();
    QCOMPARE(map->markerCount(), int(pods.size()));
    for (const auto &pod : pods) {
        const auto marker = map->marker(pod.id);
        QVERIFY2(marker, qPrintable(pod.id));
        QCOMPARE(marker->color, HealthColors::color(pod.health));
        QCOMPARE(marker->kind, podTypeName(pod.type));
        const auto region = m_controller->regionModel()->region(pod.region);
        QCOMPARE(marker->latitude, region->latitude);
        QVERIFY(marker->tooltip.contains(pod.id));
        QVERIFY(marker->tooltip.contains(HealthColors::label(pod.health)));
    }
    // The pixels agree with the model, not just the marker data.
    const Pod &first = pods.first();
    QTRY_VERIFY(sameColour(pixelAtMarker(map, first.id), HealthColors::color(first.health)));
    QCOMPARE(m_window->podsPanel()->proxyModel()->rowCount(), int(pods.size()));
}

void TestMainWindow::healthEventRecoloursMarkerAndRow()
{
    const QString id = QStringLiteral("us-west-primary");
    WorldMapView *map = m_window->mapView();
    PodTableModel *model = m_controller->podModel();
    const int row = model->rowOf(id);
    QVERIFY(row >= 0);
    QCOMPARE(model->pod(id)->health, HealthState::Healthy);
    QTRY_VERIFY(sameColour(pixelAtMarker(map, id), HealthColors::color(HealthState::Healthy)));

    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    const int markersBefore = map->markerCount();
    m_controller->applyEvent(Event{11, QDateTime::currentDateTimeUtc(),
        PodHealthEvent{id, "us-west", HealthState::Unhealthy, HealthState::Healthy}});
    QCOMPARE(reset.count(), 0);
    QCOMPARE(map->markerCount(), markersBefore);
    QCOMPARE(map->marker(id)->color, HealthColors::color(HealthState::Unhealthy));
    QTRY_VERIFY2(sameColour(pixelAtMarker(map, id), HealthColors::color(HealthState::Unhealthy)),
        qPrintable(pixelAtMarker(map, id).name()));
    QCOMPARE(model->index(row, PodTableModel::HealthColumn).data().toString(),
        HealthColors::label(HealthState::Unhealthy));
    // The table shows it too (through the proxy).
    auto *proxy = m_window->podsPanel()->proxyModel();
    const QModelIndex proxyIndex
        = proxy->mapFromSource(model->index(row, PodTableModel::HealthColumn));
    QCOMPARE(proxyIndex.data().toString(), HealthColors::label(HealthState::Unhealthy));
    // And the events dock logged it in words.
    QCOMPARE(m_controller->eventLog()->index(0, 2).data().toString(),
        QStringLiteral("us-west-primary is now unhealthy (was healthy)"));
}

void TestMainWindow::tableSelectionSelectsMarker()
{
    PodsPanel *panel = m_window->podsPanel();
    QTableView *table = panel->tableView();
    auto *proxy = panel->proxyModel();
    // Click a real row, as an operator would.
    const QModelIndex index = proxy->index(3, PodTableModel::PodColumn);
    const QString id = index.data(PodTableModel::PodIdRole).toString();
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    QCOMPARE(panel->currentPodId(), id);
    QCOMPARE(m_window->mapView()->selectedMarker(), id);
    QVERIFY(m_window->action(MainWindow::Action::Scale)->isEnabled());
    QVERIFY(m_window->action(MainWindow::Action::Delete)->isEnabled());
}

void TestMainWindow::mapSelectionSelectsRow()
{
    WorldMapView *map = m_window->mapView();
    const QString id = QStringLiteral("eu-central-primary");
    QVERIFY(map->marker(id));
    QVERIFY(!m_window->action(MainWindow::Action::Scale)->isEnabled());
    QTRY_VERIFY(!map->viewPosForMarker(id).isNull());
    QSignalSpy clicked(map, &WorldMapView::markerClicked);
    QTest::mouseClick(map->viewport(), Qt::LeftButton, {}, map->viewPosForMarker(id));
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(map->selectedMarker(), id);
    QCOMPARE(m_window->podsPanel()->currentPodId(), id);
    const auto rows = m_window->podsPanel()->tableView()->selectionModel()->selectedRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().data(PodTableModel::PodIdRole).toString(), id);
    QVERIFY(m_window->action(MainWindow::Action::Scale)->isEnabled());

    // Clearing the map selection clears the table's.
    map->setSelectedMarker(QString());
    QVERIFY(m_window->podsPanel()->currentPodId().isEmpty());
}

void TestMainWindow::deletedPodLeavesMapAndTable()
{
    const QString id = QStringLiteral("us-east-primary");
    WorldMapView *map = m_window->mapView();
    const int before = map->markerCount();
    m_window->podsPanel()->selectPod(id);
    QCOMPARE(map->selectedMarker(), id);
    m_controller->applyEvent(
        Event{12, QDateTime::currentDateTimeUtc(), PodDeletedEvent{id, "us-east"}});
    QCOMPARE(map->markerCount(), before - 1);
    QVERIFY(!map->marker(id));
    QCOMPARE(m_controller->podModel()->rowOf(id), -1);
    QCOMPARE(m_window->podsPanel()->currentPodId(), QString());
    QVERIFY(!m_window->action(MainWindow::Action::Delete)->isEnabled());

    Pod pod;
    pod.id = QStringLiteral("us-east-edge-new");
    pod.region = QStringLiteral("us-east");
    pod.type = PodType::Edge;
    pod.maxReplicas = 3;
    pod.modelVersion = QStringLiteral("tutor-v3");
    m_controller->applyEvent(Event{13, QDateTime::currentDateTimeUtc(), PodCreatedEvent{pod}});
    QCOMPARE(map->markerCount(), before);
    QCOMPARE(map->marker(pod.id)->color, HealthColors::color(HealthState::Unknown));
    QCOMPARE(map->marker(pod.id)->kind, QStringLiteral("edge"));
}

// Issue #10.5: one total, wherever it is shown — also when the pod that goes is one the filter
// hides ("2 of 19 pods shown" beside a status bar saying 18).
void TestMainWindow::countsAgreeWhenAHiddenPodGoes()
{
    PodsPanel *panel = m_window->podsPanel();
    panel->searchBox()->setText(QStringLiteral("us-west"));
    const int shown = panel->proxyModel()->rowCount();
    const int total = m_controller->podModel()->rowCount();
    QVERIFY(shown > 0 && shown < total);
    QCOMPARE(
        panel->countLabel()->text(), QStringLiteral("%1 of %2 pods shown").arg(shown).arg(total));
    m_controller->applyEvent(
        Event{12, QDateTime::currentDateTimeUtc(), PodDeletedEvent{"us-east-primary", "us-east"}});
    QCOMPARE(m_controller->podModel()->rowCount(), total - 1);
    QCOMPARE(panel->proxyModel()->rowCount(), shown);
    QCOMPARE(panel->countLabel()->text(),
        QStringLiteral("%1 of %2 pods shown").arg(shown).arg(total - 1));
    QTRY_VERIFY2(m_window->findChild<FleetSummaryLabel *>()->text().startsWith(
                     QStringLiteral("%1 pods").arg(total - 1)),
        qPrintable(m_window->findChild<FleetSummaryLabel *>()->text()));
    panel->searchBox()->clear();
}

void TestMainWindow::connectionIndicatorFollowsStream()
{
    ConnectionIndicator *indicator = m_window->connectionIndicator();
    QCOMPARE(indicator->text(), QStringLiteral("Offline"));
    indicator->setState(EventStream::State::Connecting);
    QCOMPARE(indicator->text(), QStringLiteral("Connecting…"));
    indicator->setState(EventStream::State::Connected);
    QCOMPARE(indicator->color(), HealthColors::color(HealthState::Healthy));
    indicator->setState(EventStream::State::Connecting);
    QCOMPARE(indicator->text(), QStringLiteral("Reconnecting…"));
    QCOMPARE(indicator->color(), HealthColors::color(HealthState::Degraded));
}

void TestMainWindow::shortcuts()
{
    using A = MainWindow::Action;
    const QList<std::pair<A, QKeySequence>> expected{
        {A::Refresh, QKeySequence(Qt::CTRL | Qt::Key_R)},
        {A::Find, QKeySequence(Qt::CTRL | Qt::Key_F)},
        {A::ZoomIn, QKeySequence(Qt::Key_Plus)},
        {A::ZoomOut, QKeySequence(Qt::Key_Minus)},
        {A::ResetView, QKeySequence(Qt::Key_0)},
        {A::Delete, QKeySequence(Qt::Key_Delete)},
        {A::Scale, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)},
        {A::Guide, QKeySequence(Qt::Key_F1)},
        {A::Create, QKeySequence(Qt::CTRL | Qt::Key_N)},
        {A::Details, QKeySequence(Qt::CTRL | Qt::Key_I)},
    };
    for (const auto &[which, keys] : expected) {
        QAction *action = m_window->action(which);
        QVERIFY2(action, qPrintable(QString::number(int(which))));
        QVERIFY2(action->shortcuts().contains(keys), qPrintable(action->objectName()));
    }
    // Ctrl+F lands in the search box.
    m_window->activateWindow();
    QTest::keyClick(m_window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(m_window->podsPanel()->searchBox()->hasFocus());
    // Typing there filters instead of triggering single-key shortcuts.
    QTest::keyClicks(m_window->podsPanel()->searchBox(), "edge-wa");
    QCOMPARE(m_window->podsPanel()->proxyModel()->rowCount(), 1);
}

// Issue #10.3: F6 / Shift+F6 cycle the panels, Tab leaves a table, Ctrl+1/2/3 toggle the docks,
// and no two menus or buttons of the main window share an Alt mnemonic.
void TestMainWindow::keyboardReachesEveryPanel()
{
    m_window->activateWindow();
    QTRY_VERIFY(m_window->isActiveWindow());
    auto *table = m_window->podsPanel()->tableView();
    auto *events = m_window->findChild<EventsDock *>()->view();
    auto *tree = m_window->compliance()->dashboard()->tree();
    QWidget *map = m_window->findChild<WorldMapView *>();
    // The routing explorer's district picker follows when its tab is the one shown.
    QList<QWidget *> order{map, table, events, tree};
    if (!m_window->routing()->dock()->visibleRegion().isEmpty())
        order.append(m_window->routing()->explorer()->districtPicker());
    map->setFocus();
    QTRY_VERIFY(map->hasFocus());
    for (int i = 1; i <= order.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
        QWidget *expected = order.at(i % order.size());
        QTRY_VERIFY2(expected->hasFocus(),
            qPrintable(QStringLiteral("step %1: %2 has the focus, not %3")
                           .arg(i)
                           .arg(QString::fromLatin1(QApplication::focusWidget()
                                   ? QApplication::focusWidget()->metaObject()->className()
                                   : "nothing"))
                           .arg(QString::fromLatin1(expected->metaObject()->className()))));
    }
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
    QTRY_VERIFY(order.last()->hasFocus());
    if (order.last() != tree) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
        QTRY_VERIFY(tree->hasFocus());
    }
    // A hidden panel is skipped.
    m_window->findChild<EventsDock *>()->hide();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
    QTRY_VERIFY(table->hasFocus());
    m_window->findChild<EventsDock *>()->show();

    // Tab leaves the pods table (arrows move within it).
    QVERIFY(!table->tabKeyNavigation());
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Tab);
    QTRY_VERIFY(!table->hasFocus());

    // Dock shortcuts.
    auto *podsDock = qobject_cast<QDockWidget *>(m_window->podsPanel()->parentWidget());
    QVERIFY(podsDock);
    const auto shortcutOf = [this](QDockWidget *dock) {
        auto *a = m_window->findChild<QAction *>(dock->objectName() + QStringLiteral("Shortcut"));
        return a ? a->shortcut() : QKeySequence();
    };
    QCOMPARE(shortcutOf(podsDock), QKeySequence(Qt::CTRL | Qt::Key_1));
    QCOMPARE(shortcutOf(m_window->compliance()->dock()), QKeySequence(Qt::CTRL | Qt::Key_3));
    QCOMPARE(shortcutOf(m_window->routing()->dock()), QKeySequence(Qt::CTRL | Qt::Key_4));
    // A dock tabbed behind another is brought to the front (not hidden) by its shortcut; the
    // one in front is hidden by it.
    QDockWidget *capacity = m_window->capacity()->dock();
    podsDock->show();
    podsDock->raise();
    // Tabbed behind another, a dock is still "visible" (moved out of sight): ask what shows.
    const auto inFront = [](QWidget *w) { return w->isVisible() && !w->visibleRegion().isEmpty(); };
    QTRY_VERIFY(inFront(podsDock) && !inFront(capacity));
    QTest::keyClick(m_window, Qt::Key_5, Qt::ControlModifier);
    QTRY_VERIFY(inFront(capacity));
    QVERIFY(!inFront(podsDock));
    QTest::keyClick(m_window, Qt::Key_1, Qt::ControlModifier);
    QTRY_VERIFY(inFront(podsDock));
    // In front but the focus elsewhere (the map): the shortcut goes there, it does not hide.
    map->setFocus();
    QTRY_VERIFY(map->hasFocus());
    QTest::keyClick(m_window, Qt::Key_1, Qt::ControlModifier);
    QTRY_VERIFY(podsDock->isAncestorOf(QApplication::focusWidget()));
    QCOMPARE(QApplication::focusWidget(), table); // where arrows and Enter work
    QTest::keyClick(m_window, Qt::Key_3, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), tree);
    QTest::keyClick(m_window, Qt::Key_1, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), table);
    QVERIFY(inFront(podsDock));
    // Pressed again from inside, it hides the dock.
    QTest::keyClick(m_window, Qt::Key_1, Qt::ControlModifier);
    QTRY_VERIFY(!podsDock->isVisible());
    QTest::keyClick(m_window, Qt::Key_1, Qt::ControlModifier);
    QTRY_VERIFY(inFront(podsDock));

    // Mnemonics: top-level menus and the buttons on the main window all differ.
    QHash<QChar, QString> taken;
    const auto claim = [&taken](const QString &text) {
        const auto at = text.indexOf(QLatin1Char('&'));
        if (at < 0 || at + 1 >= text.size())
            return true;
        const QChar key = text.at(at + 1).toLower();
        if (taken.contains(key)) {
            qWarning() << text << "shares Alt+" << key << "with" << taken.value(key);
            return false;
        }
        taken.insert(key, text);
        return true;
    };
    for (QAction *menu : m_window->menuBar()->actions())
        QVERIFY(claim(menu->text()));
    QVERIFY(taken.contains(QLatin1Char('c'))); // Alt+C: Compliance
    for (auto *button : m_window->findChildren<QAbstractButton *>())
        QVERIFY(claim(button->text()));
}

// Issue #10.10: typing 9 for a pod whose maximum is 6 says so instead of silently refusing.
void TestMainWindow::scaleDialogSaysWhyAValueIsRefused()
{
    Pod pod;
    pod.id = QStringLiteral("us-west-primary");
    pod.region = QStringLiteral("us-west");
    pod.minReplicas = 1;
    pod.maxReplicas = 6;
    pod.replicas = 2;
    pod.capacityRps = 50;
    ScaleDialog dialog(pod);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.canAccept()); // the current count: nothing to do
    dialog.spinBox()->selectAll();
    QTest::keyClicks(dialog.spinBox(), "9");
    QCOMPARE(dialog.spinBox()->value(), 9);
    QCOMPARE(dialog.problem(), QStringLiteral("9 is above this pod's maximum of 6."));
    QVERIFY(!dialog.canAccept());
    dialog.spinBox()->selectAll();
    QTest::keyClicks(dialog.spinBox(), "0");
    QCOMPARE(dialog.problem(), QStringLiteral("0 is below this pod's minimum of 1."));
    QVERIFY(!dialog.canAccept());
    dialog.spinBox()->selectAll();
    QTest::keyClicks(dialog.spinBox(), "4");
    QVERIFY(dialog.problem().isEmpty());
    QVERIFY(dialog.canAccept());
}

// Issue #10.1: offline was easy to miss (every pod stayed green, "18 healthy", actions enabled).
void TestMainWindow::unreachableDaemonShowsStaleStateAndDisablesActions()
{
    m_window->podsPanel()->selectPod("us-west-primary");
    QTRY_VERIFY(m_window->action(MainWindow::Action::Scale)->isEnabled());
    auto *banner = m_window->findChild<QLabel *>(QStringLiteral("offlineBanner"));
    QVERIFY(banner);
    QVERIFY(!banner->isVisible());
    auto *map = m_window->findChild<WorldMapView *>();
    const auto healthyColor = map->marker("us-west-primary")->color;

    // Nothing listens on this port: the stream gives up after a few fast attempts.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const auto deadPort = probe.serverPort();
    probe.close();
    m_stream->setBackoff(10ms, 20ms);
    m_stream->open(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(deadPort)), "t");
    QTRY_COMPARE_WITH_TIMEOUT(m_stream->state(), EventStream::State::Offline, 10000);

    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains("Daemon unreachable"), qPrintable(banner->text()));
    QVERIFY(!m_window->action(MainWindow::Action::Scale)->isEnabled());
    QVERIFY(!m_window->action(MainWindow::Action::Delete)->isEnabled());
    auto *model = m_controller->podModel();
    QVERIFY(model->isStale());
    QVERIFY(model->index(0, 0).data(Qt::ForegroundRole).isValid()); // greyed rows
    QTRY_VERIFY(map->marker("us-west-primary")->color != healthyColor); // grey markers
    QCOMPARE(map->marker("us-west-primary")->color, HealthColors::color(HealthState::Unknown));
    auto *summary = m_window->statusBar()->findChild<FleetSummaryLabel *>();
    QVERIFY(summary);
    QTRY_VERIFY2(summary->text().contains("last update"), qPrintable(summary->text()));
    QVERIFY(!summary->text().contains("healthy"));
    // Rendered: the banner's amber is on screen above the map.
    const QImage shot = m_window->grab().toImage();
    const QPoint inBanner = banner->mapTo(m_window, QPoint(4, banner->height() / 2));
    const QColor pixel = shot.pixelColor(inBanner * shot.devicePixelRatio());
    QVERIFY2(pixel.red() > pixel.blue() + 60, qPrintable(pixel.name()));

    // Back: a daemon answers again, and everything is undone.
    QWebSocketServer server(QStringLiteral("fake"), QWebSocketServer::NonSecureMode);
    QVERIFY(server.listen(QHostAddress::LocalHost));
    m_stream->open(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())), "t");
    QTRY_COMPARE_WITH_TIMEOUT(m_stream->state(), EventStream::State::Connected, 10000);
    QTRY_VERIFY(!banner->isVisible());
    QVERIFY(!model->isStale());
    QVERIFY(m_window->action(MainWindow::Action::Scale)->isEnabled());
    QCOMPARE(map->marker("us-west-primary")->color, healthyColor);
    QTRY_VERIFY(summary->text().contains("healthy"));
    m_stream->close();
}

void TestMainWindow::crashedDaemonIsOneSentenceWithRestartAndLog()
{
    QStringList log;
    for (int i = 0; i < 30; ++i)
        log.append(QStringLiteral("rp.health: replica %1 is now healthy").arg(i));
    QSignalSpy restart(m_window, &MainWindow::restartDaemonRequested);
    m_window->showDaemonStopped(
        QStringLiteral("The bundled daemon stopped unexpectedly (it crashed)."), log.join('\n'));
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(QStringLiteral("daemonStoppedBox"))));
    QVERIFY(!box->text().contains('\n'));
    QVERIFY(!box->text().contains(QLatin1String("rp.health")));
    QVERIFY(box->detailedText().contains(QLatin1String("replica 29")));
    QAbstractButton *restartButton = nullptr;
    for (auto *button : box->buttons()) {
        if (button->text().remove('&') == QLatin1String("Restart Daemon"))
            restartButton = button;
    }
    QVERIFY(restartButton);
    restartButton->click();
    QCOMPARE(restart.count(), 1);
}

// Double-clicking a pod (or Enter) opens its detail view, for every role: an auditor sees the
// pod but none of the actions that change it.
void TestMainWindow::activationOpensPodDetail()
{
    auto *table = m_window->podsPanel()->findChild<QTableView *>();
    QVERIFY(table);
    m_window->podsPanel()->selectPod("us-west-primary");
    QTRY_COMPARE(m_window->podsPanel()->currentPodId(), QStringLiteral("us-west-primary"));
    emit table->activated(table->currentIndex());
    PodDetailDialog *detail = m_window->podActions()->detailDialog();
    QVERIFY2(detail, "activation did not open the pod detail view");
    QTRY_VERIFY(detail->isVisible());
    QCOMPARE(detail->podId(), QStringLiteral("us-west-primary"));
    QCOMPARE(detail->replicaTable()->rowCount(),
        m_controller->podModel()->pod("us-west-primary")->replicaStatus.size());
    detail->close();

    m_window->action(MainWindow::Action::Scale)
        ->setVisible(false); // what the compliance composer does for auditors
    const QString other = m_controller->podModel()->pods().constLast().id;
    QVERIFY(other != QStringLiteral("us-west-primary"));
    m_window->podsPanel()->selectPod(other);
    emit table->activated(table->currentIndex());
    QTRY_VERIFY(m_window->podActions()->detailDialog()
        && m_window->podActions()->detailDialog()->podId() == other);
    m_window->podActions()->detailDialog()->close();
    m_window->action(MainWindow::Action::Scale)->setVisible(true);
}

// The key shows each symbol the map draws as the map draws it, and gives way when asked to or
// when the map is too small for it.
void TestMainWindow::mapLegendExplainsEverySymbol()
{
    MapLegend *legend = m_window->mapView()->legend();
    QTRY_VERIFY(legend->isVisible());
    QStringList keys;
    for (const auto &section : legend->sections())
        keys << section.key;
    QCOMPARE(keys, QStringList({"pods", "health", "districts", "routes"}));
    QStringList texts;
    for (const auto &entry : legend->sections().at(0).entries)
        texts << entry.text;
    QCOMPARE(texts, QStringList({"Primary", "Edge", "Backup", "Compliance"}));
    // Inside the map, clear of its edges, and drawn in the health colours.
    QVERIFY(m_window->mapView()->rect().contains(legend->geometry()));
    const QImage image = legend->grab().toImage();
    const auto colourAt = [&](const QString &key, int index) {
        return image.pixelColor(legend->symbolRect(key, index).center() * image.devicePixelRatio());
    };
    const auto near = [](const QColor &a, const QColor &b) {
        return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green())
            + std::abs(a.blue() - b.blue())
            < 40;
    };
    QVERIFY2(near(colourAt("health", 0), HealthColors::color(HealthState::Healthy)),
        qPrintable(colourAt("health", 0).name()));
    QVERIFY2(near(colourAt("health", 2), HealthColors::color(HealthState::Unhealthy)),
        qPrintable(colourAt("health", 2).name()));

    // Switched off from the View menu, and remembered.
    QAction *toggle = m_window->findChild<QAction *>(QStringLiteral("mapLegend"));
    QVERIFY(toggle && toggle->isChecked());
    toggle->trigger();
    QVERIFY(!legend->isVisible());
    QCOMPARE(QSettings().value(QStringLiteral("map/legend")).toBool(), false);
    toggle->trigger();
    QVERIFY(legend->isVisible());
    // A map too small to keep most of itself free shows no key.
    m_window->resize(700, 420);
    QTRY_VERIFY(!legend->isVisible());
    m_window->resize(1600, 1000);
    QTRY_VERIFY(legend->isVisible());
}

// F1 opens the bundled guide at the section of the panel with the focus, in the console's
// language; every section the window links to exists in every language's guide.
void TestMainWindow::f1OpensTheGuideAtThePanelInUse()
{
    QVERIFY(HelpBrowser::guideUrl(QLocale(QLocale::German, QLocale::Germany))
                .path()
                .endsWith(QStringLiteral("guide.de.html")));
    QVERIFY(HelpBrowser::guideUrl(QLocale(QLocale::French, QLocale::Canada))
                .path()
                .endsWith(QStringLiteral("guide.fr.html")));
    QVERIFY(HelpBrowser::guideUrl(QLocale(QLocale::Spanish, QLocale::Mexico))
                .path()
                .endsWith(QStringLiteral("guide.es.html")));
    // A language without a guide reads the English one.
    QVERIFY(HelpBrowser::guideUrl(QLocale(QLocale::Japanese, QLocale::Japan))
                .path()
                .endsWith(QStringLiteral("guide.en.html")));
    for (const char *language : {"en", "de", "fr", "es"}) {
        QFile file(QStringLiteral(":/help/guide.%1.html").arg(QLatin1String(language)));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray html = file.readAll();
        for (const char *topic : {"start", "map", "pods", "compliance", "migrations", "consents",
                 "routing", "capacity", "events", "keys", "roles"})
            QVERIFY2(html.contains(QByteArray("name=\"") + topic + '"'),
                qPrintable(QStringLiteral("%1: %2").arg(language, topic)));
    }

    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QTableView *table = m_window->podsPanel()->tableView();
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    QTest::keyClick(table, Qt::Key_F1);
    HelpBrowser *guide = m_window->findChild<HelpBrowser *>();
    QVERIFY2(guide, "F1 did not open the guide");
    QTRY_VERIFY(guide->isVisible());
    QCOMPARE(guide->browser()->source().fragment(), QStringLiteral("pods"));
    QVERIFY(guide->browser()->toPlainText().contains(QStringLiteral("detail view")));
    // The section is what the reader sees: scrolled away from the top.
    QTRY_VERIFY(guide->browser()->verticalScrollBar()->value() > 0);
    shot(guide, QStringLiteral("user-guide.png"));

    m_window->mapView()->setFocus();
    QCOMPARE(m_window->showGuide()->browser()->source().fragment(), QStringLiteral("map"));
    guide->close();
}

// Not a check: RP_CONSOLE_SCREENSHOT=/tmp/console.png saves a busy window for a human to review.
// The first run fits the screen (maximized where 1440×900 does not fit, as on a 1280×720
// laptop, where it ran off the right edge); later runs come back as the window was closed:
// size and which docks are shown.
void TestMainWindow::layoutIsKeptBetweenRuns()
{
    QSettings().remove(QStringLiteral("window"));
    auto first = std::make_unique<MainWindow>(m_controller);
    first->showWithSavedLayout();
    QVERIFY(QTest::qWaitForWindowExposed(first.get()));
    const QRect available = first->screen()->availableGeometry();
    if (available.width() < 1500 || available.height() < 960)
        QVERIFY(first->isMaximized());
    else
        QCOMPARE(first->size(), QSize(1440, 900));
    QVERIFY(first->frameGeometry().width() <= available.width() + 1);
    // The map starts with the focus, so Ctrl+3 goes to Compliance rather than hiding it.
    QCOMPARE(first->focusWidget(), first->findChild<WorldMapView *>());

    first->showNormal();
    first->resize(1100, 700);
    QTRY_COMPARE(first->size(), QSize(1100, 700));
    auto *events = first->findChild<EventsDock *>();
    events->hide();
    QVERIFY(first->close());

    MainWindow second(m_controller);
    second.showWithSavedLayout();
    QVERIFY(QTest::qWaitForWindowExposed(&second));
    QTRY_COMPARE(second.size(), QSize(1100, 700));
    QVERIFY(!second.findChild<EventsDock *>()->isVisible());
    QVERIFY(second.podsPanel()->isVisible());
    QSettings().remove(QStringLiteral("window"));
}

void TestMainWindow::screenshot()
{
    const QString file = qEnvironmentVariable("RP_CONSOLE_SCREENSHOT");
    if (file.isEmpty())
        QSKIP("set RP_CONSOLE_SCREENSHOT=FILE to save a screenshot");
    qint64 seq = 100;
    const auto event = [&](EventPayload payload) {
        m_controller->applyEvent(Event{++seq, QDateTime::currentDateTimeUtc(), std::move(payload)});
    };
    event(PodHealthEvent{"us-west-primary", "us-west", HealthState::Healthy, HealthState::Unknown});
    event(ReplicaHealthEvent{
        "eu-west-primary", "eu-west", 1, HealthState::Unhealthy, HealthState::Healthy});
    event(
        PodHealthEvent{"eu-west-primary", "eu-west", HealthState::Degraded, HealthState::Healthy});
    auto scaled = m_controller->podModel()->pod("us-east-primary").value();
    scaled.replicas = 4;
    event(PodScaledEvent{scaled, 2});
    event(ReplicaStartedEvent{
        "us-east-primary", "us-east", Replica{2, "x", 4242, 41042, HealthState::Unknown}});
    event(PodHealthEvent{
        "ap-southeast-primary", "ap-southeast", HealthState::Unhealthy, HealthState::Degraded});
    m_window->podsPanel()->selectPod("eu-west-primary");
    QCoreApplication::sendPostedEvents(); // coalesced recounts and layout requests
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QVERIFY(m_window->grab().save(file));
}

RP_TEST(TestMainWindow, "tst_mainwindow")
#include "tst_mainwindow.moc"
