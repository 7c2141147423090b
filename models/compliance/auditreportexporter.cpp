#include "models/compliance/auditreportexporter.h"

#include "backend/core/residency/auditreport.h"
#include "models/compliance/audittrailmodel.h"
#include "models/compliance/compliancecolors.h"
#include "models/compliance/compliancelogging.h"
#include "models/compliance/complianceregimes.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString when(const QDateTime &time)
{
    if (!time.isValid())
        return QString();
    return QStringLiteral("%1 (%2 UTC)")
        .arg(QLocale().toString(time.toLocalTime(), QLocale::LongFormat),
            time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

QString districtLabel(const AuditReport &report)
{
    return report.district.name.isEmpty() ? report.district.id : report.district.name;
}

} // namespace

QString AuditReportExporter::plainVerdict(const AuditReport &report)
{
    const auto name = districtLabel(report);
    QString text;
    if (report.totalObjects == 0)
        text = tr("No stored data of %1 was found in any region.").arg(name);
    else if (report.violating == 0)
        text = (report.totalObjects == 1
                ? tr("The one stored object of %1 is kept where the residency policy allows.")
                : tr("All %1 stored objects of %2 are kept where the residency policy allows.")
                      .arg(report.totalObjects))
                   .arg(name);
    else
        text = report.violating == 1
            ? tr("1 of %1 stored objects of %2 is kept where the residency policy does not "
                 "allow it. The violation below names the rule it breaks and what would fix it.")
                  .arg(report.totalObjects)
                  .arg(name)
            : tr("%1 of %2 stored objects of %3 are kept where the residency policy does not "
                 "allow them. Each violation below names the rule it breaks and what would fix "
                 "it.")
                  .arg(report.violating)
                  .arg(report.totalObjects)
                  .arg(name);
    if (!report.storeErrors.isEmpty())
        text += QLatin1Char(' ')
            + (report.storeErrors.size() == 1
                    ? tr("One storage location could not be checked, so this audit is incomplete.")
                    : tr("%1 storage locations could not be checked, so this audit is incomplete.")
                          .arg(report.storeErrors.size()));
    return text;
}

QString AuditReportExporter::chainSummary(const AuditReport &report)
{
    const auto &c = report.chain;
    if (c.ok)
        return tr("The audit trail is intact: all %1 records of the hash chain verified.")
            .arg(c.recordsChecked);
    return tr("The audit trail FAILED verification at record %1 (%2): %3. Records after it "
              "cannot be trusted until this is investigated.")
        .arg(c.firstBadSeq)
        .arg(AuditVerifyResult::failureName(c.failure), c.reason);
}

QString AuditReportExporter::consentLabel(const Consent &consent)
{
    return tr("\u201c%1\u201d (to %2, until %3)")
        .arg(consent.reference, consent.regionId,
            QLocale().toString(consent.expires.toLocalTime().date(), QLocale::ShortFormat));
}

QString AuditReportExporter::agreementText(const AuditReport &report, const AuditObject &object)
{
    QStringList texts;
    for (const auto &id : object.verdict.consentIds) {
        const Consent *c = report.consent(id);
        texts << (c ? consentLabel(*c) : tr("consent %1").arg(id));
    }
    return texts.join(QStringLiteral("; "));
}

QString AuditReportExporter::toHtml(const AuditReport &report)
{
    const auto violations = report.violations();
    const bool clean = report.isCompliant();
    const auto bannerColor
        = clean ? ComplianceColors::compliantPaper() : ComplianceColors::violationPaper();
    const auto strong = clean ? QColor(0x00, 0x6E, 0x50) : QColor(0xA3, 0x3A, 0x00);

    QString html;
    html += QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title></head>"
                           "<body style=\"font-family: sans-serif; font-size: 10pt;\">")
                .arg(esc(tr("Residency audit — %1").arg(districtLabel(report))));
    html += QStringLiteral("<h1 style=\"font-size: 18pt;\">%1</h1>")
                .arg(esc(tr("Residency audit: %1").arg(districtLabel(report))));

    // Summary
    html += QStringLiteral("<table cellpadding=\"3\" cellspacing=\"0\">");
    const auto row = [&html](const QString &label, const QString &value) {
        html
            += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(label), esc(value));
    };
    row(tr("District"),
        QStringLiteral("%1 (%2)").arg(report.district.id, report.district.jurisdiction));
    row(tr("Report generated"), when(report.generatedAt));
    QStringList held;
    for (const auto &cls : report.district.dataClasses)
        held.append(ComplianceRegimes::dataClassLabel(cls));
    row(tr("Data classes held"), held.join(QStringLiteral(", ")));
    row(tr("Objects checked"),
        tr("%1 (%2)").arg(report.totalObjects).arg(QLocale().formattedDataSize(report.bytes)));
    row(tr("Compliant"), QString::number(report.compliant));
    row(tr("Violating"), QString::number(report.violating));
    html += QStringLiteral("</table>");

    html += QStringLiteral("<table width=\"100%\" cellpadding=\"8\" cellspacing=\"0\" "
                           "style=\"margin-top: 8px;\"><tr><td bgcolor=\"%1\">"
                           "<p style=\"font-size: 12pt; color: %2;\"><b>%3</b></p>"
                           "<p>%4</p><p>%5</p></td></tr></table>")
                .arg(bannerColor.name(), strong.name(),
                    esc(clean ? tr("Verdict: compliant") : tr("Verdict: action needed")),
                    esc(plainVerdict(report)), esc(chainSummary(report)));

    // Violations with their remedies, the part a board member acts on.
    html += QStringLiteral("<h2 style=\"font-size: 14pt;\">%1</h2>")
                .arg(esc(tr("Violations and what to do")));
    if (violations.isEmpty()) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("None. Every object is stored where a rule allows it.")));
    } else {
        int n = 0;
        for (const auto &v : violations) {
            html += QStringLiteral("<table width=\"100%\" cellpadding=\"5\" cellspacing=\"0\" "
                                   "style=\"margin-bottom: 6px;\"><tr><td bgcolor=\"%1\">")
                        .arg(ComplianceColors::violationPaper().name());
            html += QStringLiteral("<p><b>%1. %2</b></p>").arg(++n).arg(esc(v.key));
            html += QStringLiteral("<p>%1</p>")
                        .arg(esc(
                            tr("%1 data stored in %2 (%3), which rule \"%4\" (%5) does not allow.")
                                .arg(ComplianceRegimes::dataClassLabel(v.dataClass), v.region,
                                    v.jurisdiction, v.verdict.ruleId,
                                    ComplianceRegimes::displayName(
                                        ComplianceRegimes::forVerdict(v.verdict)))));
            if (!v.verdict.legalBasis.isEmpty())
                html += QStringLiteral("<p><i>%1</i> %2</p>")
                            .arg(esc(tr("Legal basis:")), esc(v.verdict.legalBasis));
            html += QStringLiteral("<p><b>%1</b> %2</p>")
                        .arg(esc(tr("Remedy:")),
                            esc(v.verdict.remedy.isEmpty() ? tr("(the policy names none)")
                                                           : v.verdict.remedy));
            html += QStringLiteral("</td></tr></table>");
        }
    }

    // The agreements that make placements outside the district's own zone lawful: what a
    // board member is asked to check (reference and term).
    QList<const AuditObject *> byAgreement;
    for (const auto &o : report.objects)
        if (o.verdict.allowed && !o.verdict.consentIds.isEmpty())
            byAgreement.append(&o);
    if (!byAgreement.isEmpty()) {
        html += QStringLiteral("<h2 style=\"font-size: 14pt;\">%1</h2>")
                    .arg(esc(tr("Placements lawful by agreement")));
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("These objects are stored outside the district's own zone. Each "
                                "is lawful only because of the agreement named, until it "
                                "expires.")));
        html += QStringLiteral("<table width=\"100%\" border=\"1\" cellpadding=\"3\" "
                               "cellspacing=\"0\" style=\"border-collapse: collapse;\">"
                               "<tr bgcolor=\"#e8e8e8\"><th>%1</th><th>%2</th><th>%3</th>"
                               "<th>%4</th></tr>")
                    .arg(esc(tr("Object")), esc(tr("Stored in")), esc(tr("Data")),
                        esc(tr("Agreement")));
        for (const AuditObject *o : std::as_const(byAgreement))
            html += QStringLiteral("<tr><td>%1</td><td>%2 (%3)</td><td>%4</td><td>%5</td></tr>")
                        .arg(esc(o->key), esc(o->region), esc(o->jurisdiction),
                            esc(ComplianceRegimes::dataClassLabel(o->dataClass)),
                            esc(agreementText(report, *o)));
        html += QStringLiteral("</table>");
    }

    if (!report.storeErrors.isEmpty()) {
        html += QStringLiteral("<h2 style=\"font-size: 14pt;\">%1</h2><ul>")
                    .arg(esc(tr("Storage that could not be checked")));
        for (const auto &e : report.storeErrors)
            html += QStringLiteral("<li><b>%1</b>: %2</li>").arg(esc(e.region), esc(e.error));
        html += QStringLiteral("</ul>");
    }

    // Every object.
    html += QStringLiteral("<h2 style=\"font-size: 14pt;\">%1</h2>")
                .arg(esc(tr("All stored objects")));
    html += QStringLiteral("<table width=\"100%\" border=\"1\" cellpadding=\"3\" cellspacing=\"0\" "
                           "style=\"border-collapse: collapse; font-size: 8pt;\">");
    html += QStringLiteral(
        "<tr bgcolor=\"#e8e8e8\"><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th>"
        "<th>%6</th></tr>")
                .arg(esc(tr("Verdict")), esc(tr("Region")), esc(tr("Object")),
                    esc(tr("Data class")), esc(tr("Rule")), esc(tr("Agreement")));
    // Violations first, then the report's order.
    auto objects = report.objects;
    std::stable_sort(
        objects.begin(), objects.end(), [](const AuditObject &a, const AuditObject &b) {
            return a.isViolation() && !b.isViolation();
        });
    for (const auto &o : std::as_const(objects)) {
        html
            += QStringLiteral("<tr bgcolor=\"%1\"><td>%2</td><td>%3 (%4)</td><td>%5</td><td>%6</td>"
                              "<td>%7</td><td>%8</td></tr>")
                   .arg((o.isViolation() ? ComplianceColors::violationPaper()
                                         : ComplianceColors::compliantPaper())
                            .name(),
                       esc(o.isViolation() ? tr("Violation") : tr("Compliant")), esc(o.region),
                       esc(o.jurisdiction), esc(o.key),
                       esc(ComplianceRegimes::dataClassLabel(o.dataClass)), esc(o.verdict.ruleId),
                       esc(agreementText(report, o)));
    }
    html += QStringLiteral("</table>");

    // Audit trail.
    html += QStringLiteral("<h2 style=\"font-size: 14pt;\">%1</h2>").arg(esc(tr("Audit trail")));
    if (report.trail.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("No audit records name this district.")));
    } else {
        html += QStringLiteral(
            "<table width=\"100%\" border=\"1\" cellpadding=\"3\" cellspacing=\"0\" "
            "style=\"border-collapse: collapse; font-size: 8pt;\">");
        html += QStringLiteral(
            "<tr bgcolor=\"#e8e8e8\"><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                    .arg(esc(tr("Seq")), esc(tr("Time (UTC)")), esc(tr("Action")), esc(tr("Who")),
                        esc(tr("Details")));
        for (const auto &r : report.trail) {
            html += QStringLiteral(
                "<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                        .arg(r.seq)
                        .arg(esc(r.time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))),
                            esc(AuditTrailModel::actionLabel(r.action)), esc(r.actor),
                            esc(AuditTrailModel::describe(r)));
        }
        html += QStringLiteral("</table>");
    }

    // Chain.
    html += QStringLiteral("<h2 style=\"font-size: 14pt;\">%1</h2>")
                .arg(esc(tr("Audit chain verification")));
    html += QStringLiteral("<p style=\"color: %1;\"><b>%2</b></p>")
                .arg(report.chain.ok ? QStringLiteral("#006e50") : QStringLiteral("#a33a00"),
                    esc(chainSummary(report)));
    html += QStringLiteral("<p style=\"font-size: 8pt;\">%1</p>")
                .arg(esc(tr("Last verified record: %1. Head hash: %2. Compare the head hash with a "
                            "copy kept elsewhere to detect a truncated trail.")
                             .arg(report.chain.lastSeq)
                             .arg(report.chain.headHash)));
    html += QStringLiteral("<p style=\"font-size: 8pt; color: #666666;\">%1</p>")
                .arg(esc(tr("Produced by the Regional Pods console from the daemon's report of %1.")
                             .arg(report.generatedAt.toUTC().toString(Qt::ISODateWithMs))));
    html += QStringLiteral("</body></html>");
    return html;
}

