#include "backend/api/auditcontroller.h"

#include "backend/api/apierror.h"
#include "backend/api/router.h"
#include "backend/core/jsonreader.h"
#include "backend/core/validationerror.h"
#include "backend/services/auditlog.h"

#include <QJsonArray>

AuditController::AuditController(AuditLog &audit)
    : m_audit(audit)
{ }

void AuditController::registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/audit"), Access::Read, [this](const ApiRequest &req) {
        AuditQuery query;
        query.district = req.query(QStringLiteral("district"));
        const auto &principal = req.principal();
        if (principal.isAuditor()) {
            if (!query.district.isEmpty() && !principal.districts.contains(query.district))
                throw ApiError(HttpStatus::Forbidden,
                    QStringLiteral("this token may not read that district"),
                    QStringLiteral("district"));
            query.districts = principal.districts;
        }
        for (const auto &[name, target] : {std::pair{QStringLiteral("from"), &query.from},
                 std::pair{QStringLiteral("to"), &query.to}}) {
            if (req.hasQuery(name)) {
                try {
                    *target = parseIsoTime(req.query(name), name);
                } catch (const ValidationError &e) {
                    throw ApiError(HttpStatus::BadRequest, e.reason(), name);
                }
            }
        }
        bool ok = true;
        if (req.hasQuery(QStringLiteral("after"))) {
            query.afterSeq = req.query(QStringLiteral("after")).toLongLong(&ok);
            if (!ok || query.afterSeq < 0)
                throw ApiError(HttpStatus::BadRequest,
                    QStringLiteral("after must be a sequence number"), QStringLiteral("after"));
        }
        if (req.hasQuery(QStringLiteral("limit"))) {
            query.limit = req.query(QStringLiteral("limit")).toInt(&ok);
            if (!ok || query.limit < 1 || query.limit > 10000)
                throw ApiError(HttpStatus::BadRequest,
                    QStringLiteral("limit must be within 1..10000"), QStringLiteral("limit"));
        }
        QJsonArray records;
        for (const auto &record : m_audit.list(query))
            records.append(record.toJson());
        return ApiResponse::json(QJsonObject{{QStringLiteral("records"), records}});
    });
    router.add("GET", QStringLiteral("/audit/verify"), Access::Read, [this](const ApiRequest &req) {
        const auto now = QDateTime::currentDateTimeUtc();
        const bool full = req.query(QStringLiteral("full")) == QLatin1String("true");
        if (full) {
            if (!req.principal().isAdmin())
                throw ApiError(HttpStatus::Forbidden,
                    QStringLiteral("only an admin may ask for a full re-verification"),
                    QStringLiteral("full"));
            if (m_lastFullRequest.isValid()
                && m_lastFullRequest.msecsTo(now) < kFullVerifyIntervalMs) {
                const auto wait
                    = (kFullVerifyIntervalMs - m_lastFullRequest.msecsTo(now)) / 1000 + 1;
                auto response = problemResponse(HttpStatus::TooManyRequests,
                    QStringLiteral("a full verification ran %1 ms ago; retry in %2 s")
                        .arg(m_lastFullRequest.msecsTo(now))
                        .arg(wait));
                response.headers.append(
                    qMakePair(QByteArrayLiteral("Retry-After"), QByteArray::number(wait)));
                return response;
            }
            m_lastFullRequest = now;
            m_lastResult = m_audit.verify();
            m_lastResultAt = now;
            m_lastResultHead = m_audit.lastSeq();
        } else if (!m_lastResultAt.isValid() || m_lastResultHead != m_audit.lastSeq()
            || m_lastResultAt.msecsTo(now) >= kVerifyReuseMs) {
            m_lastResult = m_audit.verifyIncremental();
            m_lastResultAt = now;
            m_lastResultHead = m_audit.lastSeq();
        }
        auto json = m_lastResult.toJson();
        json.insert(QStringLiteral("records"), m_lastResult.recordsChecked);
        json.insert(QStringLiteral("verified_at"), m_lastResultAt.toString(Qt::ISODateWithMs));
        json.insert(
            QStringLiteral("mode"), full ? QStringLiteral("full") : QStringLiteral("incremental"));
        if (m_audit.lastFullVerify().isValid())
            json.insert(QStringLiteral("last_full_verify"),
                m_audit.lastFullVerify().toString(Qt::ISODateWithMs));
        return ApiResponse::json(json);
    });
}
