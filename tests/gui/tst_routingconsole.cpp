// The routing side of the console against a real `regionalpodsd --demo` with its agents
// (issue #9): the explorer shows the daemon's decision for a district, the map draws the
// route and follows a failover as it happens, an override is refused with the daemon's own
// reason or put in force and removed, a drain empties a pod, and an auditor gets no actions.
// Set RP_COMPLIANCE_SHOTS=<dir> to also save what the tests render as PNGs.

#include "agentprocesses.h"
#include "daemonprocess.h"
#include "gui/compliancedaemon.h"
#include "gui/democonsole.h"
#include "gui/widgetprobes.h"
#include "testmain.h"

#include "models/apiclient.h"
#include "models/compliance/capabilities.h"
#include "models/consolecontroller.h"
#include "models/eventstream.h"
#include "models/healthcolors.h"
#include "models/routing/routestate.h"
#include "models/routing/routingmonitor.h"
#include "ui/compliance/compliancecomposer.h"
#include "ui/consoletheme.h"
#include "ui/mainwindow.h"
#include "ui/map/worldmapview.h"
#include "ui/routing/overridedialog.h"
#include "ui/routing/routingcomposer.h"
#include "ui/routing/routingexplorer.h"
#include "ui/routing/routingmapbinder.h"
#include "ui/wraplabel.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QVBoxLayout>

#include <csignal>

namespace {

constexpr int RoutingDeadline = 20000;
const QString Houston = QStringLiteral("us-tx-houston");
const QString RoutingTexasEdge = QStringLiteral("us-east-edge-tx");

bool near(const QColor &a, const QColor &b, int tolerance = 40)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green())
        + std::abs(a.blue() - b.blue())
        < tolerance;
}

/** Clicks @p button of the next message box named @p objectName once it is open. */
void answerBox(const QString &objectName, QMessageBox::ButtonRole role)
{
    QTimer::singleShot(0, [objectName, role] {
        QMessageBox *box = nullptr;
        if (!QTest::qWaitFor([&] { return (box = findBox(objectName)) != nullptr; }, 5000))
            return;
        for (auto *b : box->buttons())
            if (box->buttonRole(b) == role)
                return b->click();
    });
}

} // namespace

class TestRoutingConsole : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void explorerShowsTheDaemonsDecision();
    void routeFollowsAFailover();
    void overrideInForceAndRemoved();
    void drainEmptiesThePod();
    void auditorGetsNoRoutingActions();
    void wrappedLinesAreNeverClipped();

private:
    /** The daemon's own answer for @p district (ground truth, not the console's copy). */
    QJsonObject daemonRoute(const QString &district);
    QColor pixelOnLink(const MapLink &link, const QColor &want);
    void selectHouston();

    DemoConsole m_console;
    ComplianceDaemon &m_env = m_console.env;
    std::unique_ptr<ConsoleController> &m_controller = m_console.controller;
    std::unique_ptr<MainWindow> &m_window = m_console.window;
};

void TestRoutingConsole::initTestCase()
{
    QVERIFY2(m_console.open(), "regionalpodsd --demo and a console on it did not come up");
    m_window->routing()->dock()->raise();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->routing()->monitor()->hasTable(), RoutingDeadline);
}

void TestRoutingConsole::cleanupTestCase()
{
    QCOMPARE(m_console.close(), 0);
}

QJsonObject TestRoutingConsole::daemonRoute(const QString &district)
{
    return m_env.daemon->request("GET", QStringLiteral("/routing/") + district).json();
}

QColor TestRoutingConsole::pixelOnLink(const MapLink &link, const QColor &want)
{
    WorldMapView *map = m_window->mapView();
    const QPointF a = map->viewPosForMarker(link.from);
    const QPointF b = map->viewPosForMarker(link.to);
    const QImage image = map->viewport()->grab().toImage();
    // The pixel closest to the wanted colour on the middle 60 % of the line: clear of both
    // symbols (and of the selection ring, which a short link at a small map reaches a third of
    // the way along). No line drawn: nothing there is near it.
    const auto distance = [&want](const QColor &c) {
        return qAbs(c.red() - want.red()) + qAbs(c.green() - want.green())
            + qAbs(c.blue() - want.blue());
    };
    QColor best;
    const int steps = std::max(4, int(QLineF(a, b).length()));
    for (int i = steps / 5; i <= steps * 4 / 5; ++i) {
        const QPointF at = a + (b - a) * (double(i) / steps);
        const QColor c = image.pixelColor((at * image.devicePixelRatio()).toPoint());
        if (!best.isValid() || distance(c) < distance(best))
            best = c;
    }
    return best;
}

