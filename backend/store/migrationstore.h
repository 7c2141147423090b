#pragma once

#include "backend/core/migration.h"

#include <optional>

class Database;

/** Residency migrations and their per-object progress. Every method throws StoreError. */
class MigrationStore
{
public:
    explicit MigrationStore(Database &db);

    void insert(const Migration &migration);
    std::optional<Migration> find(const QString &id);
    /** Migrations not yet done/failed/rolled_back (to resume after a restart). */
    QList<Migration> unfinished();
    QList<Migration> list(const QString &district = {}, int limit = 100);
    void setState(const QString &id, MigrationState state, const QString &error = {});
    void setItemState(const QString &id, const QString &key, MigrationItemState state);
    void requestCancel(const QString &id);

private:
    Database &m_db;
};
