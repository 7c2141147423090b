#include "backend/core/sessioninfo.h"

#include "backend/core/jsonreader.h"
#include "backend/core/validationerror.h"

#include <QJsonArray>

QJsonObject SessionInfo::toJson() const
{
    QJsonObject json{{QStringLiteral("role"), tokenRoleName(role)},
        {QStringLiteral("token_id"), tokenId}, {QStringLiteral("may_operate"), mayOperate},
        {QStringLiteral("all_districts"), allDistricts}};
    if (!allDistricts)
        json.insert(QStringLiteral("districts"), QJsonArray::fromStringList(districts));
    return json;
}

SessionInfo SessionInfo::fromJson(const QJsonObject &json)
{
    const JsonReader r(json);
    SessionInfo session;
    const QString role = r.requiredString(QStringLiteral("role"));
    const auto known = tokenRoleFromName(role);
    if (!known)
        throw ValidationError(
            QStringLiteral("role"), QStringLiteral("unknown role '%1'").arg(role.left(64)));
    session.role = *known;
    session.tokenId = r.optionalString(QStringLiteral("token_id")).value_or(QString());
    session.mayOperate = r.optionalBool(QStringLiteral("may_operate")).value_or(false);
    session.allDistricts = r.optionalBool(QStringLiteral("all_districts"))
                               .value_or(session.role != TokenRole::Auditor);
    session.districts = r.stringList(QStringLiteral("districts"));
    return session;
}
