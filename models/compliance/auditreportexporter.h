#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

struct AuditObject;
struct AuditReport;

/**
 * Turns a district's residency audit into documents a school-board member can read: HTML (for
 * the dialog's print preview and the PDF), a PDF (A4, page numbers) and the daemon's CSV saved
 * byte for byte. Callable with a path, so tests and scripts need no file dialog.
 */
class AuditReportExporter
{
    Q_DECLARE_TR_FUNCTIONS(AuditReportExporter)

public:
    /** The whole report as HTML: title, summary, violations with remedies, every object, store
     *  errors, the audit trail and the chain verification. */
    static QString toHtml(const AuditReport &report);
    /** One or two plain sentences: is this district's data where the policy allows? */
    static QString plainVerdict(const AuditReport &report);
    /** One sentence on the audit chain ("intact, 22 records" / "broken at record 7: …"). */
    static QString chainSummary(const AuditReport &report);

    /** Writes toHtml(@p report) as a PDF to @p path; false with @p error set on failure. */
    static bool exportPdf(const AuditReport &report, const QString &path, QString *error = nullptr);
    /** A consent as people look it up: "“DPA-…” (to us-east, until 30/06/2027)". */
    static QString consentLabel(const struct Consent &consent);
    /** The agreements @p object's verdict relies on, for people: "“DPA-…” (to us-east, until
     *  …)"; empty when it relies on none. */
    static QString agreementText(const AuditReport &report, const AuditObject &object);
    /** Writes @p csv (the daemon's bytes, unchanged) to @p path atomically; false on failure. */
    static bool writeCsv(const QByteArray &csv, const QString &path, QString *error = nullptr);
};
