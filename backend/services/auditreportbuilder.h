#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

class ResidencyService;

/**
 * Builds a district's residency audit: every object of the district in every region's store
 * (listed page by page, never loaded whole) with its verdict, the totals, the district's audit
 * trail and the chain verification. Store failures are reported per store, not thrown.
 */
class AuditReportBuilder
{
public:
    explicit AuditReportBuilder(ResidencyService &residency);

    /** The report as JSON (see docs/api.md, GET /residency/audit/{district}). */
    QJsonObject build(const QString &districtId) const;
    /** The report's objects as CSV (RFC 4180), one header line. */
    static QByteArray toCsv(const QJsonObject &report);

private:
    ResidencyService &m_residency;
};
