#pragma once

#include <QString>

#include <stdexcept>

/**
 * The one exception type every ObjectStore driver throws, so callers (audits, migrations)
 * can branch on what went wrong without knowing which driver they talk to.
 */
class ObjectStoreError : public std::runtime_error
{
public:
    enum class Kind {
        NotFound, // the object does not exist (get of an absent key)
        InvalidKey, // key, prefix or metadata rejected before anything was written or sent
        Auth, // credentials rejected (401/403: bad key id, bad signature, access denied)
        Client, // any other 4xx: missing bucket, bad request, 429 after all retries
        Server, // 5xx after all retries
        Network, // no HTTP answer: refused, unresolvable, timed out, reset
        Io, // local file system failure, or data that does not match its checksum
    };

    /** Builds the error; what() reads "<store>: <key>: <reason>" (key part left out when empty). */
    ObjectStoreError(Kind kind, const QString &store, const QString &key, const QString &reason,
        int httpStatus = 0, const QString &code = {})
        : std::runtime_error(compose(store, key, reason).toStdString())
        , m_kind(kind)
        , m_httpStatus(httpStatus)
        , m_store(store)
        , m_key(key)
        , m_reason(reason)
        , m_code(code)
    { }

    /** Returns what kind of failure this is. */
    Kind kind() const { return m_kind; }
    /** Returns the final HTTP status, or 0 when no HTTP answer was involved. */
    int httpStatus() const { return m_httpStatus; }
    /** Returns the store's describe() text (never credentials). */
    QString store() const { return m_store; }
    /** Returns the object key the operation was about; empty for list(). */
    QString key() const { return m_key; }
    /** Returns the reason without the store/key prefix. */
    QString reason() const { return m_reason; }
    /** Returns the service's error code (S3 <Code>, e.g. "NoSuchBucket"); empty if none. */
    QString code() const { return m_code; }
    /** Returns the full message as a QString (same text as what()). */
    QString message() const { return QString::fromStdString(what()); }

    /** Returns a stable lower-case name for a kind ("not_found", "auth", …) for logs and JSON. */
    static QString kindName(Kind kind)
    {
        switch (kind) {
        case Kind::NotFound:
            return QStringLiteral("not_found");
        case Kind::InvalidKey:
            return QStringLiteral("invalid_key");
        case Kind::Auth:
            return QStringLiteral("auth");
        case Kind::Client:
            return QStringLiteral("client");
        case Kind::Server:
            return QStringLiteral("server");
        case Kind::Network:
            return QStringLiteral("network");
        case Kind::Io:
            return QStringLiteral("io");
        }
        return QStringLiteral("unknown");
    }

private:
    static QString compose(const QString &store, const QString &key, const QString &reason)
    {
        if (key.isEmpty())
            return store + QStringLiteral(": ") + reason;
        return store + QStringLiteral(": '") + key + QStringLiteral("': ") + reason;
    }

    Kind m_kind;
    int m_httpStatus;
    QString m_store;
    QString m_key;
    QString m_reason;
    QString m_code;
};
