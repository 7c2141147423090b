#pragma once

#include "backend/core/tokenrole.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

/**
 * Answer of GET /session: who the caller's token is. A client shows exactly what the token
 * allows from it (the console hides operator actions from an auditor).
 */
struct SessionInfo
{
    TokenRole role = TokenRole::Auditor;
    QString tokenId;
    bool mayOperate = false;
    bool allDistricts = true; // false for an auditor: only `districts`
    QStringList districts;

    QJsonObject toJson() const;
    /** Throws ValidationError naming the field; an unknown role is refused ("role"). */
    static SessionInfo fromJson(const QJsonObject &json);
};
