// The drill wizard (issue #23) on a real demo daemon and its agents, offscreen: a pod hang
// rehearsed from scenario to results (with the status bar of the console following it), a
// region outage the preflight refuses with its fail-closed districts drawn in red, and an
// abort from the live page. Asserts on the wizard's models and on rendered pixels.
#include "gui/democonsole.h"
#include "testmain.h"

#include "models/drills/drilldistrictsmodel.h"
#include "models/drills/drillmonitor.h"
#include "ui/drills/drillscomposer.h"
#include "ui/drills/drillwizard.h"

#include <QAction>

#include <QLabel>
#include <QPushButton>
#include <QStringListModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

class TestDrillWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void podHangFromScenarioToResults();
    void regionOutageIsRefusedWithItsFailClosedDistrictsInRed();
    void abortFromTheLivePage();

private:
    DrillWizard *openAt(DrillScenario scenario, const QStringList &targets, int durationS);
    /** Pixels of @p colour (within a small tolerance) in @p image. */
    static int pixelsOf(const QImage &image, const QColor &colour);
    void save(QWidget *widget, const QString &name);

    DemoConsole m_console;
};

void TestDrillWizard::initTestCase()
{
    m_console.env.extraEnv = {QStringLiteral("RP_WALL_CLOCK=2026-12-12T15:00:00Z")}; // Saturday
    QVERIFY(m_console.open());
    QTRY_VERIFY_WITH_TIMEOUT(m_console.controller->hasLoaded(), 20000);
    // The drill action waits for the token's role (an auditor may not start one).
    QTRY_VERIFY_WITH_TIMEOUT(m_console.window->drills()->newDrillAction()->isEnabled(), 20000);
}

void TestDrillWizard::cleanupTestCase()
{
    QCOMPARE(m_console.close(), 0);
}

DrillWizard *TestDrillWizard::openAt(
    DrillScenario scenario, const QStringList &targets, int durationS)
{
    DrillWizard *wizard = m_console.window->drills()->openWizard();
    if (!wizard)
        return nullptr;
    wizard->scenarioPage()->choose(scenario, targets, durationS);
    return wizard;
}

int TestDrillWizard::pixelsOf(const QImage &image, const QColor &colour)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) < 24 && std::abs(c.green() - colour.green()) < 24
                && std::abs(c.blue() - colour.blue()) < 24)
                ++n;
        }
    return n;
}

void TestDrillWizard::save(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("RP_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(name));
}

void TestDrillWizard::podHangFromScenarioToResults()
{
    DrillWizard *wizard = openAt(DrillScenario::PodHang, {QStringLiteral("us-east-primary")}, 6);
    QVERIFY(wizard);
    QVERIFY(wizard->scenarioPage()->isComplete());
    save(wizard, QStringLiteral("drill-wizard-scenario.png"));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(DrillWizard::PreflightPageId));
    PreflightPage *preflight = wizard->preflightPage();
    QTRY_VERIFY_WITH_TIMEOUT(preflight->loaded() && preflight->isComplete(), 10000);
    const DrillDistrictsModel *model = preflight->model();
    QVERIFY(model->rowCount() >= 5);
    bool fairfax = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(Qt::UserRole).toString() != u"us-va-fairfax")
            continue;
        fairfax = true;
        QCOMPARE(model->index(row, DrillDistrictsModel::From).data().toString(),
            QStringLiteral("us-east-primary"));
        QCOMPARE(model->index(row, DrillDistrictsModel::To).data().toString(),
            QStringLiteral("us-east-compliance"));
    }
    QVERIFY(fairfax);
    QCOMPARE(model->failClosedCount(), 0);
    save(wizard, QStringLiteral("drill-wizard-preflight.png"));

    wizard->next();
    ConfirmPage *confirm = wizard->confirmPage();
    QVERIFY(!confirm->isComplete()); // nothing ticked yet
    confirm->confirmAll();
    QVERIFY(confirm->isComplete());
    wizard->next(); // the commit: the drill starts
    LivePage *live = wizard->livePage();
    QTRY_VERIFY_WITH_TIMEOUT(!wizard->drillId().isEmpty(), 10000);
    // Every console's status bar says a drill runs.
    QLabel *status = m_console.window->drills()->statusLabel();
    QTRY_VERIFY_WITH_TIMEOUT(status->isVisible(), 10000);
    QVERIFY2(status->text().contains(QStringLiteral("Pod hang")), qPrintable(status->text()));
    QTRY_VERIFY_WITH_TIMEOUT(live->timeline()->rowCount() >= 4, 10000);
    save(wizard, QStringLiteral("drill-wizard-live.png"));
    QTRY_VERIFY_WITH_TIMEOUT(live->finished(), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(!status->isVisible(), 10000);
    QVERIFY(live->stateText().contains(QStringLiteral("succeeded")));

    wizard->next();
    ResultsPage *results = wizard->resultsPage();
    QTRY_VERIFY_WITH_TIMEOUT(results->loaded(), 10000);
    QCOMPARE(results->model()->rowCount(), model->rowCount());
    QCOMPARE(results->record().state, DrillState::Succeeded);
    QVERIFY(results->record().verdicts->residencyHeld);
    for (int row = 0; row < results->model()->rowCount(); ++row)
        QCOMPARE(results->model()->index(row, DrillDistrictsModel::RVerdict).data().toString(),
            QStringLiteral("met targets"));
    // The verdicts are drawn green.
    auto *table = results->findChild<QTableView *>(QStringLiteral("resultsTable"));
    QVERIFY(table);
    QTRY_VERIFY(pixelsOf(table->grab().toImage(), QColor(0x2e, 0x7d, 0x32)) > 50);
    save(wizard, QStringLiteral("drill-wizard-results.png"));

    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("drill.csv"));
    results->exportCsv(csv);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(csv), 10000);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.startsWith("drill,scenario,state,district"));
    QCOMPARE(text.count('\n'), model->rowCount() + 1);
    wizard->accept();
}