void TestRoutingConsole::selectHouston()
{
    auto *explorer = m_window->routing()->explorer();
    explorer->setCurrentDistrict(Houston);
    QCOMPARE(explorer->currentDistrict(), Houston);
}

void TestRoutingConsole::explorerShowsTheDaemonsDecision()
{
    selectHouston();
    auto *explorer = m_window->routing()->explorer();
    const QJsonObject truth = daemonRoute(Houston);
    QCOMPARE(truth.value("pod").toString(), RoutingTexasEdge);
    QTRY_VERIFY_WITH_TIMEOUT(
        explorer->statusLabel()->text().contains(RoutingTexasEdge), RoutingDeadline);
    // The split as the daemon has it.
    const auto weights = truth.value("weights").toArray();
    QCOMPARE(explorer->splitTable()->rowCount(), weights.size());
    QCOMPARE(explorer->splitTable()->item(0, 0)->text(), RoutingTexasEdge);
    QCOMPARE(explorer->splitTable()->item(0, 1)->text(), QStringLiteral("100 %"));
    // Every excluded pod, each with its reason in people's words and the rule on hover.
    const auto excluded = truth.value("excluded").toArray();
    QCOMPARE(explorer->excludedTable()->rowCount(), excluded.size());
    int residency = 0;
    for (const auto &value : excluded) {
        const auto e = value.toObject();
        const auto rows
            = explorer->excludedTable()->findItems(e.value("pod").toString(), Qt::MatchExactly);
        QCOMPARE(rows.size(), 1);
        const auto *why = explorer->excludedTable()->item(rows.first()->row(), 2);
        if (e.value("reason").toString() == u"residency") {
            ++residency;
            QVERIFY(why->text().contains(e.value("rule").toString()));
            QCOMPARE(why->toolTip(), e.value("detail").toString());
        }
    }
    QVERIFY(residency > 10); // Texas law keeps most of the fleet out
    QCOMPARE(explorer->fallbacksLabel()->text(),
        truth.value("fallbacks").toVariant().toStringList().join(QStringLiteral(" → ")));

    // The map: a dot per district and one line from Houston to the Texas edge pod, drawn.
    WorldMapView *map = m_window->mapView();
    QVERIFY(map->marker(MapMarker::districtId(Houston)).has_value());
    QCOMPARE(map->selectedMarker(), MapMarker::districtId(Houston));
    const auto links = map->links();
    QCOMPARE(links.size(), 1);
    QCOMPARE(links.first().to, RoutingTexasEdge);
    const QColor mainLine(0x56, 0xb4, 0xe9);
    QVERIFY2(near(pixelOnLink(links.first(), mainLine), mainLine),
        qPrintable(pixelOnLink(links.first(), mainLine).name()));
    // Offline: the district dots turn grey like the pods (last known state), and back.
    const QColor served = map->marker(MapMarker::districtId(Houston))->color;
    m_window->routing()->setDaemonReachable(false);
    QCOMPARE(map->marker(MapMarker::districtId(Houston))->color,
        HealthColors::color(HealthState::Unknown));
    QVERIFY(map->marker(MapMarker::districtId(Houston))->tooltip.contains("unreachable"));
    m_window->routing()->setDaemonReachable(true);
    QCOMPARE(map->marker(MapMarker::districtId(Houston))->color, served);
    shot(m_window.get(), QStringLiteral("routing-houston-1600.png"));
    m_window->resize(1280, 720);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->size(), QSize(1280, 720), 5000);
    shot(m_window.get(), QStringLiteral("routing-houston-1280.png"));
    m_window->resize(1600, 1000);
}

