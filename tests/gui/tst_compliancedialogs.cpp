// The compliance console against a real `regionalpodsd --demo` (port 0, temp data dir): the
// dashboard and map overlay, the audit report, consents, migrations and auditor mode.
// Set RP_COMPLIANCE_SHOTS=<dir> to also save what the tests render as PNGs (and the PDF).

#include "gui/compliancedaemon.h"
#include "gui/widgetprobes.h"
#include "testmain.h"

#include "models/apiclient.h"
#include "models/compliance/auditobjectmodel.h"
#include "models/compliance/capabilities.h"
#include "models/compliance/complianceclient.h"
#include "models/compliance/compliancemonitor.h"
#include "models/compliance/compliancesummarymodel.h"
#include "models/compliance/consenttablemodel.h"
#include "models/compliance/migrationprogress.h"
#include "models/compliance/movementlistmodel.h"
#include "models/consolecontroller.h"
#include "models/eventstream.h"
#include "ui/compliance/auditreportdialog.h"
#include "ui/compliance/compliancecomposer.h"
#include "ui/compliance/compliancedashboard.h"
#include "ui/compliance/compliancemapoverlay.h"
#include "ui/compliance/consenteditor.h"
#include "ui/compliance/migrationdialog.h"
#include "ui/consoletheme.h"
#include "ui/mainwindow.h"
#include "ui/map/worldmapview.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDirIterator>
#include <QDockWidget>
#include <QFontMetrics>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

namespace {

constexpr int DialogsDeadline = 20000;

} // namespace

class TestComplianceDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void dashboardAndMapAgainstTheDaemon();
    void auditReportDialog();
    void consentCreateAndRevoke();
    void consentErrorNamesTheField();
    void refusedMigrationNamesTheRule();
    void migrationMovesTorontoToCanada();
    void cancelAfterConfirmationRollsBack();
    void consoleWindowComposesCompliance();
    void roleProbe_data();
    void roleProbe();
    void auditorModeHidesOperatorActions();

private:
    ComplianceDaemon m_env;
};

void TestComplianceDialogs::initTestCase()
{
    ConsoleTheme::apply(*qApp); // the console's palette: the colours under test are drawn on it
    QVERIFY2(m_env.start(), "regionalpodsd --demo did not start (is RP_BIN_DIR set?)");
}

void TestComplianceDialogs::cleanupTestCase()
{
    QCOMPARE(m_env.stop(), 0);
}

