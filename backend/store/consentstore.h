#pragma once

#include "backend/core/residency/consent.h"

#include <QList>

#include <optional>

class Database;

/** Residency consents. Every method throws StoreError. */
class ConsentStore
{
public:
    explicit ConsentStore(Database &db);

    void insert(const Consent &consent);
    /** Consents of @p district (all districts when empty), revoked ones included. */
    QList<Consent> list(const QString &district = {});
    std::optional<Consent> find(const QString &id);
    /** Marks it revoked; false when there is no such unrevoked consent. */
    bool revoke(const QString &id);

private:
    Database &m_db;
};
