#include "backend/api/tokenscontroller.h"

#include "backend/api/apierror.h"
#include "backend/api/router.h"
#include "backend/core/jsonreader.h"
#include "backend/core/sessioninfo.h"
#include "backend/core/validationerror.h"
#include "backend/services/podmanager.h"

#include <QJsonArray>

TokensController::TokensController(AuthService &auth, PodManager &pods)
    : m_auth(auth)
    , m_pods(pods)
{ }

void TokensController::registerRoutes(Router &router)
{
    router.add("POST", QStringLiteral("/tokens"), Access::Admin, [this](const ApiRequest &req) {
        const auto body = req.json();
        JsonReader reader(body);
        reader.rejectUnknown(
            {QStringLiteral("role"), QStringLiteral("districts"), QStringLiteral("label")});
        const auto role = reader.requiredString(QStringLiteral("role"));
        const auto districts = reader.stringList(QStringLiteral("districts"));
        for (qsizetype i = 0; i < districts.size(); ++i) {
            if (!m_pods.district(districts.at(i)))
                throw ValidationError(QStringLiteral("districts[%1]").arg(i),
                    QStringLiteral("no district '%1'").arg(districts.at(i)));
        }
        const auto issued = m_auth.issue(
            role, districts, reader.optionalString(QStringLiteral("label")).value_or(QString()));
        return ApiResponse::json(
            QJsonObject{{QStringLiteral("id"), issued.id}, {QStringLiteral("token"), issued.token},
                {QStringLiteral("role"), role}},
            HttpStatus::Created);
    });
    // Who the caller is, so a client can show exactly what its token allows (the console hides
    // operator actions for auditors) without trying requests and reading the refusals.
    router.add(
        "GET", QStringLiteral("/session"), Access::Read,
        [](const ApiRequest &req) {
            const Principal &who = req.principal();
            const SessionInfo session{
                who.role, who.tokenId, who.mayOperate(), !who.isAuditor(), who.districts};
            return ApiResponse::json(session.toJson());
        },
        Runs::IoThread);
    router.add(
        "DELETE", QStringLiteral("/tokens/{id}"), Access::Admin, [this](const ApiRequest &req) {
            const auto id = req.param(QStringLiteral("id"));
            if (!m_auth.revoke(id))
                throw ApiError(HttpStatus::NotFound, QStringLiteral("no active token '%1'").arg(id),
                    QStringLiteral("id"));
            return ApiResponse::json(QJsonObject{{QStringLiteral("revoked"), id}});
        });
}