void TestComplianceDialogs::dashboardAndMapAgainstTheDaemon()
{
    EventStream stream;
    ConsoleController controller(m_env.api.get(), &stream);
    QMainWindow window;
    auto *map = new WorldMapView(&window);
    window.setCentralWidget(map);
    auto *scale = new QAction(QStringLiteral("Scale"), &window);
    scale->setObjectName(QStringLiteral("scale"));
    window.addAction(scale);
    ComplianceComposer composer(&controller);
    composer.attachTo(&window, map, {scale});
    labelRegions(map, m_env.regions());
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    controller.start();

    auto *monitor = composer.monitor();
    auto *summary = monitor->summaryModel();
    QTRY_VERIFY_WITH_TIMEOUT(summary->districts().size() > 40, DialogsDeadline);
    QTRY_COMPARE_WITH_TIMEOUT(
        summary->auditedCount(), int(summary->districts().size()), DialogsDeadline);
    QTRY_VERIFY_WITH_TIMEOUT(monitor->chain().has_value(), DialogsDeadline);
    QTRY_COMPARE_WITH_TIMEOUT(
        composer.capabilities()->role(), Capabilities::Role::Admin, DialogsDeadline);
    QVERIFY(monitor->chain()->ok);

    // The demo's misplaced copies, each under the regime whose rule it breaks.
    using Regime = ComplianceRegimes::Regime;
    const QList<QPair<Regime, QString>> expected{{Regime::StateStudentRecords, "us-tx-houston"},
        {Regime::StateStudentRecords, "us-fl-miami"}, {Regime::Coppa, "de-munich"},
        {Regime::Gdpr, "fr-lyon"}, {Regime::Gdpr, "gb-london"},
        {Regime::CanadianProvincial, "ca-on-toronto"}};
    for (const auto &[regime, district] : expected) {
        const auto index = summary->districtIndex(regime, district);
        QVERIFY2(index.isValid(), qPrintable(district));
        QVERIFY2(
            index.data(ComplianceSummaryModel::ViolatingRole).toInt() >= 1, qPrintable(district));
    }
    QCOMPARE(summary->violatingDistrictCount(), 6);
    auto *dashboard = composer.dashboard();
    QVERIFY2(dashboard->banner()->text()
            == "6 of 44 districts keep data where their policy forbids it — 6 misplaced objects.",
        qPrintable(dashboard->banner()->text()));
    QVERIFY(isRedish(dashboard->banner()->palette().color(QPalette::Window)));
    QVERIFY(dashboard->detailLine()->text().contains("audit chain intact"));

    // Issue #10.2: on first load every group lists exactly the districts its headline counts,
    // and no group appears twice.
    {
        auto *view = dashboard->tree()->model();
        QSet<QString> names;
        for (int r = 0; r < view->rowCount(); ++r) {
            const auto group = view->index(r, 0);
            const auto name = group.data().toString();
            QVERIFY2(!names.contains(name), qPrintable(name + QStringLiteral(" is listed twice")));
            names.insert(name);
            const auto regime = Regime(group.data(ComplianceSummaryModel::RegimeRole).toInt());
            const auto source = summary->regimeIndex(regime);
            int violating = 0;
            for (int c = 0; c < summary->rowCount(source); ++c)
                violating += summary->index(c, 0, source)
                                 .data(ComplianceSummaryModel::IsViolatingRole)
                                 .toBool();
            QVERIFY2(view->rowCount(group) == violating,
                qPrintable(QStringLiteral("%1 lists %2 districts, counts %3 violating")
                               .arg(name)
                               .arg(view->rowCount(group))
                               .arg(violating)));
        }
        QVERIFY(names.size() >= 5);
        // Issue #10.7: the status sentence is never cut off ("… violate" is its point).
        auto *tree = dashboard->tree();
        const QFontMetrics bold(
            QFont(tree->font().family(), tree->font().pointSize(), QFont::Bold));
        for (int r = 0; r < view->rowCount(); ++r) {
            const auto status
                = view->index(r, ComplianceSummaryModel::StatusColumn).data().toString();
            QVERIFY2(tree->header()->sectionSize(ComplianceSummaryModel::StatusColumn)
                    >= bold.horizontalAdvance(status),
                qPrintable(status));
        }
    }

    // Rendered: Toronto's Canadian row red, its unregulated row green.
    auto *tree = dashboard->tree();
    const auto bad = dashboard->viewIndexFor(int(Regime::CanadianProvincial), "ca-on-toronto");
    const auto good = dashboard->viewIndexFor(int(Regime::Unregulated), "ca-on-toronto");
    QTRY_VERIFY(tree->isExpanded(bad.parent()));
    // What the tree draws, row by row, matches the model: no regime row twice (seen once
    // under X11 when regimes were expanded from inside rowsInserted).
    QStringList drawnRegimes;
    int drawn = 0, listed = 0;
    for (auto row = tree->model()->index(0, 0); row.isValid(); row = tree->indexBelow(row)) {
        ++drawn;
        if (!row.parent().isValid())
            drawnRegimes.append(row.data().toString());
    }
    for (int r = 0; r < tree->model()->rowCount(); ++r)
        listed += 1 + tree->model()->rowCount(tree->model()->index(r, 0));
    QCOMPARE(drawn, listed);
    QCOMPARE(drawnRegimes.size(), tree->model()->rowCount());
    QCOMPARE(drawnRegimes.removeDuplicates(), 0);
    tree->scrollTo(bad);
    QVERIFY(isRedish(pixelIn(tree->viewport(),
        tree->visualRect(bad.siblingAtColumn(ComplianceSummaryModel::CompliantColumn)))));
    // Only violating districts are listed until the user asks for all.
    QVERIFY(!good.isValid());
    QVERIFY(dashboard->onlyViolationsBox()->isChecked());
    dashboard->onlyViolationsBox()->setChecked(false);
    const auto all = dashboard->viewIndexFor(int(Regime::Unregulated), "ca-on-toronto");
    QVERIFY(all.isValid());
    tree->expand(all.parent());
    tree->scrollTo(all);
    QVERIFY(isGreenish(pixelIn(tree->viewport(),
        tree->visualRect(all.siblingAtColumn(ComplianceSummaryModel::CompliantColumn)))));
    dashboard->onlyViolationsBox()->setChecked(true);
    tree->scrollToTop();

    // Picking a district drives the map: Canada shaded, badges where Toronto's data is.
    // Issue #10.6: and the tree does not move (the legend's space is reserved).
    const int treeTop = tree->mapTo(dashboard, QPoint(0, 0)).y();
    dashboard->setCurrentDistrict("ca-on-toronto");
    QTRY_VERIFY(!dashboard->findChild<QLabel *>("complianceMapLegend")->text().isEmpty());
    QApplication::processEvents();
    QCOMPARE(tree->mapTo(dashboard, QPoint(0, 0)).y(), treeTop);
    auto *overlay = composer.overlay();
    QTRY_VERIFY_WITH_TIMEOUT(!overlay->shadedJurisdictions().isEmpty(), DialogsDeadline);
    QTRY_VERIFY_WITH_TIMEOUT(overlay->badges().contains("us-east"), DialogsDeadline);
    QVERIFY2(overlay->shadedJurisdictions().contains("CA"),
        qPrintable(overlay->shadedJurisdictions().join(',')));
    QVERIFY(!overlay->shadedJurisdictions().contains("US-VA"));
    QCOMPARE(overlay->badges().value("us-east"), QStringLiteral("2 objects, 1 VIOLATING"));
    QCOMPARE(overlay->badges().value("ca-central"), QStringLiteral("5 objects, compliant"));
    QVERIFY(map->unknownJurisdictions().isEmpty());
    // Per class: Toronto's de-identified data may go anywhere.
    dashboard->dataClassPicker()->setCurrentIndex(
        dashboard->dataClassPicker()->findData("deidentified"));
    QVERIFY(overlay->shadedJurisdictions().isEmpty());
    QVERIFY(overlay->legend().contains("any region"));
    dashboard->dataClassPicker()->setCurrentIndex(0);
    QVERIFY(overlay->shadedJurisdictions().contains("CA"));

    // Recent movements are listed from the trail (none yet in a fresh demo), and the
    // shortcuts are registered.
    QCOMPARE(composer.action(ComplianceComposer::Action::AuditReport)->shortcut(),
        QKeySequence("Ctrl+Shift+A"));
    QCOMPARE(composer.action(ComplianceComposer::Action::Migrate)->shortcut(),
        QKeySequence("Ctrl+Shift+M"));
    QCOMPARE(composer.action(ComplianceComposer::Action::Consents)->shortcut(),
        QKeySequence("Ctrl+Shift+C"));
    QVERIFY(composer.action(ComplianceComposer::Action::Migrate)->isVisible());
    QVERIFY(scale->isVisible());
    QTest::qWait(300); // let the map repaint with the overlay before the picture
    shot(&window, "compliance.png");
    shot(dashboard, "compliance-dashboard.png");

    // Ctrl+Shift+A opens the audit report of the picked district.
    QTest::keyClick(&window, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    auto *dialog = window.findChild<AuditReportDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), DialogsDeadline);
    QCOMPARE(dialog->districtId(), QStringLiteral("ca-on-toronto"));
    dialog->close();

    // Double-clicking a district row opens its report too.
    const auto houston = dashboard->viewIndexFor(int(Regime::StateStudentRecords), "us-tx-houston");
    QVERIFY(houston.isValid());
    tree->scrollTo(houston);
    const QPoint at = tree->visualRect(houston).center();
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, at);
    QTRY_VERIFY_WITH_TIMEOUT(
        (dialog = window.findChild<AuditReportDialog *>()) && dialog->isVisible(), DialogsDeadline);
    QCOMPARE(dialog->districtId(), QStringLiteral("us-tx-houston"));
    QCOMPARE(dashboard->currentDistrict(), QStringLiteral("us-tx-houston"));
    dialog->close();
    controller.stop();
}

