#pragma once

#include <QString>

class ApiRequest;
class AuditReportBuilder;
class Eraser;
class Migrator;
class ResidencyService;
class Router;

/** The residency resources: validate, audit, scope, consents, migrations, erasures, policy
 *  reload. */
class ResidencyController
{
public:
    ResidencyController(ResidencyService &residency, Migrator &migrator,
        AuditReportBuilder &reports, Eraser &eraser);
    void registerRoutes(Router &router);

private:
    /** 403 unless the caller may see @p district (auditors: only their own; no existence leak). */
    static void requireDistrictAccess(const ApiRequest &request, const QString &district);

    ResidencyService &m_residency;
    Migrator &m_migrator;
    AuditReportBuilder &m_reports;
    Eraser &m_eraser;
};
