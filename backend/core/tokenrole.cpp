#include "backend/core/tokenrole.h"

#include "backend/core/enumnames.h"

#include <QStringList>

#include <array>
#include <utility>

namespace {

constexpr EnumNames<TokenRole, 3> kTokenRoleNames{{
    {TokenRole::Admin, u"admin"},
    {TokenRole::Operator, u"operator"},
    {TokenRole::Auditor, u"auditor"},
}};

} // namespace

QString tokenRoleName(TokenRole role)
{
    return enumName(kTokenRoleNames, role);
}

std::optional<TokenRole> tokenRoleFromName(const QString &name)
{
    return enumFromName(kTokenRoleNames, name);
}

QString tokenRoleNamesForHumans()
{
    return enumNames(kTokenRoleNames).join(QStringLiteral(", "));
}