void TestComplianceDialogs::auditReportDialog()
{
    AuditReportDialog dialog(m_env.client.get());
    QSignalSpy loaded(&dialog, &AuditReportDialog::reportLoaded);
    dialog.loadDistrict("us-tx-houston");
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(loaded.wait(DialogsDeadline));
    const auto &report = *dialog.report();
    QCOMPARE(report.violating, 1);
    QVERIFY(dialog.summaryLabel()->text().contains("Houston ISD"));
    QVERIFY(dialog.summaryLabel()->text().contains("1 of 6 stored objects"));
    QVERIFY(dialog.detailView()->toPlainText().contains("roster-copy.csv"));
    QVERIFY(dialog.detailView()->toPlainText().contains("What to do:"));
    // Issue #10.10: the store by name and region, not the daemon's internal path.
    QVERIFY2(!dialog.detailView()->toPlainText().contains(m_env.dir.path()),
        qPrintable(dialog.detailView()->toPlainText()));
    QVERIFY(dialog.detailView()->toPlainText().contains("object store of us-west"));
    auto *view = dialog.objectsView();
    QCOMPARE(view->model()->index(0, AuditObjectModel::KeyColumn).data().toString(),
        QStringLiteral("us-tx-houston/student_pii/roster-copy.csv"));
    // Issue #10.10: a placement allowed by consent names the agreement, its target and term,
    // not a bare UUID.
    {
        const QString houstonConsent = QStringLiteral("DPA-US-TX-HOUSTON-2026");
        bool named = false;
        for (int row = 0; row < view->model()->rowCount() && !named; ++row) {
            view->setCurrentIndex(view->model()->index(row, 0));
            named = dialog.detailView()->toPlainText().contains(houstonConsent);
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            named ||
                [&] {
                    for (int row = 0; row < view->model()->rowCount(); ++row) {
                        view->setCurrentIndex(view->model()->index(row, 0));
                        if (dialog.detailView()->toPlainText().contains(houstonConsent))
                            return true;
                    }
                    return false;
                }(),
            DialogsDeadline);
        QVERIFY(dialog.detailView()->toPlainText().contains("Allowed thanks to consent"));
        QVERIFY(dialog.detailView()->toPlainText().contains("until"));
        view->setCurrentIndex(view->model()->index(0, 0));
    }
    shot(&dialog, "auditreport.png");
    view->clearSelection();
    QVERIFY(isRedish(pixelIn(
        view->viewport(), view->visualRect(view->model()->index(0, AuditObjectModel::KeyColumn)))));
    QVERIFY(isGreenish(pixelIn(
        view->viewport(), view->visualRect(view->model()->index(1, AuditObjectModel::KeyColumn)))));

    QTemporaryDir out;
    const auto shots = qEnvironmentVariable("RP_COMPLIANCE_SHOTS");
    const auto pdf
        = shots.isEmpty() ? out.filePath("houston.pdf") : QDir(shots).filePath("auditreport.pdf");
    QString error;
    QVERIFY2(dialog.exportPdf(pdf, &error), qPrintable(error));
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(5) == "%PDF-");

    // The CSV is the daemon's bytes, saved as they came.
    const auto csvPath = out.filePath("houston.csv");
    QSignalSpy exported(&dialog, &AuditReportDialog::csvExported);
    dialog.exportCsv(csvPath);
    QVERIFY(exported.wait(DialogsDeadline));
    QVERIFY2(exported.first().at(1).toBool(), qPrintable(exported.first().at(2).toString()));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const auto direct = m_env.daemon->request("GET", "/residency/audit/us-tx-houston?format=csv");
    QCOMPARE(direct.status, 200);
    QCOMPARE(csv.readAll(), direct.body);
}

