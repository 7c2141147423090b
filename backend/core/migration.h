#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

/** Where a migration is: pending → running → done | failed | rolled_back (cancelled before any
 *  object was committed). Wire names in migrationStateName(). */
enum class MigrationState { Pending, Running, Done, Failed, RolledBack };

/** Where one object of a migration is (see MigrationItem). */
enum class MigrationItemState { Pending, Copied, Verified, Committed, Deleted, RolledBack };

/** "pending", "running", "done", "failed", "rolled_back". */
QString migrationStateName(MigrationState state);
/** The state named @p name, or nullopt. */
std::optional<MigrationState> migrationStateFromName(const QString &name);
/** "pending", "copied", "verified", "committed", "deleted", "rolled_back". */
QString migrationItemStateName(MigrationItemState state);
/** The item state named @p name, or nullopt. */
std::optional<MigrationItemState> migrationItemStateFromName(const QString &name);
/** Whether @p state is final (done, failed, rolled_back). */
bool isFinished(MigrationState state);

/**
 * One object of a residency migration. Its state only moves forward:
 * pending → copied → verified → committed (audit record written) → deleted (source removed);
 * or, when cancelled/refused before commit, → rolled_back (target copy removed, source kept).
 */
struct MigrationItem
{
    QString key;
    QString dataClass;
    qint64 size = 0;
    QString sha256;
    MigrationItemState state = MigrationItemState::Pending;
    QString rule; // the residency rule that allowed the target

    QJsonObject toJson() const;
    bool operator==(const MigrationItem &) const = default;
};

/** A move of a district's objects from one region's store to another's (wire + stored shape). */
struct Migration
{
    QString id;
    QString district;
    QString fromRegion;
    QString toRegion;
    MigrationState state = MigrationState::Pending;
    QString actor;
    QString error;
    bool cancelRequested = false;
    QDateTime createdAt;
    QDateTime updatedAt;
    QList<MigrationItem> items;

    /** Items whose state is @p state. */
    int count(MigrationItemState state) const;
    bool isFinished() const;
    /** Wire shape of GET /residency/migrations/{id}, with progress counts and per-object states. */
    QJsonObject toJson() const;
    /** Parses the wire shape (console side); throws ValidationError (also for a state this
     *  build does not know). */
    static Migration fromJson(const QJsonObject &json);
};
