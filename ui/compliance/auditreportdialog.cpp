#include "ui/compliance/auditreportdialog.h"

#include "models/compliance/auditobjectmodel.h"
#include "models/compliance/auditreportexporter.h"
#include "models/compliance/audittrailmodel.h"
#include "models/compliance/complianceclient.h"
#include "models/compliance/compliancecolors.h"
#include "models/compliance/compliancelogging.h"
#include "models/compliance/complianceregimes.h"
#include "ui/screenfit.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

// "directory:/var/lib/…/stores/us-west" is the daemon's business; people read which store in
// which region holds the object (an S3 store keeps its bucket, which an admin can look up).
QString storeLabel(const QString &store, const QString &region)
{
    if (store.startsWith(QLatin1String("s3://"))) // s3://bucket/prefix@endpoint
        return AuditReportDialog::tr("S3 bucket %1 in %2")
            .arg(store.mid(5).section(QLatin1Char('@'), 0, 0).section(QLatin1Char('/'), 0, 0),
                region);
    return AuditReportDialog::tr("object store of %1").arg(region);
}

QTableView *makeReportTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setTabKeyNavigation(false); // Tab leaves the table; arrows move within it
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->setAlternatingRowColors(false); // the verdict tint is the row colour
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

const QString kExportDirKey = QStringLiteral("compliance/exportDir");

QString defaultFileName(const QString &districtId, const QString &suffix)
{
    // The folder of the last export, else Documents.
    const auto dir = QSettings()
                         .value(kExportDirKey,
                             QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                         .toString();
    return QDir(dir).filePath(
        QStringLiteral("residency-audit-%1-%2.%3")
            .arg(districtId, QDate::currentDate().toString(Qt::ISODate), suffix));
}

} // namespace