void TestComplianceDialogs::consentCreateAndRevoke()
{
    Capabilities capabilities;
    capabilities.probe(*m_env.api);
    QTRY_COMPARE_WITH_TIMEOUT(capabilities.role(), Capabilities::Role::Admin, DialogsDeadline);
    District houston;
    for (const auto &d : m_env.districts()) {
        if (d.id == "us-tx-houston")
            houston = d;
    }
    QCOMPARE(houston.id, QStringLiteral("us-tx-houston"));

    ConsentEditor editor(m_env.client.get(), &capabilities, m_env.regions());
    QSignalSpy loaded(&editor, &ConsentEditor::loaded);
    QSignalSpy changed(&editor, &ConsentEditor::consentsChanged);
    editor.setDistrict(houston);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QVERIFY(loaded.wait(DialogsDeadline));
    auto *model = editor.model();
    QCOMPARE(model->rowCount(), 1); // the demo's data-sharing agreement for us-east
    QVERIFY(editor.createGroup()->isVisible());
    // Defaults: student records, no region pre-chosen, a year from now.
    QCOMPARE(editor.dataClassBox()->currentData().toString(), QStringLiteral("student_pii"));
    // Issue #10.10: people's words, with the id an auditor can match.
    QCOMPARE(editor.dataClassBox()->currentText(), QStringLiteral("Student records (student_pii)"));
    QCOMPARE(model->index(0, ConsentTableModel::DataClassColumn).data().toString(),
        QStringLiteral("Student records (student_pii)"));
    QCOMPARE(editor.regionBox()->currentIndex(), -1);
    QCOMPARE(editor.expiryEdit()->date(), QDate::currentDate().addYears(1));
    QVERIFY(!editor.createButton()->isEnabled());

    // Houston's misplaced roster copy sits in us-west; a consent for us-west covers it.
    editor.regionBox()->setCurrentIndex(editor.regionBox()->findData("us-west"));
    QTest::keyClicks(editor.referenceEdit(), "DPA-HOUSTON-WEST-2026");
    QVERIFY(editor.createButton()->isEnabled());
    QTest::mouseClick(editor.createButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, DialogsDeadline);
    QCOMPARE(changed.count(), 1);
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->consent(r).reference == "DPA-HOUSTON-WEST-2026")
            row = r;
    }
    QVERIFY(row >= 0);
    const auto index = model->index(row, ConsentTableModel::StatusColumn);
    QCOMPARE(index.data(ConsentTableModel::StatusNameRole).toString(), QStringLiteral("active"));
    QCOMPARE(model->index(row, ConsentTableModel::RegionColumn).data().toString(),
        QStringLiteral("us-west"));
    // Valid through the chosen day: the table shows that day.
    QCOMPARE(model->consent(row).expires.toLocalTime().date(), QDate::currentDate().addYears(1));
    auto audit = m_env.daemon->request("GET", "/residency/audit/us-tx-houston").json();
    QCOMPARE(audit.value("totals").toObject().value("violating").toInt(), 0);

    // Revoke it, through the confirmation.
    editor.view()->setCurrentIndex(index);
    QVERIFY(editor.revokeButton()->isEnabled());
    QTest::mouseClick(editor.revokeButton(), Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (box = findBox("revokeConsentConfirmation")) != nullptr, DialogsDeadline);
    QVERIFY(box->text().contains("us-west"));
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(index.data(ConsentTableModel::StatusNameRole).toString(),
        QStringLiteral("revoked"), DialogsDeadline);
    QCOMPARE(changed.count(), 2);
    QVERIFY(!editor.revokeButton()->isEnabled());
    audit = m_env.daemon->request("GET", "/residency/audit/us-tx-houston").json();
    QCOMPARE(audit.value("totals").toObject().value("violating").toInt(), 1);
    const auto listed
        = m_env.daemon->request("GET", "/residency/consents?district=us-tx-houston").json();
    bool revoked = false;
    for (const auto &c : listed.value("consents").toArray())
        revoked |= c.toObject().value("reference").toString() == "DPA-HOUSTON-WEST-2026"
            && c.toObject().value("revoked").toBool();
    QVERIFY(revoked);

    // Revoked reads differently from active on screen: grey, not green.
    editor.view()->clearSelection();
    editor.view()->setCurrentIndex({});
    const auto active = model->index(row == 0 ? 1 : 0, ConsentTableModel::ReferenceColumn);
    QVERIFY(isGreenish(pixelIn(editor.view()->viewport(), editor.view()->visualRect(active))));
    const auto grey = pixelIn(editor.view()->viewport(),
        editor.view()->visualRect(model->index(row, ConsentTableModel::ReferenceColumn)));
    QVERIFY2(qAbs(grey.red() - grey.green()) < 12 && qAbs(grey.green() - grey.blue()) < 12,
        qPrintable(grey.name()));
    QVERIFY(model->index(row, ConsentTableModel::ReferenceColumn)
                .data(Qt::FontRole)
                .value<QFont>()
                .strikeOut());
    shot(&editor, "consents.png");
}

