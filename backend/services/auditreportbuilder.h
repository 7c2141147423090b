#pragma once

#include "backend/core/residency/auditreport.h"

#include <QString>
#include <QStringList>

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

    /** The district's report (docs/api.md, GET /residency/audit/{district}); throws
     *  ServiceError(NotFound) for an unknown district, StoreError when the trail cannot be read.
     *  Verdicts' legal bases and remedies are in the first of @p languages the policy pack
     *  has them in (English otherwise); the audit trail keeps its English. */
    AuditReport build(const QString &districtId, const QStringList &languages = {}) const;

private:
    ResidencyService &m_residency;
};
