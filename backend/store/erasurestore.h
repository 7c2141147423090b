#pragma once

#include "backend/core/residency/erasure.h"

#include <optional>

class Database;

/** Erasures and their receipts (one row each, the whole record as JSON, rewritten at each
 *  step). Every method throws StoreError. */
class ErasureStore
{
public:
    explicit ErasureStore(Database &db);

    void put(const Erasure &erasure);
    std::optional<Erasure> find(const QString &id);
    /** Newest first, of @p district when given. */
    QList<Erasure> list(const QString &district = {}, int limit = 100);
    /** Not yet done: resumed after a restart. */
    QList<Erasure> unfinished();

private:
    Database &m_db;
};