void TestDrillWizard::regionOutageIsRefusedWithItsFailClosedDistrictsInRed()
{
    DrillWizard *wizard = openAt(DrillScenario::RegionOutage, {QStringLiteral("us-east")}, 30);
    QVERIFY(wizard);
    wizard->next();
    PreflightPage *preflight = wizard->preflightPage();
    QTRY_VERIFY_WITH_TIMEOUT(preflight->loaded(), 10000);
    QVERIFY(!preflight->isComplete()); // 13 would fail closed; none allowed
    const DrillDistrictsModel *model = preflight->model();
    QVERIFY(model->failClosedCount() >= 10);
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(Qt::UserRole).toString() != u"us-tx-houston")
            continue;
        QCOMPARE(model->index(row, DrillDistrictsModel::To).data().toString(),
            QStringLiteral("fails closed"));
        QCOMPARE(model->index(row, 0).data(Qt::ForegroundRole).value<QColor>(),
            QColor(0xc6, 0x28, 0x28));
    }
    auto *table = preflight->findChild<QTableView *>(QStringLiteral("preflightTable"));
    QVERIFY(table);
    QTRY_VERIFY(pixelsOf(table->grab().toImage(), QColor(0xc6, 0x28, 0x28)) > 100);
    save(wizard, QStringLiteral("drill-wizard-refused.png"));
    wizard->reject(); // nothing started: closes without asking
    QTRY_VERIFY(!m_console.window->drills()->monitor()->active());
}

void TestDrillWizard::abortFromTheLivePage()
{
    DrillWizard *wizard = openAt(DrillScenario::PodHang, {QStringLiteral("eu-west-primary")}, 120);
    QVERIFY(wizard);
    wizard->next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard->preflightPage()->isComplete(), 10000);
    wizard->next();
    wizard->confirmPage()->confirmAll();
    wizard->next();
    LivePage *live = wizard->livePage();
    QTRY_VERIFY_WITH_TIMEOUT(live->abortButton()->isEnabled(), 10000);
    QTest::mouseClick(live->abortButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(live->finished(), 30000);
    QVERIFY2(
        live->stateText().contains(QStringLiteral("interrupted")), qPrintable(live->stateText()));
    wizard->next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard->resultsPage()->loaded(), 10000);
    QCOMPARE(wizard->resultsPage()->record().stopKind, QStringLiteral("abort"));
    QVERIFY(wizard->resultsPage()->record().verdicts->restoreVerified);
    wizard->accept();
}

RP_TEST(TestDrillWizard, "tst_drillwizard")
#include "tst_drillwizard.moc"
