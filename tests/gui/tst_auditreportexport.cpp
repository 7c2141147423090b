#include "gui/compliancefixtures.h"
#include "gui/widgetprobes.h"
#include "testmain.h"

#include "backend/core/residency/auditreport.h"
#include "models/compliance/auditobjectmodel.h"
#include "models/compliance/auditreportexporter.h"
#include "models/compliance/compliancecolors.h"
#include "ui/compliance/auditreportdialog.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>

namespace {

AuditReport report(const QByteArray &bytes)
{
    return AuditReport::fromJson(QJsonDocument::fromJson(bytes).object());
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestAuditReportExport : public QObject
{
    Q_OBJECT

private slots:
    void htmlNamesEveryViolationAndItsRemedy_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("houston") << ComplianceFixtures::houstonReport;
        QTest::newRow("toronto") << ComplianceFixtures::torontoReport;
    }

    void htmlNamesEveryViolationAndItsRemedy()
    {
        QFETCH(QByteArray, json);
        const auto r = report(json);
        const auto html = AuditReportExporter::toHtml(r);
        QVERIFY(!r.violations().isEmpty());
        for (const auto &v : r.violations()) {
            QVERIFY2(html.contains(v.key.toHtmlEscaped()), qPrintable(v.key));
            QVERIFY2(html.contains(v.verdict.remedy.toHtmlEscaped()), qPrintable(v.verdict.remedy));
            QVERIFY(html.contains(v.verdict.ruleId));
        }
        QVERIFY(html.contains(r.district.name.toHtmlEscaped()));
        QVERIFY(html.contains(QStringLiteral("Audit trail")));
        QVERIFY(html.contains(QStringLiteral("The audit trail is intact")));
        // Every trail record is listed.
        for (const auto &record : r.trail)
            QVERIFY(html.contains(QStringLiteral("<td>%1</td>").arg(record.seq)));
    }

    // Evidence a board can check: each placement outside the district's zone names the
    // agreement that makes it lawful, by reference and term, and data classes are in words.
    void htmlNamesTheAgreementBehindEachPlacement()
    {
        auto r = report(ComplianceFixtures::houstonReport);
        const QString id = QStringLiteral("530962b6-4544-4220-8c80-91c70a1093a3");
        const auto byConsent = std::find_if(r.objects.cbegin(), r.objects.cend(),
            [&](const AuditObject &o) { return o.verdict.consentIds.contains(id); });
        QVERIFY(byConsent != r.objects.cend());
        // Without the consent's record the id is all there is.
        QVERIFY(AuditReportExporter::agreementText(r, *byConsent).contains(id));

        Consent consent;
        consent.id = id;
        consent.districtId = QStringLiteral("us-tx-houston");
        consent.regionId = QStringLiteral("us-east");
        consent.reference = QStringLiteral("DPA-US-TX-HOUSTON-2026");
        consent.expires = QDateTime(QDate(2027, 6, 30), QTime(0, 0), Qt::UTC);
        r.consents = {consent};
        const QString text = AuditReportExporter::agreementText(r, *byConsent);
        QVERIFY2(text.startsWith(
                     QStringLiteral("\u201cDPA-US-TX-HOUSTON-2026\u201d (to us-east, until ")),
            qPrintable(text));
        QVERIFY(text.contains(QLocale().toString(QDate(2027, 6, 30), QLocale::ShortFormat)));
        const QString html = AuditReportExporter::toHtml(r);
        QVERIFY(html.contains(QStringLiteral("Placements lawful by agreement")));
        QVERIFY(html.contains(text.toHtmlEscaped()));
        QVERIFY(html.contains(byConsent->key.toHtmlEscaped()));
        QVERIFY(html.contains(QStringLiteral("Student records (student_pii)")));
        QVERIFY(!html.contains(QStringLiteral("<td>student_pii</td>")));
        // A report that relies on no agreement has no such section.
        for (auto &o : r.objects)
            o.verdict.consentIds.clear();
        QVERIFY(!AuditReportExporter::toHtml(r).contains(QStringLiteral("lawful by agreement")));
    }

    void plainVerdict_data()
    {
        QTest::addColumn<int>("violating");
        QTest::addColumn<bool>("storeError");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one violation") << 1 << false
                                       << "1 of 6 stored objects of Houston ISD is kept where the "
                                          "residency policy does not allow it.";
        QTest::newRow("clean")
            << 0 << false
            << "All 6 stored objects of Houston ISD are kept where the residency policy allows.";
        QTest::newRow("incomplete")
            << 0 << true << "could not be checked, so this audit is incomplete.";
    }

    void plainVerdict()
    {
        QFETCH(int, violating);
        QFETCH(bool, storeError);
        QFETCH(QString, expected);
        auto r = report(ComplianceFixtures::houstonReport);
        r.violating = violating;
        r.compliant = r.totalObjects - violating;
        if (storeError)
            r.storeErrors.append({QStringLiteral("eu-west"), QStringLiteral("connection refused")});
        QVERIFY2(AuditReportExporter::plainVerdict(r).contains(expected),
            qPrintable(AuditReportExporter::plainVerdict(r)));
    }

    void brokenChainIsSpelledOut()
    {
        auto r = report(ComplianceFixtures::houstonReport);
        r.chain.ok = false;
        r.chain.firstBadSeq = 7;
        r.chain.failure = AuditVerifyResult::Failure::HashMismatch;
        r.chain.reason = QStringLiteral("record 7 was edited");
        const auto text = AuditReportExporter::chainSummary(r);
        QVERIFY(text.contains(QStringLiteral("FAILED")));
        QVERIFY(text.contains(QStringLiteral("7")));
        QVERIFY(text.contains(QStringLiteral("hash_mismatch")));
        QVERIFY(AuditReportExporter::toHtml(r).contains(QStringLiteral("record 7 was edited")));
    }

    void pdfIsWritten()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("houston.pdf"));
        QString error;
        QVERIFY2(
            AuditReportExporter::exportPdf(report(ComplianceFixtures::houstonReport), path, &error),
            qPrintable(error));
        const auto bytes = readAll(path);
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY2(bytes.size() > 8000, qPrintable(QString::number(bytes.size())));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
    }

    // The PDF as a reader gets it, read back by poppler: it names the agreement, and no page is
    // near empty (a lone heading or footer pushed onto a page of its own).
    void pdfReadsBackWithNoNearEmptyPage()
    {
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        QVERIFY2(!pdftotext.isEmpty(), "pdftotext missing: run scripts/setup.sh --tests");
        auto r = report(ComplianceFixtures::houstonReport);
        Consent consent;
        consent.id = QStringLiteral("530962b6-4544-4220-8c80-91c70a1093a3");
        consent.regionId = QStringLiteral("us-east");
        consent.reference = QStringLiteral("DPA-US-TX-HOUSTON-2026");
        consent.expires = QDateTime(QDate(2027, 6, 30), QTime(0, 0), Qt::UTC);
        r.consents = {consent};
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("houston.pdf"));
        QString error;
        QVERIFY2(AuditReportExporter::exportPdf(r, pdf, &error), qPrintable(error));
        QProcess tool;
        tool.start(pdftotext, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY(tool.waitForFinished(20000));
        QCOMPARE(tool.exitCode(), 0);
        const QString text = QString::fromUtf8(tool.readAllStandardOutput());
        // Table cells wrap: compare without the line breaks.
        const QString flat = QString(text).remove(QRegularExpression(QStringLiteral("\\s")));
        QVERIFY2(flat.contains(QStringLiteral("DPA-US-TX-HOUSTON-2026")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Placements lawful by agreement")));
        QVERIFY(text.contains(QStringLiteral("Student records")));
        QStringList pages = text.split(QLatin1Char('\f'));
        if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
            pages.removeLast(); // the form feed after the last page
        QVERIFY(!pages.isEmpty());
        for (int i = 0; i < pages.size(); ++i) {
            const qsizetype letters
                = QString(pages.at(i)).remove(QRegularExpression(QStringLiteral("\\s"))).size();
            QVERIFY2(letters >= 300,
                qPrintable(QStringLiteral("page %1 of %2 holds only %3 characters")
                               .arg(i + 1)
                               .arg(pages.size())
                               .arg(letters)));
        }
    }

    // Not a check of the PDF's pixels (no PDF renderer here) but of the same document laid out
    // on an A4 page: the first page must show the title and the violation.
    void firstPageLayout()
    {
        const auto r = report(ComplianceFixtures::houstonReport);
        QTextDocument document;
        document.setDefaultFont(QFont(QStringLiteral("Sans Serif"), 10));
        document.setHtml(AuditReportExporter::toHtml(r));
        const QSize page(794, 1123); // A4 at 96 dpi
        const int margin = 76; // 2 cm, as QTextDocument::print
        document.setPageSize(QSizeF(page.width() - 2 * margin, page.height() - 2 * margin));
        QVERIFY(document.pageCount() >= 1);
        QImage image(page, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.translate(margin, margin);
        document.drawContents(
            &painter, QRectF(0, 0, page.width() - 2 * margin, page.height() - 2 * margin));
        painter.end();
        const auto dir = qEnvironmentVariable("RP_COMPLIANCE_SHOTS");
        if (!dir.isEmpty())
            image.save(QDir(dir).filePath(QStringLiteral("auditreport-page1.png")));
        // The violation box (paper red) is on page one.
        bool red = false;
        for (int y = 0; y < image.height() && !red; y += 4)
            red = image.pixelColor(page.width() / 2, y) == ComplianceColors::violationPaper();
        QVERIFY(red);
    }

    void pdfFailureIsReported()
    {
        QString error;
        QVERIFY(!AuditReportExporter::exportPdf(report(ComplianceFixtures::houstonReport),
            QStringLiteral("/nonexistent-dir/x/report.pdf"), &error));
        QVERIFY(error.contains(QStringLiteral("/nonexistent-dir/x/report.pdf")));
    }

    void csvIsSavedAsIs()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("audit.csv"));
        // Bytes a spreadsheet would mangle if we re-encoded them: BOM-less UTF-8, CRLF, quotes.
        const QByteArray csv
            = "region,key,remedy\r\nus-west,\"us-tx-houston/student_pii/roster-copy.csv\","
              "\"Place the data in a region whose jurisdiction is the district's state\"\r\n"
              "eu-central,m\xC3\xBCnchen.csv,'=SUM(A1)\r\n";
        QString error;
        QVERIFY2(AuditReportExporter::writeCsv(csv, path, &error), qPrintable(error));
        QCOMPARE(readAll(path), csv);
        QVERIFY(
            !AuditReportExporter::writeCsv(csv, QStringLiteral("/nonexistent-dir/a.csv"), &error));
        QVERIFY(!error.isEmpty());
    }

    void dialogShowsAndExports()
    {
        QStandardPaths::setTestModeEnabled(true); // settings go to a test location
        AuditReportDialog dialog(nullptr);
        dialog.setReport(report(ComplianceFixtures::torontoReport));
        dialog.resize(1100, 700);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.summaryLabel()->text().contains(QStringLiteral("Action needed")));
        QVERIFY(dialog.summaryLabel()->text().contains(
            QStringLiteral("Toronto District School Board")));
        // Violations first, highlighted, and the first one explained below the table.
        auto *view = dialog.objectsView();
        const auto first = view->model()->index(0, AuditObjectModel::KeyColumn);
        QCOMPARE(first.data().toString(),
            QStringLiteral("ca-on-toronto/student_pii/roster-dr-copy.csv"));
        QTRY_VERIFY(dialog.detailView()->toPlainText().contains(QStringLiteral("What to do:")));
        QVERIFY(dialog.detailView()->toPlainText().contains(QStringLiteral("Canadian region")));
        view->clearSelection(); // the selection colour would hide the verdict tint
        const QImage image = view->viewport()->grab().toImage();
        const QRect rect = view->visualRect(first);
        const auto pixel = image.pixelColor(
            QPoint(rect.right() - 3, rect.center().y()) * image.devicePixelRatio());
        QVERIFY2(isRedish(pixel), qPrintable(pixel.name()));

        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("toronto.pdf"));
        QString error;
        QVERIFY2(dialog.exportPdf(path, &error), qPrintable(error));
        QVERIFY(readAll(path).startsWith("%PDF"));
        // Issue #10.10: the next export starts in the folder this one went to.
        QCOMPARE(QFileInfo(dialog.suggestedPath(QStringLiteral("csv"))).absolutePath(),
            QFileInfo(path).absolutePath());
    }
};

RP_TEST(TestAuditReportExport, "tst_auditreportexport")
#include "tst_auditreportexport.moc"
