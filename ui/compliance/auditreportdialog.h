#pragma once

#include "backend/core/residency/auditreport.h"
#include "backend/core/residency/consent.h"
#include "models/apicall.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

#include <optional>

class AuditObjectModel;
class AuditTrailModel;
class ComplianceClient;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTextBrowser;

/**
 * One district's residency audit, for a district IT admin or a school-board member: a summary
 * in plain words (district, when, totals, verdict, chain), the objects with violations first
 * and highlighted, the selected object's rule, legal basis and remedy, the district's audit
 * trail and the chain verification. Exports a PDF (built here from the report) and the
 * daemon's CSV; both export functions take a path, the buttons ask for one.
 */
class AuditReportDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditReportDialog)

public:
    /** Uses (does not own) @p client. */
    explicit AuditReportDialog(ComplianceClient *client, QWidget *parent = nullptr);
    /** Where the export dialogs start: the folder of the last export, else Documents. */
    QString suggestedPath(const QString &suffix) const;
    ~AuditReportDialog() override;

    /** Fetches and shows the audit of @p districtId (a cached report may be shown first). */
    void loadDistrict(const QString &districtId);
    /** Shows @p report at once. */
    void setReport(const AuditReport &report);
    const std::optional<AuditReport> &report() const { return m_report; }
    QString districtId() const { return m_districtId; }
    bool isLoading() const { return m_loading; }

    /** Writes the report as a PDF to @p path; false with @p error set on failure. */
    bool exportPdf(const QString &path, QString *error = nullptr);
    /** Fetches the daemon's CSV and saves it to @p path as-is; ends in csvExported(). */
    void exportCsv(const QString &path);

    AuditObjectModel *objectModel() const { return m_objects; }
    QTableView *objectsView() const { return m_objectsView; }
    QTableView *trailView() const { return m_trailView; }
    QLabel *summaryLabel() const { return m_summary; }
    QTextBrowser *detailView() const { return m_detail; }
    QTabWidget *tabs() const { return m_tabs; }

    /** Offers the remedies (Migrate…, Record Consent…) or not (a read-only token, offline). */
    void setRemediesOffered(bool offered);
    QPushButton *migrateButton() const { return m_migrateButton; }
    QPushButton *consentButton() const { return m_consentButton; }

signals:
    void reportLoaded(const AuditReport &report);
    /** Migrate… pressed: move this district's misplaced data. */
    void migrateRequested(const QString &districtId);
    /** Record Consent… pressed: make a placement lawful by an agreement. */
    void consentRequested(const QString &districtId);
    void csvExported(const QString &path, bool ok, const QString &error);

private:
    /** A consent by its reference, target and expiry (its id when not loaded). */
    QString consentText(const QString &id) const;
    void refresh();
    void showSummary();
    void showDetail(const QModelIndex &proxyIndex);
    void showChain();
    void choosePdfPath();
    void chooseCsvPath();
    void setStatus(const QString &text, bool error);

    QPointer<ComplianceClient> m_client;
    std::optional<AuditReport> m_report;
    QHash<QString, Consent> m_consents; // the district's, by id
    ApiCall m_consentFetch;
    QString m_districtId;
    bool m_loading = false;
    ApiCall m_fetch;

    AuditObjectModel *m_objects;
    AuditTrailModel *m_trail;
    QSortFilterProxyModel *m_sortedObjects;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    QTableView *m_objectsView;
    QTextBrowser *m_detail;
    QTableView *m_trailView;
    QTextBrowser *m_chain;
    QLabel *m_status;
    QPushButton *m_pdfButton;
    QPushButton *m_csvButton;
    QPushButton *m_refreshButton;
    QPushButton *m_migrateButton;
    QPushButton *m_consentButton;
    bool m_remediesOffered = false;
    void updateRemedies();
};
