#include "backend/api/tokenscontroller.h"

#include "backend/api/apierror.h"
#include "backend/api/router.h"
#include "backend/core/jsonreader.h"
#include "backend/core/sessioninfo.h"
#include "backend/core/validationerror.h"
#include "backend/services/podmanager.h"
#include "backend/store/tokenstore.h"

#include <QDateTime>
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
        reader.rejectUnknown({QStringLiteral("role"), QStringLiteral("districts"),
            QStringLiteral("label"), QStringLiteral("expires")});
        const QString roleName = reader.requiredString(QStringLiteral("role"));
        const auto role = tokenRoleFromName(roleName);
        if (!role)
            throw ValidationError(QStringLiteral("role"),
                QStringLiteral("'%1' is not one of %2").arg(roleName, tokenRoleNamesForHumans()));
        const auto districts = reader.stringList(QStringLiteral("districts"));
        for (qsizetype i = 0; i < districts.size(); ++i) {
            if (!m_pods.district(districts.at(i)))
                throw ValidationError(QStringLiteral("districts[%1]").arg(i),
                    QStringLiteral("no district '%1'").arg(districts.at(i)));
        }
        const auto expires = reader.optionalTime(QStringLiteral("expires"));
        const auto issued = m_auth.issue(*role, districts,
            reader.optionalString(QStringLiteral("label")).value_or(QString()),
            expires.value_or(QDateTime()));
        QJsonObject out{{QStringLiteral("id"), issued.id}, {QStringLiteral("token"), issued.token},
            {QStringLiteral("role"), tokenRoleName(*role)}};
        if (expires)
            out.insert(QStringLiteral("expires"), expires->toString(Qt::ISODateWithMs));
        return ApiResponse::json(out, HttpStatus::Created);
    });
    // Every token without its secret or hash: what an admin needs to find and revoke one.
    router.add("GET", QStringLiteral("/tokens"), Access::Admin, [this](const ApiRequest &) {
        QJsonArray tokens;
        const auto now = QDateTime::currentDateTimeUtc();
        const auto time = [](const QDateTime &t) {
            return t.isValid() ? QJsonValue(t.toString(Qt::ISODateWithMs)) : QJsonValue();
        };
        for (const auto &record : m_auth.list()) {
            const bool expired = record.expiresAt.isValid() && record.expiresAt <= now;
            tokens.append(QJsonObject{{QStringLiteral("id"), record.id},
                {QStringLiteral("role"), tokenRoleName(record.role)},
                {QStringLiteral("districts"), QJsonArray::fromStringList(record.districts)},
                {QStringLiteral("label"), record.label},
                {QStringLiteral("created_at"), time(record.createdAt)},
                {QStringLiteral("expires"), time(record.expiresAt)},
                {QStringLiteral("revoked_at"), time(record.revokedAt)},
                {QStringLiteral("previous_valid_until"),
                    record.previousExpiresAt.isValid() && record.previousExpiresAt > now
                        ? time(record.previousExpiresAt)
                        : QJsonValue()},
                {QStringLiteral("state"),
                    record.revokedAt.isValid() ? QStringLiteral("revoked")
                        : expired              ? QStringLiteral("expired")
                                               : QStringLiteral("active")}});
        }
        return ApiResponse::json(QJsonObject{{QStringLiteral("tokens"), tokens}});
    });
    router.add("POST", QStringLiteral("/tokens/{id}/rotate"), Access::Admin,
        [this](const ApiRequest &req) {
            const auto body = req.body().trimmed().isEmpty() ? QJsonObject() : req.json();
            JsonReader reader(body);
            reader.rejectUnknown({QStringLiteral("grace_s")});
            const auto grace
                = reader.optionalIntIn(QStringLiteral("grace_s"), 0, 7 * 86400).value_or(300);
            const auto id = req.param(QStringLiteral("id"));
            const auto rotated = m_auth.rotate(id, int(grace));
            if (!rotated)
                throw ApiError(HttpStatus::NotFound, QStringLiteral("no active token '%1'").arg(id),
                    QStringLiteral("id"));
            QJsonObject out{{QStringLiteral("id"), id}, {QStringLiteral("token"), rotated->token}};
            out.insert(QStringLiteral("previous_valid_until"),
                rotated->previousValidUntil.isValid()
                    ? QJsonValue(rotated->previousValidUntil.toString(Qt::ISODateWithMs))
                    : QJsonValue());
            return ApiResponse::json(out);
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
