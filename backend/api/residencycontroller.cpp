#include "backend/api/residencycontroller.h"

#include "backend/api/apierror.h"
#include "backend/api/router.h"
#include "backend/core/residency/policyerror.h"
#include "backend/services/auditreportbuilder.h"
#include "backend/services/eraser.h"
#include "backend/services/migrator.h"
#include "backend/services/residencyservice.h"

#include <QJsonArray>

ResidencyController::ResidencyController(
    ResidencyService &residency, Migrator &migrator, AuditReportBuilder &reports, Eraser &eraser)
    : m_residency(residency)
    , m_migrator(migrator)
    , m_reports(reports)
    , m_eraser(eraser)
{ }

void ResidencyController::requireDistrictAccess(const ApiRequest &request, const QString &district)
{
    if (!request.principal().maySeeDistrict(district))
        throw ApiError(HttpStatus::Forbidden,
            QStringLiteral("this token may not read that district"), QStringLiteral("district"));
}

void ResidencyController::registerRoutes(Router &router)
{
    router.add(
        "POST", QStringLiteral("/residency/validate"), Access::Read, [this](const ApiRequest &req) {
            const auto request = ValidateRequest::fromJson(req.json());
            // An auditor may only ask about its own districts.
            for (const auto &placement : request.placements)
                requireDistrictAccess(req, placement.district);
            return ApiResponse::json(m_residency.validate(request).toJson());
        });

    router.add("GET", QStringLiteral("/residency/audit/{district}"), Access::Read,
        [this](const ApiRequest &req) {
            const auto district = req.param(QStringLiteral("district"));
            requireDistrictAccess(req, district);
            const auto report = m_reports.build(district, req.languages());
            const auto format = req.query(QStringLiteral("format"));
            if (format == QLatin1String("csv")) {
                auto response = ApiResponse::text(report.toCsv(), "text/csv; charset=utf-8");
                response.headers.append(qMakePair(QByteArrayLiteral("Content-Disposition"),
                    QStringLiteral("attachment; filename=\"residency-audit-%1.csv\"")
                        .arg(district)
                        .toUtf8()));
                return response;
            }
            if (!format.isEmpty() && format != QLatin1String("json"))
                throw ApiError(HttpStatus::BadRequest, QStringLiteral("format must be json or csv"),
                    QStringLiteral("format"));
            return ApiResponse::json(report.toJson());
        });

    router.add("GET", QStringLiteral("/residency/scope/{district}"), Access::Read,
        [this](const ApiRequest &req) {
            const auto district = req.param(QStringLiteral("district"));
            requireDistrictAccess(req, district);
            return ApiResponse::json(m_residency.scope(district).toJson());
        });

    router.add("POST", QStringLiteral("/residency/consents"), Access::Operate,
        [this](const ApiRequest &req) {
            return ApiResponse::json(
                m_residency.createConsent(ConsentRequest::fromJson(req.json()), req.actor())
                    .toJson(),
                HttpStatus::Created);
        });
    router.add(
        "GET", QStringLiteral("/residency/consents"), Access::Read, [this](const ApiRequest &req) {
            const auto district = req.query(QStringLiteral("district"));
            if (req.principal().isAuditor() && district.isEmpty())
                throw ApiError(HttpStatus::BadRequest,
                    QStringLiteral("an auditor must name one of its districts"),
                    QStringLiteral("district"));
            if (!district.isEmpty()) {
                requireDistrictAccess(req, district);
                m_residency.requireDistrict(district);
            }
            QJsonArray array;
            for (const auto &consent : m_residency.consents(district))
                array.append(consent.toJson());
            return ApiResponse::json(QJsonObject{{QStringLiteral("consents"), array}});
        });
    router.add("DELETE", QStringLiteral("/residency/consents/{id}"), Access::Operate,
        [this](const ApiRequest &req) {
            return ApiResponse::json(
                m_residency.revokeConsent(req.param(QStringLiteral("id")), req.actor()).toJson());
        });

    router.add("POST", QStringLiteral("/residency/migrate"), Access::Operate,
        [this](const ApiRequest &req) {
            const auto migration
                = m_migrator.start(MigrationRequest::fromJson(req.json()), req.actor());
            const MigrationTicket ticket{
                migration.id, migration.state, int(migration.items.size())};
            return ApiResponse::json(ticket.toJson(), HttpStatus::Accepted);
        });
    router.add("GET", QStringLiteral("/residency/migrations"), Access::Read,
        [this](const ApiRequest &req) {
            const auto district = req.query(QStringLiteral("district"));
            if (req.principal().isAuditor() && district.isEmpty())
                throw ApiError(HttpStatus::BadRequest,
                    QStringLiteral("an auditor must name one of its districts"),
                    QStringLiteral("district"));
            if (!district.isEmpty())
                requireDistrictAccess(req, district);
            QJsonArray array;
            for (const auto &m : m_migrator.list(district))
                array.append(m.toJson());
            return ApiResponse::json(QJsonObject{{QStringLiteral("migrations"), array}});
        });
    router.add("GET", QStringLiteral("/residency/migrations/{id}"), Access::Read,
        [this](const ApiRequest &req) {
            const auto migration = m_migrator.find(req.param(QStringLiteral("id")));
            if (!migration || !req.principal().maySeeDistrict(migration->district))
                throw ApiError(HttpStatus::NotFound,
                    QStringLiteral("no migration '%1'").arg(req.param(QStringLiteral("id"))),
                    QStringLiteral("id"));
            return ApiResponse::json(migration->toJson());
        });
    router.add("POST", QStringLiteral("/residency/migrations/{id}/cancel"), Access::Operate,
        [this](const ApiRequest &req) {
            return ApiResponse::json(
                m_migrator.cancel(req.param(QStringLiteral("id")), req.actor()).toJson());
        });

    // The right to erasure: every copy, primary and DR, deleted and confirmed (issue #24).
    router.add("POST", QStringLiteral("/residency/erasure"), Access::Operate,
        [this](const ApiRequest &req) {
            const auto erasure = m_eraser.start(ErasureRequest::fromJson(req.json()), req.actor());
            return ApiResponse::json(erasure.toJson(), HttpStatus::Accepted);
        });
    router.add(
        "GET", QStringLiteral("/residency/erasures"), Access::Read, [this](const ApiRequest &req) {
            const auto district = req.query(QStringLiteral("district"));
            if (req.principal().isAuditor() && district.isEmpty())
                throw ApiError(HttpStatus::BadRequest,
                    QStringLiteral("an auditor must name one of its districts"),
                    QStringLiteral("district"));
            if (!district.isEmpty())
                requireDistrictAccess(req, district);
            QJsonArray array;
            for (const auto &e : m_eraser.list(district))
                array.append(e.toJson());
            return ApiResponse::json(QJsonObject{{QStringLiteral("erasures"), array}});
        });
    router.add("GET", QStringLiteral("/residency/erasures/{id}"), Access::Read,
        [this](const ApiRequest &req) {
            const auto erasure = m_eraser.find(req.param(QStringLiteral("id")));
            if (!erasure || !req.principal().maySeeDistrict(erasure->request.district))
                throw ApiError(HttpStatus::NotFound,
                    QStringLiteral("no erasure '%1'").arg(req.param(QStringLiteral("id"))),
                    QStringLiteral("id"));
            return ApiResponse::json(erasure->toJson());
        });

    router.add("POST", QStringLiteral("/residency/policy/reload"), Access::Admin,
        [this](const ApiRequest &req) {
            const auto errors = m_residency.reloadPolicy(req.actor());
            if (!errors.isEmpty()) {
                QStringList lines;
                for (const auto &e : errors)
                    lines.append(e.toString());
                throw ApiError(HttpStatus::UnprocessableEntity,
                    QStringLiteral("policy pack refused; the previous pack stays in force: %1")
                        .arg(lines.join(QStringLiteral("; "))),
                    QStringLiteral("policy"));
            }
            return ApiResponse::json(QJsonObject{{QStringLiteral("reloaded"), true}});
        });
}
