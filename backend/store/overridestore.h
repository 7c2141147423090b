#pragma once

#include "backend/core/routing/routingoverride.h"

#include <QList>

class Database;

/** Routing overrides; an ended one (removed or expired) stays for the record. Every method
 *  throws StoreError. */
class OverrideStore
{
public:
    explicit OverrideStore(Database &db);

    void insert(const RoutingOverride &override);
    /** The overrides not ended, oldest first (expired ones included until end() is called). */
    QList<RoutingOverride> active();
    /** Marks it ended by @p by ("system:routing" when it lapsed); false when not active. */
    bool end(const QString &id, const QString &by);

private:
    Database &m_db;
};
