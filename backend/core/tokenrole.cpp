#include "backend/core/tokenrole.h"

#include <QStringList>

#include <array>
#include <utility>

namespace {

constexpr std::array<std::pair<TokenRole, const char16_t *>, 3> kTokenRoleNames{{
    {TokenRole::Admin, u"admin"},
    {TokenRole::Operator, u"operator"},
    {TokenRole::Auditor, u"auditor"},
}};

} // namespace

QString tokenRoleName(TokenRole role)
{
    for (const auto &[known, name] : kTokenRoleNames) {
        if (known == role)
            return QString::fromUtf16(name);
    }
    return {};
}

std::optional<TokenRole> tokenRoleFromName(const QString &name)
{
    for (const auto &[known, text] : kTokenRoleNames) {
        if (name == QStringView(text))
            return known;
    }
    return std::nullopt;
}

QString tokenRoleNamesForHumans()
{
    QStringList names;
    for (const auto &entry : kTokenRoleNames)
        names.append(QString::fromUtf16(entry.second));
    return names.join(QStringLiteral(", "));
}
