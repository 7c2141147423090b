// The pod detail view and the New Pod dialog (issue #10) against a real `regionalpodsd --demo`
// with its agents: Enter on a pod opens what the daemon knows about it (replicas with pid and
// port, their probes, the districts it serves), a replica that stops answering shows up there
// with the reason, its actions follow the role and the connection, and a pod is created through
// a dialog that refuses what the daemon would refuse. Set RP_COMPLIANCE_SHOTS=<dir> to save PNGs.

#include "agentprocesses.h"
#include "daemonprocess.h"
#include "gui/compliancedaemon.h"
#include "gui/democonsole.h"
#include "gui/widgetprobes.h"
#include "testmain.h"

#include "models/compliance/capabilities.h"
#include "models/consolecontroller.h"
#include "models/eventstream.h"
#include "models/podtablemodel.h"
#include "models/routing/routingmonitor.h"
#include "ui/compliance/compliancecomposer.h"
#include "ui/consoletheme.h"
#include "ui/mainwindow.h"
#include "ui/podactions.h"
#include "ui/pods/createpoddialog.h"
#include "ui/pods/poddetaildialog.h"
#include "ui/pods/probestrip.h"
#include "ui/podspanel.h"
#include "ui/routing/routingcomposer.h"
#include "ui/routing/routingexplorer.h"

#include <QDockWidget>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <csignal>

namespace {

constexpr int PodDetailDeadline = 20000;
const QString PodDetailTexasEdge = QStringLiteral("us-east-edge-tx");
const QString EuPrimary = QStringLiteral("eu-central-primary");

QColor newestBarColour(ProbeStrip *strip)
{
    const QImage image = strip->grab().toImage();
    return image.pixelColor(strip->newestBarRect().center() * image.devicePixelRatio());
}

} // namespace

class TestPodDetail : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void enterOnAPodOpensWhatTheDaemonKnows();
    void stoppedReplicaShowsItsFailingProbes();
    void actionsFollowRoleAndConnection();
    void drainDoneElsewhereShows();
    void newPodDialogRefusesWhatTheDaemonWould();
    void newPodIsCreated();

private:
    /** The daemon's own pods (ground truth, not the console's copy). */
    QJsonObject daemonPod(const QString &region, const QString &id);
    PodDetailDialog *openByKeyboard(const QString &podId);

    DemoConsole m_console;
    ComplianceDaemon &m_env = m_console.env;
    std::unique_ptr<ConsoleController> &m_controller = m_console.controller;
    std::unique_ptr<MainWindow> &m_window = m_console.window;
};

void TestPodDetail::initTestCase()
{
    QVERIFY2(m_console.open(), "regionalpodsd --demo and a console on it did not come up");
    QTRY_VERIFY_WITH_TIMEOUT(m_window->routing()->monitor()->hasTable(), PodDetailDeadline);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->compliance()->capabilities()->canOperate(), PodDetailDeadline);
}

void TestPodDetail::cleanupTestCase()
{
    QCOMPARE(m_console.close(), 0);
}

QJsonObject TestPodDetail::daemonPod(const QString &region, const QString &id)
{
    return m_env.daemon->request("GET", QStringLiteral("/pods/%1/%2").arg(region, id)).json();
}

