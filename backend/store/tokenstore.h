#pragma once

#include "backend/core/tokenrole.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/** A stored API token: only the SHA-256 of the secret is kept. */
struct TokenRecord
{
    QString id;
    QString tokenHash;
    TokenRole role = TokenRole::Auditor;
    QStringList districts; // auditor scope
    QString label;
    QDateTime createdAt;
    QDateTime revokedAt; // invalid when active
    QDateTime expiresAt; // invalid: never
    QString previousHash; // the secret before the last rotation, valid until previousExpiresAt
    QDateTime previousExpiresAt;
};

class Database;

/** API tokens in the state database. Every method throws StoreError. */
class TokenStore
{
public:
    explicit TokenStore(Database &db);

    void insert(const TokenRecord &token);
    /** The active (not revoked) token with that hash. */
    std::optional<TokenRecord> findActiveByHash(const QString &tokenHash);
    std::optional<TokenRecord> find(const QString &id);
    QList<TokenRecord> list();
    /** Marks the token revoked; returns false when no active token has that id. */
    bool revoke(const QString &id);
    /** Replaces the secret's hash; the old one stays valid until @p previousExpiresAt. Returns
     *  false when no active token has that id. */
    bool rotate(const QString &id, const QString &newHash, const QDateTime &previousExpiresAt);

private:
    Database &m_db;
};