void TestComplianceDialogs::consentErrorNamesTheField()
{
    Capabilities capabilities;
    capabilities.setRole(Capabilities::Role::Operator);
    auto list = m_env.regions();
    Region bogus;
    bogus.id = "zz-nowhere";
    bogus.name = "Nowhere";
    list.append(bogus);
    ConsentEditor editor(m_env.client.get(), &capabilities, list);
    District houston;
    for (const auto &d : m_env.districts()) {
        if (d.id == "us-tx-houston")
            houston = d;
    }
    editor.setDistrict(houston);
    editor.show();
    editor.regionBox()->setCurrentIndex(editor.regionBox()->findData("zz-nowhere"));
    editor.referenceEdit()->setText("DPA-X");
    QTest::mouseClick(editor.createButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(editor.errorLabel()->isVisible(), DialogsDeadline);
    QVERIFY2(editor.errorLabel()->text().startsWith("Region: "),
        qPrintable(editor.errorLabel()->text()));
    QVERIFY(editor.errorLabel()->text().contains("zz-nowhere"));
    QVERIFY(editor.regionBox()->property("rpInvalid").toBool());
    // Choosing another region clears the mark.
    editor.regionBox()->setCurrentIndex(editor.regionBox()->findData("us-east"));
    QVERIFY(!editor.regionBox()->property("rpInvalid").toBool());
}

void TestComplianceDialogs::refusedMigrationNamesTheRule()
{
    MigrationDialog dialog(m_env.client.get(), m_env.districts(), m_env.regions());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setDistrict("ca-on-toronto");
    QTRY_VERIFY_WITH_TIMEOUT(dialog.objectList()->count() > 0, DialogsDeadline);
    // The source defaults to where the violation is.
    QCOMPARE(dialog.from(), QStringLiteral("us-east"));
    dialog.setFrom("ca-central");
    dialog.setTo("us-west");
    QTRY_VERIFY_WITH_TIMEOUT(
        dialog.previewLabel()->text().contains("ca-provincial-residency"), DialogsDeadline);
    QVERIFY(dialog.startButton()->isEnabled()); // the daemon's preflight decides, not the preview
    QTest::mouseClick(dialog.startButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(
        dialog.progress()->phase(), MigrationProgress::Phase::Refused, DialogsDeadline);
    QCOMPARE(dialog.progress()->problem().status, 403);
    QVERIFY(dialog.problemLabel()->isVisible());
    QVERIFY2(dialog.problemLabel()->text().contains("rule 'ca-provincial-residency'"),
        qPrintable(dialog.problemLabel()->text()));
    QVERIFY(dialog.problemLabel()->text().contains("forbids"));
    QVERIFY(dialog.startButton()->isEnabled()); // the form is usable again
    // Nothing moved.
    const auto audit = m_env.daemon->request("GET", "/residency/audit/ca-on-toronto").json();
    for (const auto &o : audit.value("objects").toArray())
        QVERIFY(o.toObject().value("region").toString() != "us-west");
}

void TestComplianceDialogs::migrationMovesTorontoToCanada()
{
    EventStream stream;
    MigrationDialog dialog(m_env.client.get(), m_env.districts(), m_env.regions());
    connect(&stream, &EventStream::eventReceived, &dialog, &MigrationDialog::applyEvent);
    // A dashboard's monitor, fed by the same stream, sees the migration live.
    ComplianceMonitor live(m_env.client.get());
    live.setDistricts(m_env.districts());
    QTRY_VERIFY_WITH_TIMEOUT(!live.isLoading(), DialogsDeadline);
    QCOMPARE(live.summaryModel()->districtStatus("ca-on-toronto").total.violating, 1);
    connect(&stream, &EventStream::eventReceived, &live, &ComplianceMonitor::applyEvent);
    stream.open(m_env.api->baseUrl(), m_env.api->token());
    QTRY_COMPARE_WITH_TIMEOUT(stream.state(), EventStream::State::Connected, DialogsDeadline);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setDistrict("ca-on-toronto");
    QTRY_COMPARE_WITH_TIMEOUT(dialog.objectList()->count(), 2, DialogsDeadline);
    dialog.setFrom("us-east");
    // The preview picks an allowed target by itself; ask for ca-central explicitly anyway.
    dialog.setTo("ca-central");
    QTRY_VERIFY_WITH_TIMEOUT(
        dialog.previewLabel()->text().contains("allows every checked object in ca-central"),
        DialogsDeadline);
    QVERIFY(dialog.selectedKeys().isEmpty()); // everything there

    QList<int> values;
    connect(dialog.progressBar(), &QProgressBar::valueChanged, this,
        [&values](int v) { values.append(v); });
    QSignalSpy finished(dialog.progress(), &MigrationProgress::finished);
    QTest::mouseClick(dialog.startButton(), Qt::LeftButton);
    QVERIFY(finished.wait(DialogsDeadline));
    QCOMPARE(
        finished.first().first().value<MigrationProgress::Phase>(), MigrationProgress::Phase::Done);
    QCOMPARE(dialog.progressBar()->value(), 100);
    QVERIFY(!values.isEmpty() && values.last() == 100);
    QVERIFY(std::is_sorted(values.cbegin(), values.cend()));
    QCOMPARE(dialog.progress()->moved(), 2);
    QCOMPARE(dialog.progress()->total(), 2);
    QVERIFY2(dialog.stateLabel()->text().startsWith("Done: 2 of 2 objects moved to ca-central"),
        qPrintable(dialog.stateLabel()->text()));
    QVERIFY(isGreenish(dialog.stateLabel()->palette().color(QPalette::WindowText)));
    QVERIFY(!dialog.cancelButton()->isEnabled());
    QVERIFY(!dialog.startButton()->isEnabled()); // the list shows what was, not what is
    QCOMPARE(dialog.objectList()->count(), 2);
    for (int i = 0; i < dialog.objectList()->count(); ++i)
        QTRY_VERIFY2_WITH_TIMEOUT(
            dialog.objectList()->item(i)->text().endsWith("moved (verified, source removed)"),
            qPrintable(dialog.objectList()->item(i)->text()), DialogsDeadline);
    shot(&dialog, "migration.png");

    // The daemon agrees: nothing of Toronto's left in us-east, no violation.
    const auto audit = m_env.daemon->request("GET", "/residency/audit/ca-on-toronto").json();
    QCOMPARE(audit.value("totals").toObject().value("violating").toInt(), 0);
    for (const auto &o : audit.value("objects").toArray())
        QVERIFY(o.toObject().value("region").toString() != "us-east");
    const auto migration
        = m_env.daemon->request("GET", "/residency/migrations/" + dialog.progress()->migrationId())
              .json();
    QCOMPARE(migration.value("state").toString(), QStringLiteral("done"));

    // The live monitor re-audited Toronto when the migration.progress event said "done", and
    // lists the migration (and, from the trail, its two object moves).
    QTRY_COMPARE_WITH_TIMEOUT(
        live.summaryModel()->districtStatus("ca-on-toronto").total.violating, 0, DialogsDeadline);
    const int row = live.movementModel()->rowOf("migration:" + dialog.progress()->migrationId());
    QVERIFY(row >= 0);
    QCOMPARE(live.movementModel()->index(row, 0).data(MovementListModel::StateRole).toString(),
        QStringLiteral("done"));
    QTRY_COMPARE_WITH_TIMEOUT(live.movementModel()->rowCount(), 3, DialogsDeadline);

    // A fresh monitor picks the move up from the audit trail as two cross-region movements.
    ComplianceMonitor monitor(m_env.client.get());
    monitor.refreshMovements();
    QTRY_COMPARE_WITH_TIMEOUT(monitor.movementModel()->rowCount(), 2, DialogsDeadline);
    QCOMPARE(monitor.movementModel()->index(0, MovementListModel::RouteColumn).data().toString(),
        QStringLiteral("us-east → ca-central"));
    stream.close();
}

void TestComplianceDialogs::cancelAfterConfirmationRollsBack()
{
    // Munich's objects in eu-central changed on disk behind the store's back (same size, so
    // listing still works): every copy fails its checksum and is retried with a growing delay —
    // time enough to cancel, for certain.
    QDir source(m_env.dir.filePath("data/stores/eu-central/objects/de-munich"));
    QVERIFY(source.exists());
    QDirIterator it(source.path(), QDir::Files, QDirIterator::Subdirectories);
    int tampered = 0;
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        QVERIFY(!bytes.isEmpty());
        bytes[0] = char(bytes.at(0) ^ 0x01);
        QVERIFY(file.seek(0));
        QCOMPARE(file.write(bytes), bytes.size());
        ++tampered;
    }
    QVERIFY(tampered > 1);

    MigrationDialog dialog(m_env.client.get(), m_env.districts(), m_env.regions());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setDistrict("de-munich");
    QTRY_COMPARE_WITH_TIMEOUT(
        dialog.from(), QStringLiteral("eu-central"), DialogsDeadline); // its violation
    dialog.setTo("eu-west");
    QTRY_VERIFY_WITH_TIMEOUT(dialog.startButton()->isEnabled(), DialogsDeadline);
    QVERIFY(!dialog.cancelButton()->isVisible());
    QTest::mouseClick(dialog.startButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(
        dialog.progress()->phase(), MigrationProgress::Phase::Running, DialogsDeadline);
    QVERIFY(dialog.cancelButton()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(dialog.cancelButton()->isEnabled(), DialogsDeadline);

    // First thoughts: keep moving.
    QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (box = findBox("cancelMigrationConfirmation")) != nullptr, DialogsDeadline);
    QTest::mouseClick(box->button(QMessageBox::No), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!findBox("cancelMigrationConfirmation"), DialogsDeadline);
    QCOMPARE(dialog.progress()->phase(), MigrationProgress::Phase::Running);
    // Second thoughts: cancel.
    QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        (box = findBox("cancelMigrationConfirmation")) != nullptr, DialogsDeadline);
    QSignalSpy problems(dialog.progress(), &MigrationProgress::problemOccurred);
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.progress()->isFinished(), DialogsDeadline);
    QCOMPARE(problems.count(), 0); // the cancel was accepted, not refused as too late
    QCOMPARE(dialog.progress()->phase(), MigrationProgress::Phase::RolledBack);
    QCOMPARE(dialog.progress()->moved(), 0);
    QVERIFY2(dialog.stateLabel()->text().startsWith("Rolled back: nothing was moved"),
        qPrintable(dialog.stateLabel()->text()));
    const auto migration
        = m_env.daemon->request("GET", "/residency/migrations/" + dialog.progress()->migrationId())
              .json();
    QCOMPARE(migration.value("state").toString(), QStringLiteral("rolled_back"));
    QVERIFY(migration.value("cancel_requested").toBool());
    shot(&dialog, "migration-cancelled.png");
}