void TestRoutingConsole::routeFollowsAFailover()
{
    selectHouston();
    auto *explorer = m_window->routing()->explorer();
    WorldMapView *map = m_window->mapView();
    const auto pids = agentPids(m_env.daemon->dataDir(), RoutingTexasEdge);
    QCOMPARE(pids.size(), 1);
    ::kill(pid_t(pids.first()), SIGSTOP); // alive but silent: health probes time out
    auto resume = qScopeGuard([&] { ::kill(pid_t(pids.first()), SIGCONT); });

    // The failover reaches the console by the event stream: the line moves, in warning colour,
    // and the district's dot flashes.
    QTRY_VERIFY_WITH_TIMEOUT(
        !map->links().isEmpty() && map->links().first().to != RoutingTexasEdge, RoutingDeadline);
    QTRY_VERIFY_WITH_TIMEOUT(
        map->activeFlashes() > 0 || map->links().first().to != RoutingTexasEdge, RoutingDeadline);
    const MapLink moved = map->links().first();
    QCOMPARE(moved.to, daemonRoute(Houston).value("pod").toString());
    QCOMPARE(moved.color, RouteState::color(RouteState::Kind::FailedOver));
    QVERIFY2(near(pixelOnLink(moved, moved.color), moved.color, 60),
        qPrintable(pixelOnLink(moved, moved.color).name()));
    QVERIFY(explorer->statusLabel()->text().contains(QStringLiteral("failed over")));
    bool listed = false;
    for (int row = 0; row < explorer->excludedTable()->rowCount(); ++row)
        if (explorer->excludedTable()->item(row, 0)->text() == RoutingTexasEdge) {
            listed = true;
            QCOMPARE(explorer->excludedTable()->item(row, 2)->text(), QStringLiteral("Unhealthy"));
        }
    QVERIFY(listed);
    shot(m_window.get(), QStringLiteral("routing-failover-1600.png"));

    // Pinning Houston to the dead pod is refused by the daemon's safety rule: shown verbatim,
    // nothing changes, the dialog stays open.
    QPointer<OverrideDialog> dialog = m_window->routing()->openOverride(Houston);
    QVERIFY(dialog);
    dialog->podTarget()->setChecked(true);
    dialog->targetPicker()->setCurrentText(RoutingTexasEdge);
    QCOMPARE(dialog->targetPicker()->currentText(), RoutingTexasEdge);
    dialog->reasonEdit()->setText(QStringLiteral("drill: pin to the stopped pod"));
    dialog->submit();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->errorLabel()->isVisible(), RoutingDeadline);
    QVERIFY2(dialog->errorLabel()->text().contains(QStringLiteral("409"))
            || dialog->errorLabel()->text().contains(QStringLiteral("Conflict")),
        qPrintable(dialog->errorLabel()->text()));
    QVERIFY(dialog->isVisible());
    shot(dialog, QStringLiteral("routing-override-refused.png"));
    QCOMPARE(m_env.daemon->request("GET", QStringLiteral("/routing/overrides"))
                 .json()
                 .value("overrides")
                 .toArray()
                 .size(),
        0);
    dialog->close();

    resume.dismiss();
    ::kill(pid_t(pids.first()), SIGCONT);
    // Failback is gradual (held down, then 10 %, 50 %, 100 %): wait for the whole way back.
    QTRY_VERIFY_WITH_TIMEOUT(m_env.daemon->fleetSettled()
            && daemonRoute(Houston).value("weights").toArray().size() == 1
            && daemonRoute(Houston).value("pod").toString() == RoutingTexasEdge,
        60000);
    QTRY_COMPARE_WITH_TIMEOUT(map->links().size(), 1, RoutingDeadline);
    QTRY_COMPARE_WITH_TIMEOUT(map->links().first().to, RoutingTexasEdge, RoutingDeadline);
}

void TestRoutingConsole::overrideInForceAndRemoved()
{
    selectHouston();
    auto *explorer = m_window->routing()->explorer();
    // The dialog deletes itself once the daemon took the override: watch it through a QPointer.
    QPointer<OverrideDialog> dialog = m_window->routing()->openOverride(Houston);
    QVERIFY(dialog);
    // Only pods Houston's policy allows are offered.
    QStringList offered;
    for (int i = 0; i < dialog->targetPicker()->count(); ++i)
        offered.append(dialog->targetPicker()->itemText(i));
    for (const auto &e : daemonRoute(Houston).value("excluded").toArray())
        if (e.toObject().value("reason").toString() == u"residency")
            QVERIFY(!offered.contains(e.toObject().value("pod").toString()));
    const QString target = QStringLiteral("us-east-primary");
    QVERIFY(offered.contains(target));
    QVERIFY(!dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    dialog->targetPicker()->setCurrentText(target);
    dialog->reasonEdit()->setText(QStringLiteral("INC-42 drill"));
    dialog->submit();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), RoutingDeadline);

    QTRY_COMPARE_WITH_TIMEOUT(
        daemonRoute(Houston).value("pod").toString(), target, RoutingDeadline);
    const QString id = daemonRoute(Houston).value("override").toString();
    QVERIFY(!id.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(
        explorer->overrideLabel()->text().contains(QStringLiteral("INC-42")), RoutingDeadline);
    QVERIFY(explorer->overrideLabel()->text().contains(id));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->mapView()->links().first().to, target, RoutingDeadline);
    QVERIFY(explorer->removeOverrideButton()->isEnabled());

    answerBox(QStringLiteral("removeOverrideBox"), QMessageBox::AcceptRole);
    explorer->removeOverrideButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        daemonRoute(Houston).value("override").toString().isEmpty(), RoutingDeadline);
    QTRY_COMPARE_WITH_TIMEOUT(
        explorer->overrideLabel()->text(), QStringLiteral("none"), RoutingDeadline);
}

