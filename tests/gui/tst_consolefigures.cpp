// One source of truth per figure (issue #10.5), on a whole console window against a real
// `regionalpodsd --demo`: the audit chain's record count on the dashboard follows the daemon as
// records are appended (and agrees with the audit report opened next), and the migration
// dialog's source box says where a district's data is after the migration, not before it.

#include "gui/compliancedaemon.h"
#include "gui/democonsole.h"
#include "testmain.h"

#include "models/apiclient.h"
#include "models/compliance/complianceclient.h"
#include "models/compliance/compliancemonitor.h"
#include "models/compliance/migrationprogress.h"
#include "ui/compliance/auditreportdialog.h"
#include "ui/compliance/compliancecomposer.h"
#include "ui/compliance/compliancedashboard.h"
#include "ui/compliance/migrationdialog.h"
#include "ui/mainwindow.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

namespace {

constexpr int FiguresDeadline = 20000;

} // namespace

class TestConsoleFigures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void chainCountFollowsTheDaemon();
    void sourceBoxFollowsAMigration();
    void remediesInTheConsolesLanguage_data();
    void remediesInTheConsolesLanguage();

private:
    /** records_checked of the daemon's own GET /audit/verify. */
    qint64 daemonChainRecords();

    DemoConsole m_console;
    ComplianceDaemon &m_env = m_console.env;
};

void TestConsoleFigures::initTestCase()
{
    QVERIFY2(m_console.open(), "the demo daemon or the console did not come up");
}

void TestConsoleFigures::cleanupTestCase()
{
    QCOMPARE(m_console.close(), 0);
}

qint64 TestConsoleFigures::daemonChainRecords()
{
    const auto verify = m_env.daemon->request("GET", QStringLiteral("/audit/verify"));
    if (verify.status != 200)
        qWarning() << "verify:" << verify.status << verify.body;
    return verify.json().value("records_checked").toInteger(-1);
}

void TestConsoleFigures::chainCountFollowsTheDaemon()
{
    auto *compliance = m_console.window->compliance();
    auto *monitor = compliance->monitor();
    QTRY_VERIFY_WITH_TIMEOUT(monitor->chain().has_value(), FiguresDeadline);
    const qint64 before = daemonChainRecords();
    QTRY_COMPARE_WITH_TIMEOUT(monitor->chain()->recordsChecked, before, FiguresDeadline);

    // Scaling a pod appends an audit record: the dashboard's count must follow it, without
    // anyone clicking anything.
    const auto scaled = m_env.daemon->request(
        "PUT", QStringLiteral("/pods/eu-central/eu-central-primary/scale"), R"({"replicas":3})");
    QCOMPARE(scaled.status, 200);
    const qint64 after = daemonChainRecords();
    QVERIFY2(after > before, qPrintable(QStringLiteral("%1 → %2").arg(before).arg(after)));
    QTRY_COMPARE_WITH_TIMEOUT(monitor->chain()->recordsChecked, after, FiguresDeadline);
    const auto shown = QStringLiteral("audit chain intact (%1 records)").arg(after);
    QTRY_VERIFY2_WITH_TIMEOUT(compliance->dashboard()->detailLine()->text().contains(shown),
        qPrintable(compliance->dashboard()->detailLine()->text()), FiguresDeadline);

    // An audit report verified later than the dashboard carries a longer chain: the dashboard
    // takes its figure, so the two never disagree.
    const auto rescaled = m_env.daemon->request(
        "PUT", QStringLiteral("/pods/eu-central/eu-central-primary/scale"), R"({"replicas":2})");
    QCOMPARE(rescaled.status, 200);
    auto *report = compliance->openAuditReport(QStringLiteral("us-tx-houston"));
    QVERIFY(report);
    QTRY_VERIFY_WITH_TIMEOUT(
        report->report().has_value() && report->report()->chain.recordsChecked > after,
        FiguresDeadline);
    const qint64 inReport = report->report()->chain.recordsChecked;
    QTRY_VERIFY_WITH_TIMEOUT(monitor->chain()->recordsChecked >= inReport, FiguresDeadline);
    QTRY_VERIFY2_WITH_TIMEOUT(
        compliance->dashboard()->detailLine()->text().contains(
            QStringLiteral("(%1 records)").arg(monitor->chain()->recordsChecked)),
        qPrintable(compliance->dashboard()->detailLine()->text()), FiguresDeadline);
    report->close();
}