void TestComplianceDialogs::consoleWindowComposesCompliance()
{
    EventStream stream;
    ConsoleController controller(m_env.api.get(), &stream);
    MainWindow window(&controller);
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    controller.start();
    auto *composer = window.compliance();
    QVERIFY(composer);
    QVERIFY(composer->dock()->isVisible());
    QCOMPARE(window.findChild<QMenu *>("complianceMenu")->title(), QStringLiteral("&Compliance"));
    QTRY_COMPARE_WITH_TIMEOUT(
        composer->capabilities()->role(), Capabilities::Role::Admin, DialogsDeadline);
    auto *summary = composer->monitor()->summaryModel();
    QTRY_VERIFY_WITH_TIMEOUT(summary->districts().size() > 40, DialogsDeadline);
    QTRY_COMPARE_WITH_TIMEOUT(
        summary->auditedCount(), int(summary->districts().size()), DialogsDeadline);
    // Toronto was fixed by the migration test: five districts left in violation.
    QCOMPARE(summary->violatingDistrictCount(), 5);
    QVERIFY(window.action(MainWindow::Action::Scale)->isVisible());
    QVERIFY(window.action(MainWindow::Action::Delete)->isVisible());

    composer->dashboard()->setCurrentDistrict("us-tx-houston");
    auto *overlay = composer->overlay();
    QTRY_VERIFY_WITH_TIMEOUT(overlay->badges().contains("us-west"), DialogsDeadline);
    QTRY_VERIFY_WITH_TIMEOUT(!overlay->shadedJurisdictions().isEmpty(), DialogsDeadline);
    QVERIFY(overlay->shadedJurisdictions().contains("US-TX"));
    QCOMPARE(overlay->badges().value("us-west"), QStringLiteral("1 object, VIOLATING"));
    QTest::qWait(300); // the map repaints with the shading before the picture
    shot(&window, "console.png");

    // Issue #10: the report's remedy acts from where it is read.
    auto *report = composer->openAuditReport("us-tx-houston");
    QTRY_VERIFY_WITH_TIMEOUT(report->report() && report->report()->violating == 1, DialogsDeadline);
    QVERIFY(report->migrateButton()->isVisible() && report->consentButton()->isVisible());
    QVERIFY(report->migrateButton()->isEnabled());
    report->migrateButton()->click();
    auto *migration = window.findChild<MigrationDialog *>();
    QVERIFY(migration && migration->isVisible());
    QCOMPARE(migration->district(), QStringLiteral("us-tx-houston"));
    migration->close();
    report->close();
    controller.stop();
}

