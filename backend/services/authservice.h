#pragma once

#include "backend/core/tokenrole.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QReadWriteLock>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <atomic>
#include <optional>

class TokenStore;
struct TokenRecord;

/** Who is calling: the token's id, role and (for auditors) the districts it may see. */
struct Principal
{
    QString tokenId;
    TokenRole role = TokenRole::Auditor; // a Principal nobody filled in may see nothing
    QStringList districts;

    bool isAdmin() const { return role == TokenRole::Admin; }
    bool isAuditor() const { return role == TokenRole::Auditor; }
    /** Operators and admins may act; auditors only read. */
    bool mayOperate() const { return role == TokenRole::Admin || role == TokenRole::Operator; }
    /** Auditors see only their own districts; everyone else sees all. */
    bool maySeeDistrict(const QString &district) const
    {
        return !isAuditor() || districts.contains(district);
    }
};

/** A newly minted token: the secret is shown once and only its hash is stored. */
struct IssuedToken
{
    QString id;
    QString token;
    QDateTime previousValidUntil; // after a rotation: until when the old secret still works
};

/**
 * API tokens: issues, checks and revokes them. Store failures propagate as StoreError.
 * authenticate() answers from an in-memory cache of the active tokens (loaded at start, updated
 * by issue() and revoke()), so it is thread-safe and reads no database: the API's I/O threads
 * call it for every request. Everything else runs on the owning thread.
 */
class AuthService : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthService)

public:
    explicit AuthService(TokenStore &store, QObject *parent = nullptr);

    /** The principal for an `Authorization` header value, nullopt when missing/unknown/revoked.
     *  Thread-safe. */
    std::optional<Principal> authenticate(const QByteArray &authorizationHeader) const;
    std::optional<Principal> authenticateToken(const QString &token) const;
    /** Whether token @p id is active (issued, not revoked). Thread-safe. */
    bool isActive(const QString &id) const;
    /** Creates a token; throws ValidationError for an unknown role or an auditor without districts.
     */
    IssuedToken issue(TokenRole role, const QStringList &districts, const QString &label,
        const QDateTime &expires = {});
    /**
     * Gives token @p id a new secret; the old one keeps working for @p graceSeconds (for the
     * clients still using it), never past the token's own expiry. nullopt when there is no
     * such active token.
     */
    std::optional<IssuedToken> rotate(const QString &id, int graceSeconds);
    /** Every token, active or not (hashes included: callers must not show them). */
    QList<TokenRecord> list() const;
    /** Revokes token @p id; returns false when there is no such active token. Emits
     *  tokenRevoked() so connections opened with it end at once (as it does when a token
     *  expires). */
    bool revoke(const QString &id);
    /**
     * Makes sure `<dataDir>/admin.token` (mode 0600) holds a valid admin token, creating one on
     * first start. Throws StoreError or std::runtime_error when the file cannot be written.
     */
    void ensureAdminTokenFile(const QString &dataDir);

    static QString hashToken(const QString &token);

Q_SIGNALS:
    void tokenRevoked(const QString &id);

private:
    struct Entry
    {
        Principal principal;
        qint64 expiresMs = 0; // ms since the epoch; 0 = never
        bool previous = false; // a rotated-out secret in its grace period
    };
    void cache(const QString &hash, const Entry &entry);
    /** The usable secret @p token names, if any (expiry not judged). */
    std::optional<Entry> find(const QString &token) const;
    /** Past its expiry, whether or not the sweep has dropped it yet. */
    static bool expired(const Entry &entry);
    /** After any change to m_byHash, under m_lock: forgets every thread's remembered token. */
    static void changed();
    void cacheRecord(const TokenRecord &record);
    /** Drops expired secrets; a token whose current secret expired ends (tokenRevoked). */
    void sweepExpired();

    TokenStore &m_store;
    mutable QReadWriteLock m_lock;
    QHash<QString, Entry> m_byHash; // usable secrets by their SHA-256
    // Bumped by changed(). Process-wide, so a remembered token never outlives a change to any
    // AuthService (tests run several in one process).
    static std::atomic<quint64> s_generation;
    QMultiHash<QString, QString> m_hashesById;
    QTimer m_sweep;
};