AuditReportDialog::AuditReportDialog(ComplianceClient *client, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_objects(new AuditObjectModel(this))
    , m_trail(new AuditTrailModel(this))
    , m_sortedObjects(new QSortFilterProxyModel(this))
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_objectsView(nullptr)
    , m_detail(new QTextBrowser(this))
    , m_trailView(nullptr)
    , m_chain(new QTextBrowser(this))
    , m_status(new QLabel(this))
    , m_pdfButton(new QPushButton(tr("Export &PDF…"), this))
    , m_csvButton(new QPushButton(tr("Export &CSV…"), this))
    , m_refreshButton(new QPushButton(tr("&Refresh"), this))
    , m_migrateButton(new QPushButton(tr("&Migrate…"), this))
    , m_consentButton(new QPushButton(tr("Record C&onsent…"), this))
{
    setObjectName(QStringLiteral("auditReportDialog"));
    setWindowTitle(tr("Residency audit"));
    resizeToFitScreen(this, QSize(1240, 780));

    m_summary->setObjectName(QStringLiteral("auditSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setMargin(12);
    m_summary->setAutoFillBackground(true);
    m_summary->setText(tr("Loading the audit…"));

    m_sortedObjects->setSourceModel(m_objects);
    m_sortedObjects->setSortRole(AuditObjectModel::SeverityRole);
    m_objectsView = makeReportTable(m_sortedObjects, this);
    m_objectsView->setObjectName(QStringLiteral("auditObjects"));
    // Violations first; rows keep the report's order otherwise (the sort is stable).
    m_sortedObjects->sort(AuditObjectModel::VerdictColumn, Qt::DescendingOrder);
    auto *header = m_objectsView->horizontalHeader();
    // The key names the object: it gets the room it needs; the remedy takes the rest (all of
    // it is in the detail pane below and in the tooltip).
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(AuditObjectModel::KeyColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AuditObjectModel::RuleColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AuditObjectModel::RemedyColumn, QHeaderView::Stretch);
    header->resizeSection(AuditObjectModel::VerdictColumn, 105);
    header->resizeSection(AuditObjectModel::RegionColumn, 95);
    header->resizeSection(AuditObjectModel::JurisdictionColumn, 85);
    header->resizeSection(AuditObjectModel::DataClassColumn, 115);
    header->resizeSection(AuditObjectModel::SizeColumn, 75);
    connect(m_objectsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { showDetail(current); });

    m_detail->setObjectName(QStringLiteral("auditObjectDetail"));
    m_detail->setOpenLinks(false);
    auto *objectsSplit = new QSplitter(Qt::Vertical, this);
    objectsSplit->addWidget(m_objectsView);
    objectsSplit->addWidget(m_detail);
    objectsSplit->setStretchFactor(0, 3);
    objectsSplit->setStretchFactor(1, 2);

    m_trailView = makeReportTable(m_trail, this);
    m_trailView->setObjectName(QStringLiteral("auditTrail"));
    m_trailView->horizontalHeader()->setSectionResizeMode(
        AuditTrailModel::DetailsColumn, QHeaderView::Stretch);
    m_trailView->horizontalHeader()->resizeSection(AuditTrailModel::SeqColumn, 50);
    m_trailView->horizontalHeader()->resizeSection(AuditTrailModel::TimeColumn, 140);
    m_trailView->horizontalHeader()->resizeSection(AuditTrailModel::ActionColumn, 140);
    m_trailView->horizontalHeader()->resizeSection(AuditTrailModel::ActorColumn, 120);

    m_tabs->addTab(objectsSplit, tr("Objects"));
    m_tabs->addTab(m_trailView, tr("Audit trail"));
    m_tabs->addTab(m_chain, tr("Chain verification"));

    m_status->setObjectName(QStringLiteral("auditStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_pdfButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_csvButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_refreshButton, QDialogButtonBox::ResetRole);
    // The remedies, acted on from where they are read.
    buttons->addButton(m_migrateButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_consentButton, QDialogButtonBox::ActionRole);
    m_migrateButton->setObjectName(QStringLiteral("auditMigrate"));
    m_consentButton->setObjectName(QStringLiteral("auditRecordConsent"));
    m_migrateButton->setToolTip(tr("Move this district's misplaced objects to a region its "
                                   "policy allows"));
    m_consentButton->setToolTip(tr("Record the agreement that makes a placement lawful, where "
                                   "the rule accepts one"));
    connect(m_migrateButton, &QPushButton::clicked, this,
        [this] { emit migrateRequested(m_districtId); });
    connect(m_consentButton, &QPushButton::clicked, this,
        [this] { emit consentRequested(m_districtId); });
    updateRemedies();
    m_pdfButton->setObjectName(QStringLiteral("exportPdf"));
    m_csvButton->setObjectName(QStringLiteral("exportCsv"));
    m_pdfButton->setEnabled(false);
    m_csvButton->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_pdfButton, &QPushButton::clicked, this, &AuditReportDialog::choosePdfPath);
    connect(m_csvButton, &QPushButton::clicked, this, &AuditReportDialog::chooseCsvPath);
    connect(m_refreshButton, &QPushButton::clicked, this, &AuditReportDialog::refresh);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
}

AuditReportDialog::~AuditReportDialog() = default;

void AuditReportDialog::loadDistrict(const QString &districtId)
{
    if (districtId != m_districtId && (!m_report || m_report->district.id != districtId)) {
        m_report.reset();
        m_objects->clear();
        m_trail->setRecords({});
        m_summary->setText(tr("Loading the audit of %1…").arg(districtId.toHtmlEscaped()));
        m_pdfButton->setEnabled(false);
        m_csvButton->setEnabled(false);
    }
    m_districtId = districtId;
    refresh();
}

void AuditReportDialog::refresh()
{
    if (m_districtId.isEmpty() || !m_client)
        return;
    m_loading = true;
    m_refreshButton->setEnabled(false);
    setStatus(tr("Auditing %1: listing every store…").arg(m_districtId), false);
    m_fetch.cancel(); // a newer audit supersedes the one in flight
    m_fetch = m_client->fetchAudit(this, m_districtId, [this](ApiResult<AuditReport> result) {
        m_loading = false;
        m_refreshButton->setEnabled(true);
        if (!result) {
            const auto message = tr("The audit of %1 could not be loaded: %2")
                                     .arg(m_districtId, result.error().message());
            setStatus(message, true);
            return;
        }
        setReport(result.value());
    });
    // The consents the verdicts rely on, by reference and term rather than by id.
    m_consentFetch.cancel();
    m_consentFetch
        = m_client->fetchConsents(this, m_districtId, [this](ApiResult<QList<Consent>> result) {
              if (!result)
                  return; // the ids stay: less readable, not wrong
              m_consents.clear();
              for (const auto &consent : result.value())
                  m_consents.insert(consent.id, consent);
              if (m_objectsView->currentIndex().isValid())
                  showDetail(m_objectsView->currentIndex());
          });
}

void AuditReportDialog::setRemediesOffered(bool offered)
{
    m_remediesOffered = offered;
    updateRemedies();
}

void AuditReportDialog::updateRemedies()
{
    const bool violations = m_report && m_report->violating > 0;
    for (QPushButton *b : {m_migrateButton, m_consentButton}) {
        b->setVisible(m_remediesOffered);
        b->setEnabled(violations);
    }
}

QString AuditReportDialog::consentText(const QString &id) const
{
    // The report names the consents it relies on; the district's list covers older daemons.
    if (const Consent *c = m_report ? m_report->consent(id) : nullptr)
        return AuditReportExporter::consentLabel(*c);
    const auto it = m_consents.constFind(id);
    return it == m_consents.cend() ? id : AuditReportExporter::consentLabel(*it);
}

void AuditReportDialog::setReport(const AuditReport &report)
{
    m_districtId = report.district.id;
    m_report = report;
    m_objects->setReport(report);
    m_trail->setRecords(report.trail);
    m_trailView->scrollToBottom();
    setWindowTitle(tr("Residency audit — %1").arg(report.district.name));
    showSummary();
    showChain();
    m_tabs->setTabText(0,
        report.violating > 0
            ? tr("Objects (%1, %2 violating)").arg(report.totalObjects).arg(report.violating)
            : tr("Objects (%1)").arg(report.totalObjects));
    m_tabs->setTabText(1, tr("Audit trail (%1)").arg(report.trail.size()));
    m_tabs->setTabText(2, report.chain.ok ? tr("Chain: intact") : tr("Chain: BROKEN"));
    m_pdfButton->setEnabled(true);
    m_csvButton->setEnabled(true);
    updateRemedies();
    // Explain the first row (a violation, if any) without selecting it: the selection colour
    // would hide its red.
    showDetail(m_objectsView->currentIndex().isValid() ? m_objectsView->currentIndex()
                                                       : m_sortedObjects->index(0, 0));
    setStatus(report.storeErrors.isEmpty()
            ? QString()
            : tr("Some stores could not be listed: %1").arg([&] {
                  QStringList parts;
                  for (const auto &e : report.storeErrors)
                      parts.append(e.region + QStringLiteral(": ") + e.error);
                  return parts.join(QStringLiteral("; "));
              }()),
        !report.storeErrors.isEmpty());
    emit reportLoaded(report);
}

void AuditReportDialog::showSummary()
{
    const auto &r = *m_report;
    const bool clean = r.isCompliant();
    QPalette palette = m_summary->palette();
    palette.setColor(QPalette::Window,
        clean ? ComplianceColors::compliantRow() : ComplianceColors::violationRow());
    palette.setColor(QPalette::WindowText, Qt::white);
    m_summary->setPalette(palette);
    const auto headline = clean ? tr("Compliant") : tr("Action needed");
    const auto counts
        = tr("%n object(s) (%1) · %2 compliant · %3 violating", nullptr, int(r.totalObjects))
              .arg(QLocale().formattedDataSize(r.bytes))
              .arg(r.compliant)
              .arg(r.violating);
    m_summary->setText(
        QStringLiteral("<div style='font-size:15pt; font-weight:bold;'>%1 — %2</div>"
                       "<div>%3 · %4 · %5</div>"
                       "<div style='margin-top:6px; font-size:11pt;'>%6</div>"
                       "<div style='margin-top:4px;'>%7</div>")
            .arg(r.district.name.toHtmlEscaped(), headline.toHtmlEscaped(),
                QStringLiteral("%1, %2")
                    .arg(r.district.id, r.district.jurisdiction)
                    .toHtmlEscaped(),
                tr("generated %1")
                    .arg(QLocale().toString(r.generatedAt.toLocalTime(), QLocale::ShortFormat))
                    .toHtmlEscaped(),
                counts.toHtmlEscaped(), AuditReportExporter::plainVerdict(r).toHtmlEscaped(),
                AuditReportExporter::chainSummary(r).toHtmlEscaped()));
}

void AuditReportDialog::showDetail(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid()) {
        m_detail->setHtml(m_report && m_report->objects.isEmpty()
                ? tr("<p>No stored data of this district was found.</p>")
                : QString());
        return;
    }
    const auto o = m_objects->object(m_sortedObjects->mapToSource(proxyIndex).row());
    const bool violation = o.isViolation();
    const auto regime = ComplianceRegimes::displayName(ComplianceRegimes::forVerdict(o.verdict));
    QString html
        = QStringLiteral("<h3 style='color:%1'>%2</h3>")
              .arg((violation ? ComplianceColors::violation() : ComplianceColors::compliant())
                       .name(),
                  (violation ? tr("Violation: %1") : tr("Compliant: %1"))
                      .arg(o.key)
                      .toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg((violation ? tr("%1 data stored in %2 (%3) — not allowed by rule “%4” (%5).")
                                : tr("%1 data stored in %2 (%3) — allowed by rule “%4” (%5)."))
                         .arg(ComplianceRegimes::dataClassLabel(o.dataClass), o.region,
                             o.jurisdiction, o.verdict.ruleId, regime)
                         .toHtmlEscaped());
    if (violation)
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("What to do:").toHtmlEscaped(),
                        (o.verdict.remedy.isEmpty() ? tr("the policy names no remedy")
                                                    : o.verdict.remedy)
                            .toHtmlEscaped());
    if (!o.verdict.legalBasis.isEmpty())
        html += QStringLiteral("<p><i>%1</i> %2</p>")
                    .arg(tr("Legal basis:").toHtmlEscaped(), o.verdict.legalBasis.toHtmlEscaped());
    if (!o.verdict.consentIds.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Allowed thanks to consent %1.")
                             .arg([&] {
                                 QStringList texts;
                                 for (const auto &id : o.verdict.consentIds)
                                     texts.append(consentText(id));
                                 return texts.join(QStringLiteral(", "));
                             }())
                             .toHtmlEscaped());
    html += QStringLiteral("<p style='color:#a0a0a0; font-size:9pt;'>%1</p>")
                .arg(tr("%1 · %2 · SHA-256 %3 · modified %4")
                         .arg(storeLabel(o.store, o.region), QLocale().formattedDataSize(o.size),
                             o.sha256,
                             QLocale().toString(o.modified.toLocalTime(), QLocale::ShortFormat))
                         .toHtmlEscaped());
    m_detail->setHtml(html);
}

void AuditReportDialog::showChain()
{
    const auto &c = m_report->chain;
    QString html
        = QStringLiteral("<h3 style='color:%1'>%2</h3><p>%3</p>")
              .arg((c.ok ? ComplianceColors::compliant() : ComplianceColors::violation()).name(),
                  (c.ok ? tr("The audit chain is intact") : tr("The audit chain is broken"))
                      .toHtmlEscaped(),
                  AuditReportExporter::chainSummary(*m_report).toHtmlEscaped());
    html += QStringLiteral("<table cellpadding='3'>");
    const auto row = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Records checked"), QString::number(c.recordsChecked));
    row(tr("Last good record"), QString::number(c.lastSeq));
    row(tr("Head hash"), c.headHash);
    if (!c.ok) {
        row(tr("First bad record"), QString::number(c.firstBadSeq));
        row(tr("Failure"), AuditVerifyResult::failureName(c.failure));
        row(tr("Reason"), c.reason);
    }
    html += QStringLiteral("</table><p style='color:#a0a0a0'>%1</p>")
                .arg(tr("Every record's hash covers the previous record's hash, so editing, "
                        "removing or reordering any record breaks the chain from there on. "
                        "Keep a copy of the head hash elsewhere to detect a cut-off tail.")
                         .toHtmlEscaped());
    m_chain->setHtml(html);
}

bool AuditReportDialog::exportPdf(const QString &path, QString *error)
{
    if (!m_report) {
        if (error)
            *error = tr("No report loaded yet");
        return false;
    }
    QString why;
    const bool ok = AuditReportExporter::exportPdf(*m_report, path, &why);
    if (ok)
        QSettings().setValue(kExportDirKey, QFileInfo(path).absolutePath());
    setStatus(ok ? tr("Saved the PDF report to %1").arg(QDir::toNativeSeparators(path)) : why, !ok);
    if (error)
        *error = why;
    return ok;
}

void AuditReportDialog::exportCsv(const QString &path)
{
    if (!m_client || m_districtId.isEmpty()) {
        emit csvExported(path, false, tr("No report loaded yet"));
        return;
    }
    setStatus(tr("Fetching the CSV from the daemon…"), false);
    m_client->fetchAuditCsv(this, m_districtId, [this, path](ApiResult<QByteArray> result) {
        QString error;
        bool ok = false;
        if (!result)
            error = tr("The daemon did not give the CSV: %1").arg(result.error().message());
        else
            ok = AuditReportExporter::writeCsv(result.value(), path, &error);
        if (ok)
            QSettings().setValue(kExportDirKey, QFileInfo(path).absolutePath());
        setStatus(ok ? tr("Saved the CSV to %1").arg(QDir::toNativeSeparators(path)) : error, !ok);
        emit csvExported(path, ok, error);
    });
}

QString AuditReportDialog::suggestedPath(const QString &suffix) const
{
    return defaultFileName(m_districtId, suffix);
}

void AuditReportDialog::choosePdfPath()
{
    const auto path = QFileDialog::getSaveFileName(this, tr("Export audit report as PDF"),
        defaultFileName(m_districtId, QStringLiteral("pdf")), tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        exportPdf(path);
}

void AuditReportDialog::chooseCsvPath()
{
    const auto path = QFileDialog::getSaveFileName(this, tr("Export audit objects as CSV"),
        defaultFileName(m_districtId, QStringLiteral("csv")), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

void AuditReportDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText,
        error ? ComplianceColors::violation() : palette.color(QPalette::Text));
    m_status->setPalette(palette);
    if (error)
        qCWarning(lcCompliance).noquote() << text;
}