bool AuditReportExporter::exportPdf(const AuditReport &report, const QString &path, QString *error)
{
    {
        // QPdfWriter cannot say why it failed; find out first whether the file can be written.
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            if (error)
                *error = tr("Cannot write %1: %2").arg(path, probe.errorString());
            qCWarning(lcCompliance).noquote()
                << "PDF export failed:" << probe.errorString() << path;
            return false;
        }
    }
    QPdfWriter writer(path);
    writer.setTitle(tr("Residency audit — %1").arg(districtLabel(report)));
    writer.setCreator(QStringLiteral("Regional Pods"));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    QTextDocument document;
    document.setDefaultFont(QFont(QStringLiteral("Sans Serif"), 10));
    document.setHtml(toHtml(report));
    // Not paginated yet: print() lays it out on the page and numbers the pages.
    document.print(&writer);
    if (QFileInfo(path).size() == 0) {
        if (error)
            *error = tr("Writing the PDF to %1 failed").arg(path);
        return false;
    }
    qCInfo(lcCompliance).noquote()
        << "audit report of" << report.district.id << "exported to" << path;
    return true;
}

bool AuditReportExporter::writeCsv(const QByteArray &csv, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        qCWarning(lcCompliance).noquote() << "CSV export failed:" << file.errorString() << path;
        return false;
    }
    return true;
}