void TestRoutingConsole::drainEmptiesThePod()
{
    selectHouston();
    auto *explorer = m_window->routing()->explorer();
    QTRY_COMPARE_WITH_TIMEOUT(
        daemonRoute(Houston).value("pod").toString(), RoutingTexasEdge, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(explorer->drainButton()->isEnabled(), RoutingDeadline);
    // Cancel changes nothing.
    answerBox(QStringLiteral("drainBox"), QMessageBox::RejectRole);
    explorer->drainButton()->click();
    QCOMPARE(daemonRoute(Houston).value("pod").toString(), RoutingTexasEdge);
    answerBox(QStringLiteral("drainBox"), QMessageBox::AcceptRole);
    explorer->drainButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        daemonRoute(Houston).value("pod").toString() != RoutingTexasEdge, RoutingDeadline);
    QTRY_VERIFY_WITH_TIMEOUT(
        explorer->excludedTable()
                ->findItems(QStringLiteral("Draining for maintenance"), Qt::MatchExactly)
                .size()
            == 1,
        RoutingDeadline);
    // End the drain: the same button, now the other way.
    answerBox(QStringLiteral("drainBox"), QMessageBox::AcceptRole);
    m_window->routing()->confirmDrain(RoutingTexasEdge);
    QTRY_COMPARE_WITH_TIMEOUT(
        daemonRoute(Houston).value("pod").toString(), RoutingTexasEdge, 60000);
}

void TestRoutingConsole::auditorGetsNoRoutingActions()
{
    auto *composer = m_window->routing();
    m_window->compliance()->capabilities()->setRole(Capabilities::Role::Auditor);
    QVERIFY(!composer->action(RoutingComposer::Action::Override)->isVisible());
    QVERIFY(!composer->action(RoutingComposer::Action::Drain)->isVisible());
    QVERIFY(composer->explorer()->overrideButton()->isHidden());
    QVERIFY(composer->explorer()->drainButton()->isHidden());
    QCOMPARE(composer->openOverride(Houston), nullptr);
    m_window->compliance()->capabilities()->setRole(Capabilities::Role::Admin);
    QVERIFY(composer->action(RoutingComposer::Action::Override)->isVisible());
}

// Issue #10.7: the explorer's "Traffic:" line wraps in German at 1280×720, inside a form
// inside the dock's box layout above a table that takes the rest. A plain QLabel got one line's
// height there and its second line was cut; a WrapLabel gets the height its text needs.
void TestRoutingConsole::wrappedLinesAreNeverClipped()
{
    const QString text = QStringLiteral(
        "10,2 Anfr./s (Schultag: 8,0) · 11.974 gesendet · 0 fehlgeschlagen · 0 langsam · "
        "3 nicht bedient");
    const auto build = [&](QLabel *label) {
        auto *panel = new QWidget;
        auto *form = new QFormLayout;
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        label->setText(text);
        form->addRow(QStringLiteral("Verkehr:"), label);
        auto *table = new QTableWidget(20, 3);
        table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
        auto *layout = new QVBoxLayout(panel);
        layout->addLayout(form);
        layout->addWidget(table, 1);
        panel->resize(420, 40); // shorter than the text needs, as the dock was
        panel->show();
        return panel;
    };
    auto *plain = new QLabel;
    plain->setWordWrap(true);
    std::unique_ptr<QWidget> before(build(plain));
    auto *wrapping = new WrapLabel;
    std::unique_ptr<QWidget> after(build(wrapping));
    QVERIFY(QTest::qWaitForWindowExposed(after.get()));
    // The text needs two lines or more at this width.
    QTRY_VERIFY(
        wrapping->heightForWidth(wrapping->width()) >= 2 * wrapping->fontMetrics().height());
    QTRY_VERIFY2(wrapping->height() >= wrapping->heightForWidth(wrapping->width()),
        qPrintable(QStringLiteral("%1 px tall, needs %2")
                       .arg(wrapping->height())
                       .arg(wrapping->heightForWidth(wrapping->width()))));
    // What went wrong before: the plain label was squeezed below what its text needs.
    QVERIFY(plain->height() < plain->heightForWidth(plain->width()));
}

RP_TEST(TestRoutingConsole, "tst_routingconsole")
#include "tst_routingconsole.moc"
