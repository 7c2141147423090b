#pragma once

#include <QString>

#include <optional>

/** What a token may do: admins everything, operators change the fleet, auditors only read
 *  their districts. Wire names "admin", "operator", "auditor" (tokenRoleName()). */
enum class TokenRole { Admin, Operator, Auditor };

/** "admin", "operator" or "auditor". */
QString tokenRoleName(TokenRole role);
/** The role named @p name, or nullopt. */
std::optional<TokenRole> tokenRoleFromName(const QString &name);
/** "admin, operator, auditor", for error messages. */
QString tokenRoleNamesForHumans();
