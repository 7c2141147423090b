#include "backend/store/tokenstore.h"

#include "backend/store/database.h"
#include "backend/store/storeerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace {

constexpr auto kTokenColumns = "id, token_hash, role, districts, label, created_at, revoked_at, "
                               "expires_at, previous_hash, previous_expires_at";

QDateTime timeOrInvalid(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QVariant timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

TokenRecord tokenFromRow(const QSqlQuery &q)
{
    TokenRecord t;
    t.id = q.value(0).toString();
    t.tokenHash = q.value(1).toString();
    const auto role = tokenRoleFromName(q.value(2).toString());
    if (!role)
        throw StoreError(QStringLiteral("token %1 has the unknown role '%2' in the store")
                             .arg(t.id, q.value(2).toString()));
    t.role = *role;
    for (const auto &v : QJsonDocument::fromJson(q.value(3).toString().toUtf8()).array())
        t.districts.append(v.toString());
    t.label = q.value(4).toString();
    t.createdAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
    t.revokedAt = timeOrInvalid(q.value(6));
    t.expiresAt = timeOrInvalid(q.value(7));
    t.previousHash = q.value(8).toString();
    t.previousExpiresAt = timeOrInvalid(q.value(9));
    return t;
}

} // namespace

TokenStore::TokenStore(Database &db)
    : m_db(db)
{ }

void TokenStore::insert(const TokenRecord &t)
{
    m_db.exec(
        QStringLiteral("INSERT INTO tokens (id, token_hash, role, districts, label, created_at, "
                       "expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {t.id, t.tokenHash, tokenRoleName(t.role),
            QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(t.districts))
                                  .toJson(QJsonDocument::Compact)),
            t.label, t.createdAt.toUTC().toString(Qt::ISODateWithMs), timeOrNull(t.expiresAt)});
}

std::optional<TokenRecord> TokenStore::findActiveByHash(const QString &tokenHash)
{
    auto q = m_db.exec(
        QStringLiteral("SELECT %1 FROM tokens WHERE token_hash = ? AND revoked_at IS NULL")
            .arg(QLatin1String(kTokenColumns)),
        {tokenHash});
    if (!q.next())
        return std::nullopt;
    return tokenFromRow(q);
}

std::optional<TokenRecord> TokenStore::find(const QString &id)
{
    auto q = m_db.exec(
        QStringLiteral("SELECT %1 FROM tokens WHERE id = ?").arg(QLatin1String(kTokenColumns)),
        {id});
    if (!q.next())
        return std::nullopt;
    return tokenFromRow(q);
}

QList<TokenRecord> TokenStore::list()
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM tokens ORDER BY created_at")
                           .arg(QLatin1String(kTokenColumns)));
    QList<TokenRecord> out;
    while (q.next())
        out.append(tokenFromRow(q));
    return out;
}

bool TokenStore::revoke(const QString &id)
{
    auto q = m_db.exec(
        QStringLiteral("UPDATE tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"),
        {QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), id});
    return q.numRowsAffected() > 0;
}

bool TokenStore::rotate(
    const QString &id, const QString &newHash, const QDateTime &previousExpiresAt)
{
    auto q = m_db.exec(QStringLiteral("UPDATE tokens SET previous_hash = token_hash, "
                                      "previous_expires_at = ?, token_hash = ? "
                                      "WHERE id = ? AND revoked_at IS NULL"),
        {timeOrNull(previousExpiresAt), newHash, id});
    return q.numRowsAffected() > 0;
}
