#include "backend/store/overridestore.h"

#include "backend/store/database.h"
#include "backend/store/storeerror.h"

#include <QJsonDocument>
#include <QSqlQuery>

OverrideStore::OverrideStore(Database &db)
    : m_db(db)
{ }

void OverrideStore::insert(const RoutingOverride &o)
{
    m_db.exec(
        QStringLiteral("INSERT INTO routing_overrides (id, body, expires_at) VALUES (?, ?, ?)"),
        {o.id, QString::fromUtf8(QJsonDocument(o.toJson()).toJson(QJsonDocument::Compact)),
            o.expires.toUTC().toString(Qt::ISODateWithMs)});
}

QList<RoutingOverride> OverrideStore::active()
{
    auto q = m_db.exec(
        QStringLiteral("SELECT body FROM routing_overrides WHERE ended_at IS NULL ORDER BY rowid"));
    QList<RoutingOverride> out;
    while (q.next())
        out.append(RoutingOverride::fromJson(
            QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object()));
    return out;
}

bool OverrideStore::end(const QString &id, const QString &by)
{
    return m_db.exec(QStringLiteral("UPDATE routing_overrides SET ended_at = ?, ended_by = ? "
                                    "WHERE id = ? AND ended_at IS NULL"),
                   {QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), by, id})
               .numRowsAffected()
        > 0;
}