void TestComplianceDialogs::roleProbe_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<Capabilities::Role>("expected");
    QTest::newRow("admin") << "admin" << Capabilities::Role::Admin;
    QTest::newRow("operator") << "operator" << Capabilities::Role::Operator;
    QTest::newRow("auditor") << "auditor" << Capabilities::Role::Auditor;
    QTest::newRow("revoked") << "" << Capabilities::Role::Unknown;
}

void TestComplianceDialogs::roleProbe()
{
    QFETCH(QString, role);
    QFETCH(Capabilities::Role, expected);
    ApiClient api(m_env.network);
    api.setBaseUrl(m_env.api->baseUrl());
    api.setToken(role.isEmpty()
            ? QStringLiteral("rp_not-a-token")
            : QString::fromUtf8(m_env.createToken(
                role, role == "auditor" ? QStringList{"us-tx-houston"} : QStringList{})));
    QSignalSpy failed(&api, &ApiClient::requestFailed);
    Capabilities capabilities;
    QSignalSpy done(&capabilities, &Capabilities::probeFinished);
    capabilities.probe(api);
    QVERIFY(done.wait(DialogsDeadline));
    QCOMPARE(capabilities.role(), expected);
    QCOMPARE(done.first().first().toString().isEmpty(), expected != Capabilities::Role::Unknown);
    // A refused token is worth telling the user about; a known role costs no failed request.
    QCOMPARE(failed.count(), expected == Capabilities::Role::Unknown ? 1 : 0);
    QCOMPARE(capabilities.canOperate(),
        expected == Capabilities::Role::Admin || expected == Capabilities::Role::Operator);
}