void TestConsoleFigures::sourceBoxFollowsAMigration()
{
    auto *compliance = m_console.window->compliance();
    auto *dialog = compliance->openMigration(QStringLiteral("ca-on-toronto"));
    QVERIFY(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->objectList()->count(), 2, FiguresDeadline);
    dialog->setFrom(QStringLiteral("us-east"));
    dialog->setTo(QStringLiteral("ca-central"));
    auto *fromBox = dialog->findChild<QComboBox *>(QStringLiteral("migrationFrom"));
    QVERIFY(fromBox);
    QVERIFY2(fromBox->currentText().contains("violating"), qPrintable(fromBox->currentText()));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->startButton()->isEnabled(), FiguresDeadline);

    QSignalSpy finished(dialog->progress(), &MigrationProgress::finished);
    QTest::mouseClick(dialog->startButton(), Qt::LeftButton);
    QVERIFY(finished.wait(FiguresDeadline));
    QCOMPARE(
        finished.first().first().value<MigrationProgress::Phase>(), MigrationProgress::Phase::Done);

    // The district is audited again; the box follows it: nothing left in us-east, both
    // objects (lawfully) in ca-central. The finished list stays on screen meanwhile.
    QTRY_VERIFY2_WITH_TIMEOUT(fromBox->currentText().contains("no objects left"),
        qPrintable(fromBox->currentText()), FiguresDeadline);
    QCOMPARE(dialog->from(), QStringLiteral("us-east"));
    const int canada = fromBox->findData(QStringLiteral("ca-central"));
    QVERIFY(canada >= 0);
    int inCanada = 0; // the daemon's own count, the two moved objects included
    for (const auto &o :
        m_env.daemon->request("GET", QStringLiteral("/residency/audit/ca-on-toronto"))
            .json()
            .value("objects")
            .toArray())
        inCanada += o.toObject().value("region").toString() == QLatin1String("ca-central");
    QVERIFY(inCanada >= 2);
    QVERIFY2(fromBox->itemText(canada).endsWith(QStringLiteral("%1 objects").arg(inCanada)),
        qPrintable(fromBox->itemText(canada)));
    for (int i = 0; i < fromBox->count(); ++i)
        QVERIFY2(!fromBox->itemText(i).contains("violating"), qPrintable(fromBox->itemText(i)));
    QCOMPARE(dialog->objectList()->count(), 2);
    QVERIFY(!dialog->startButton()->isEnabled());

    // Picking the source again loads what is there now.
    dialog->setFrom(QStringLiteral("ca-central"));
    QTRY_COMPARE_WITH_TIMEOUT(dialog->from(), QStringLiteral("ca-central"), FiguresDeadline);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->objectList()->count(), inCanada, FiguresDeadline);
    dialog->close();
}

void TestConsoleFigures::remediesInTheConsolesLanguage_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("language"); // the pack's text to expect; "en" for the plain one
    QTest::newRow("English") << "en_US"
                             << "en";
    QTest::newRow("German") << "de_DE"
                            << "de";
    QTest::newRow("French (Canada) gets the pack's French") << "fr_CA"
                                                            << "fr";
    QTest::newRow("Spanish") << "es_ES"
                             << "es";
    QTest::newRow("Japanese: none in the pack, English") << "ja_JP"
                                                         << "en";
}

void TestConsoleFigures::remediesInTheConsolesLanguage()
{
    QFETCH(QString, locale);
    QFETCH(QString, language);
    // What the pack says, read from the shipped file itself.
    QFile file(
        QDir(qEnvironmentVariable("RP_SOURCE_DIR")).filePath("resources/policies/default.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject inState;
    for (const auto &rule :
        QJsonDocument::fromJson(file.readAll()).object().value("rules").toArray())
        if (rule.toObject().value("id") == QLatin1String("us-student-records-in-state"))
            inState = rule.toObject();
    const auto expected = inState.value("remedy").toObject().value(language).toString();
    QVERIFY(!expected.isEmpty());

    // A console in @p locale asks the daemon in its language.
    QNetworkAccessManager network;
    ApiClient api(network);
    api.setBaseUrl(m_env.api->baseUrl());
    api.setToken(m_env.api->token());
    api.setLocale(QLocale(locale));
    ComplianceClient client(api);
    std::optional<AuditReport> report;
    client.fetchAudit(this, QStringLiteral("us-tx-houston"), [&](ApiResult<AuditReport> r) {
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message()));
        report = r.value();
    });
    QTRY_VERIFY_WITH_TIMEOUT(report.has_value(), FiguresDeadline);
    int denied = 0;
    for (const auto &object : std::as_const(report->objects)) {
        if (object.verdict.allowed || object.verdict.ruleId != inState.value("id").toString())
            continue;
        ++denied;
        QCOMPARE(object.verdict.remedy, expected);
    }
    QVERIFY(denied > 0); // Houston's misplaced student records
    // The audit trail, the legal evidence, stays in the pack's English.
    const auto trail
        = m_env.daemon->request("GET", "/audit?district=us-tx-houston&limit=1000").json();
    const auto records = trail.value("records").toArray();
    QVERIFY(!records.isEmpty());
    for (const auto &record : records) {
        const auto text = QString::fromUtf8(QJsonDocument(record.toObject()).toJson());
        QVERIFY2(language == QLatin1String("en") || !text.contains(expected), qPrintable(text));
    }
}

RP_TEST(TestConsoleFigures, "tst_consolefigures")
#include "tst_consolefigures.moc"