PodDetailDialog *TestPodDetail::openByKeyboard(const QString &podId)
{
    auto *panel = m_window->findChild<PodsPanel *>();
    panel->selectPod(podId);
    if (panel->currentPodId() != podId)
        return nullptr;
    QTableView *table = panel->tableView();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    auto *dialog = m_window->podActions()->detailDialog();
    if (!dialog || !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

void TestPodDetail::enterOnAPodOpensWhatTheDaemonKnows()
{
    PodDetailDialog *dialog = openByKeyboard(PodDetailTexasEdge);
    QVERIFY(dialog);
    QCOMPARE(dialog->podId(), PodDetailTexasEdge);
    QCOMPARE(dialog->titleLabel()->text(), PodDetailTexasEdge);

    // Replicas as the daemon has them: pid and port of each real agent.
    const QJsonObject truth = daemonPod(QStringLiteral("us-east"), PodDetailTexasEdge);
    const QJsonArray replicas = truth.value("replica_status").toArray();
    QVERIFY(!replicas.isEmpty());
    QTableWidget *table = dialog->replicaTable();
    QCOMPARE(table->rowCount(), replicas.size());
    for (int row = 0; row < replicas.size(); ++row) {
        const QJsonObject r = replicas.at(row).toObject();
        QCOMPARE(table->item(row, PodDetailDialog::PidColumn)->text(),
            QString::number(r.value("pid").toInteger()));
        QCOMPARE(table->item(row, PodDetailDialog::PortColumn)->text(),
            QString::number(r.value("port").toInt()));
        QVERIFY(agentPids(m_env.daemon->dataDir(), PodDetailTexasEdge)
                    .contains(r.value("pid").toInteger()));
    }
    // Its probes arrive and are drawn: the newest bar answered, in the healthy colour.
    QTRY_VERIFY_WITH_TIMEOUT(
        dialog->probes().replicas.size() == replicas.size(), PodDetailDeadline);
    auto *strip = qobject_cast<ProbeStrip *>(table->cellWidget(0, PodDetailDialog::StripColumn));
    QVERIFY(strip);
    QTRY_VERIFY_WITH_TIMEOUT(!strip->probes().isEmpty(), PodDetailDeadline);
    QVERIFY(
        table->item(0, PodDetailDialog::LastProbeColumn)->text().endsWith(QStringLiteral("ms")));
    QVERIFY2(isGreenish(newestBarColour(strip)), qPrintable(newestBarColour(strip).name()));

    // The districts it serves: exactly those the daemon's table sends to it, with the share.
    QStringList served;
    const QJsonArray routes
        = m_env.daemon->request("GET", QStringLiteral("/routing")).json().value("routes").toArray();
    for (const auto &v : routes)
        for (const auto &w : v.toObject().value("weights").toArray())
            if (w.toObject().value("pod").toString() == PodDetailTexasEdge)
                served << v.toObject().value("district").toString();
    QVERIFY(served.contains(QStringLiteral("us-tx-houston")));
    QCOMPARE(dialog->districtTable()->rowCount(), served.size());
    for (int row = 0; row < served.size(); ++row)
        QVERIFY2(dialog->districtTable()->item(row, 0)->text().contains(served.at(row)),
            qPrintable(dialog->districtTable()->item(row, 0)->text()));
    shot(dialog, QStringLiteral("pod-detail.png"));
}

void TestPodDetail::stoppedReplicaShowsItsFailingProbes()
{
    PodDetailDialog *dialog = openByKeyboard(EuPrimary);
    QVERIFY(dialog);
    dialog->setPollInterval(300);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->probes().replicas.size() == 2, PodDetailDeadline);
    const auto pid
        = dialog->replicaTable()->item(0, PodDetailDialog::PidColumn)->text().toLongLong();
    QVERIFY(pid > 0);
    ::kill(pid_t(pid), SIGSTOP); // alive but silent: its probes time out
    auto resume = qScopeGuard([pid] { ::kill(pid_t(pid), SIGCONT); });

    QTableWidget *table = dialog->replicaTable();
    QTRY_VERIFY_WITH_TIMEOUT(table->item(0, PodDetailDialog::FailureColumn)
                                 ->text()
                                 .contains(QStringLiteral("no answer within 500 ms")),
        PodDetailDeadline);
    QTRY_VERIFY_WITH_TIMEOUT(
        table->item(0, PodDetailDialog::HealthColumn)->text() == QStringLiteral("Unhealthy"),
        PodDetailDeadline);
    auto *strip = qobject_cast<ProbeStrip *>(table->cellWidget(0, PodDetailDialog::StripColumn));
    QTRY_VERIFY_WITH_TIMEOUT(!strip->probes().constLast().ok, PodDetailDeadline);
    QVERIFY2(isRedish(newestBarColour(strip)), qPrintable(newestBarColour(strip).name()));
    // The other replica goes on answering.
    QCOMPARE(table->item(1, PodDetailDialog::HealthColumn)->text(), QStringLiteral("Healthy"));
    shot(dialog, QStringLiteral("pod-detail-failing.png"));

    resume.dismiss();
    ::kill(pid_t(pid), SIGCONT);
    QTRY_VERIFY_WITH_TIMEOUT(
        table->item(0, PodDetailDialog::HealthColumn)->text() == QStringLiteral("Healthy"),
        PodDetailDeadline);
    dialog->setPollInterval(2000);
}

void TestPodDetail::actionsFollowRoleAndConnection()
{
    PodDetailDialog *dialog = openByKeyboard(PodDetailTexasEdge);
    QVERIFY(dialog);
    QVERIFY(dialog->scaleButton()->isVisible());
    QVERIFY(dialog->scaleButton()->isEnabled());
    // The buttons act on this pod: drain goes to routing's confirmation, with the pod's id.
    QSignalSpy drain(m_window->podActions(), &PodActions::drainRequested);
    QSignalSpy scale(dialog, &PodDetailDialog::scaleRequested);
    disconnect(dialog, &PodDetailDialog::scaleRequested, m_window->podActions(), nullptr);
    dialog->scaleButton()->click();
    QCOMPARE(scale.size(), 1);
    QCOMPARE(scale.first().first().toString(), PodDetailTexasEdge);
    disconnect(m_window->podActions(), &PodActions::drainRequested, m_window->routing(), nullptr);
    dialog->drainButton()->click();
    QCOMPARE(drain.size(), 1);
    QCOMPARE(drain.first().first().toString(), PodDetailTexasEdge);

    // An auditor sees the pod but is offered nothing that changes it.
    m_window->compliance()->capabilities()->setRole(Capabilities::Role::Auditor);
    QVERIFY(dialog->scaleButton()->isHidden());
    QVERIFY(dialog->drainButton()->isHidden());
    QVERIFY(dialog->deleteButton()->isHidden());
    m_window->compliance()->capabilities()->setRole(Capabilities::Role::Admin);
    QVERIFY(!dialog->deleteButton()->isHidden());

    // Unreachable: the last known state, with nothing to press that would only fail.
    m_controller->podModel()->setStale(true, QDateTime::currentDateTime());
    m_window->podActions()->setDaemonReachable(false);
    QVERIFY(!dialog->scaleButton()->isEnabled());
    QVERIFY(!dialog->deleteButton()->isEnabled());
    QVERIFY(dialog->statusLabel()->text().contains(QStringLiteral("last known state")));
    m_window->podActions()->setDaemonReachable(true);
    m_controller->podModel()->setStale(false);
    QVERIFY(dialog->scaleButton()->isEnabled());
    dialog->close();
}

// Issue #21: a drain done by someone else (curl, a second console) reaches this console through
// the pod.drain event: the table, the map and the dialog stop offering "Drain" for a drained pod.
void TestPodDetail::drainDoneElsewhereShows()
{
    PodDetailDialog *dialog = openByKeyboard(PodDetailTexasEdge);
    QVERIFY(dialog);
    PodTableModel *model = m_controller->podModel();
    QVERIFY(!model->pod(PodDetailTexasEdge)->draining);
    QCOMPARE(dialog->drainButton()->text(), QStringLiteral("D&rain…"));

    const auto drained = m_env.daemon->request("PUT",
        QStringLiteral("/pods/us-east/%1/drain").arg(PodDetailTexasEdge), R"({"draining":true})");
    QCOMPARE(drained.status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(model->pod(PodDetailTexasEdge)->draining, PodDetailDeadline);
    QTRY_COMPARE_WITH_TIMEOUT(
        dialog->drainButton()->text(), QStringLiteral("End D&rain…"), PodDetailDeadline);
    QVERIFY2(dialog->statusLabel()->text().contains(QStringLiteral("drained")),
        qPrintable(dialog->statusLabel()->text()));

    const auto ended = m_env.daemon->request("PUT",
        QStringLiteral("/pods/us-east/%1/drain").arg(PodDetailTexasEdge), R"({"draining":false})");
    QCOMPARE(ended.status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(!model->pod(PodDetailTexasEdge)->draining, PodDetailDeadline);
    QTRY_COMPARE_WITH_TIMEOUT(
        dialog->drainButton()->text(), QStringLiteral("D&rain…"), PodDetailDeadline);
    dialog->close();
}

void TestPodDetail::newPodDialogRefusesWhatTheDaemonWould()
{
    CreatePodDialog dialog(m_controller.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.problem().isEmpty());
    QVERIFY(dialog.createButton()->isEnabled());

    struct Case
    {
        std::function<void()> set;
        QString says;
    };
    const QList<Case> cases{
        {[&] {
             dialog.maxBox()->setValue(2);
             dialog.replicasBox()->setValue(5);
         },
            QStringLiteral("5 is above the maximum of 2 replicas.")},
        {[&] { dialog.minBox()->setValue(3); },
            QStringLiteral("The minimum (3) is above the maximum (2).")},
        {[&] { dialog.idEdit()->setText(QStringLiteral("us-east")); },
            QStringLiteral("us-east is a region's id; pods need ids of their own.")},
        {[&] { dialog.idEdit()->setText(PodDetailTexasEdge); },
            QStringLiteral("A pod named us-east-edge-tx already exists.")},
        {[&] { dialog.idEdit()->setText(QStringLiteral("Bad_Id")); },
            QStringLiteral("The id may use lower-case letters")},
        {[&] { dialog.jurisdictionEdit()->setText(QStringLiteral("Texas")); },
            QStringLiteral("The jurisdiction must be an ISO 3166 code")},
        {[&] { dialog.modelEdit()->clear(); }, QStringLiteral("Name the model version")},
    };
    for (const Case &c : cases) {
        c.set();
        QVERIFY2(dialog.problemLabel()->text().startsWith(c.says),
            qPrintable(dialog.problemLabel()->text()));
        QVERIFY(!dialog.createButton()->isEnabled());
        // Undo, so each case is judged alone.
        dialog.minBox()->setValue(1);
        dialog.maxBox()->setValue(2);
        dialog.replicasBox()->setValue(1);
        dialog.idEdit()->clear();
        dialog.jurisdictionEdit()->clear();
        dialog.modelEdit()->setText(QStringLiteral("tutor-v3"));
        QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
    }

    // What only the daemon can judge comes back in its own words, and the dialog stays open:
    // here a token that may not create pods.
    const QString operatorToken = m_env.api->token();
    m_env.api->setToken(QString::fromUtf8(
        m_env.createToken(QStringLiteral("auditor"), {QStringLiteral("us-tx-houston")})));
    const int before = m_controller->podModel()->rowCount();
    dialog.idEdit()->setText(QStringLiteral("us-west-edge-refused"));
    dialog.submit();
    QTRY_VERIFY_WITH_TIMEOUT(
        dialog.problemLabel()->text().startsWith(QStringLiteral("The daemon refused:")),
        PodDetailDeadline);
    m_env.api->setToken(operatorToken);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.createButton()->isEnabled());
    QCOMPARE(m_controller->podModel()->rowCount(), before);
    QCOMPARE(
        m_env.daemon->request("GET", QStringLiteral("/pods/us-west/us-west-edge-refused")).status,
        404);
    shot(&dialog, QStringLiteral("new-pod-refused.png"));
}

void TestPodDetail::newPodIsCreated()
{
    const QString id = QStringLiteral("us-west-edge-or");
    connect(m_window->podActions(), &PodActions::createDialogOpened, this,
        [id](CreatePodDialog *dialog) {
            dialog->regionPicker()->setCurrentIndex(dialog->regionPicker()->findData("us-west"));
            dialog->typePicker()->setCurrentIndex(dialog->typePicker()->findData("edge"));
            dialog->idEdit()->setText(id);
            dialog->jurisdictionEdit()->setText(QStringLiteral("us-or"));
            dialog->certificationsEdit()->setText(QStringLiteral("soc2, coppa"));
            QTimer::singleShot(0, dialog, [dialog] { dialog->createButton()->click(); });
        });
    QSignalSpy created(m_window->podActions(), &PodActions::podCreated);
    // Through the window's own shortcut, as an operator would.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, PodDetailDeadline);
    QCOMPARE(created.first().first().toString(), id);

    // The daemon has it as the form said, and starts its agent; the console selects it.
    const QJsonObject pod = daemonPod(QStringLiteral("us-west"), id);
    QCOMPARE(pod.value("type").toString(), QStringLiteral("edge"));
    QCOMPARE(pod.value("jurisdiction").toString(), QStringLiteral("US-OR"));
    QCOMPARE(pod.value("certifications").toVariant().toStringList(),
        QStringList({QStringLiteral("SOC2"), QStringLiteral("COPPA")}));
    QTRY_COMPARE_WITH_TIMEOUT(agentPids(m_env.daemon->dataDir(), id).size(), 1, PodDetailDeadline);
    QCOMPARE(m_window->findChild<PodsPanel *>()->currentPodId(), id);
    QVERIFY(m_controller->podModel()->pod(id).has_value());
}

RP_TEST(TestPodDetail, "tst_poddetail")
#include "tst_poddetail.moc"