void TestComplianceDialogs::auditorModeHidesOperatorActions()
{
    const auto token = m_env.createToken("auditor", {"us-tx-houston"});
    QVERIFY(!token.isEmpty());
    ApiClient api(m_env.network);
    api.setBaseUrl(m_env.api->baseUrl());
    api.setToken(QString::fromUtf8(token));
    EventStream stream;
    ConsoleController controller(&api, &stream);
    QMainWindow window;
    auto *map = new WorldMapView(&window);
    window.setCentralWidget(map);
    QAction *podActions[2];
    int i = 0;
    for (const auto *name : {"scale", "delete"}) {
        auto *a = new QAction(QString::fromLatin1(name), &window);
        a->setObjectName(QString::fromLatin1(name));
        window.addAction(a);
        podActions[i++] = a;
    }
    ComplianceComposer composer(&controller);
    composer.attachTo(&window, map, {podActions[0], podActions[1]});
    labelRegions(map, m_env.regions());
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    controller.start();

    QTRY_COMPARE_WITH_TIMEOUT(
        composer.capabilities()->role(), Capabilities::Role::Auditor, DialogsDeadline);
    // Only the auditor's district, already picked, audited.
    auto *summary = composer.monitor()->summaryModel();
    QTRY_COMPARE_WITH_TIMEOUT(summary->districts().size(), 1, DialogsDeadline);
    QCOMPARE(summary->districts().first().id, QStringLiteral("us-tx-houston"));
    QTRY_COMPARE_WITH_TIMEOUT(summary->auditedCount(), 1, DialogsDeadline);
    QCOMPARE(composer.dashboard()->currentDistrict(), QStringLiteral("us-tx-houston"));
    QVERIFY2(composer.dashboard()->banner()->text().startsWith(
                 "This district keeps data where its policy forbids it"),
        qPrintable(composer.dashboard()->banner()->text()));
    QVERIFY(composer.dashboard()->detailLine()->text().contains("Auditor"));

    // Every operator action is gone.
    QVERIFY(!podActions[0]->isVisible());
    QVERIFY(!podActions[1]->isVisible());
    QVERIFY(!composer.action(ComplianceComposer::Action::Migrate)->isVisible());
    QVERIFY(!composer.dashboard()->migrateButton()->isVisible());
    QVERIFY(composer.dashboard()->consentsButton()->isVisible());
    QCOMPARE(composer.openMigration("us-tx-houston"), nullptr);
    QVERIFY(!window.findChild<MigrationDialog *>());
    auto *consents = composer.openConsents("us-tx-houston");
    QVERIFY(consents);
    QSignalSpy loaded(consents, &ConsentEditor::loaded);
    QVERIFY(loaded.wait(DialogsDeadline));
    QVERIFY(consents->model()->rowCount() >= 1); // the demo's agreement (and any revoked before)
    QVERIFY(!consents->createGroup()->isVisible());
    QVERIFY(!consents->revokeButton()->isVisible());
    shot(consents, "consents-auditor.png");
    shot(&window, "compliance-auditor.png");

    // Reading still works: the auditor's own audit report.
    auto *report = composer.openAuditReport("us-tx-houston");
    QVERIFY(report);
    QTRY_VERIFY_WITH_TIMEOUT(report->report().has_value(), DialogsDeadline);
    QCOMPARE(report->report()->violating, 1);
    controller.stop();
}

RP_TEST(TestComplianceDialogs, "tst_compliancedialogs")
#include "tst_compliancedialogs.moc"
