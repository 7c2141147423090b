#pragma once

#include "backend/core/migration.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

/**
 * Body of POST /residency/migrate: {"district","from","to"[,"keys":[…]]}; without keys every
 * object of the district in "from" moves. fromJson() throws ValidationError naming the field:
 * unknown keys, "to" equal to "from", a key that is not a valid object key ("keys[0]": ".."
 * segments, control characters, …) or not one of the district's.
 */
struct MigrationRequest
{
    QString district;
    QString from;
    QString to;
    QStringList keys;

    QJsonObject toJson() const;
    static MigrationRequest fromJson(const QJsonObject &json);
};

/** The daemon's 202 answer to POST /residency/migrate: the migration's id, state and size. */
struct MigrationTicket
{
    QString id;
    MigrationState state = MigrationState::Running; // or done, for an empty migration
    int total = 0; // objects to move

    QJsonObject toJson() const;
    /** Throws ValidationError naming the field. */
    static MigrationTicket fromJson(const QJsonObject &json);
};
