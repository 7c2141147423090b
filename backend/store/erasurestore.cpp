#include "backend/store/erasurestore.h"

#include "backend/core/validationerror.h"
#include "backend/store/database.h"
#include "backend/store/storeerror.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace {

Erasure readBody(const QSqlQuery &q)
{
    const QString id = q.value(0).toString();
    try {
        return Erasure::fromJson(QJsonDocument::fromJson(q.value(1).toByteArray()).object());
    } catch (const ValidationError &e) {
        throw StoreError(QStringLiteral("erasure %1 in the store is damaged: %2: %3")
                             .arg(id, e.field(), e.reason()));
    }
}

} // namespace

ErasureStore::ErasureStore(Database &db)
    : m_db(db)
{ }

void ErasureStore::put(const Erasure &e)
{
    m_db.exec(QStringLiteral("INSERT INTO erasures (id, district, state, created_at, body) VALUES "
                             "(?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET state = "
                             "excluded.state, body = excluded.body"),
        {e.id, e.request.district, erasureStateName(e.state),
            e.created.toUTC().toString(Qt::ISODateWithMs),
            QString::fromUtf8(QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact))});
}

std::optional<Erasure> ErasureStore::find(const QString &id)
{
    auto q = m_db.exec(QStringLiteral("SELECT id, body FROM erasures WHERE id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    return readBody(q);
}

QList<Erasure> ErasureStore::list(const QString &district, int limit)
{
    auto q = district.isEmpty()
        ? m_db.exec(
            QStringLiteral("SELECT id, body FROM erasures ORDER BY created_at DESC, id LIMIT ?"),
            {limit})
        : m_db.exec(QStringLiteral("SELECT id, body FROM erasures WHERE district = ? ORDER BY "
                                   "created_at DESC, id LIMIT ?"),
            {district, limit});
    QList<Erasure> list;
    while (q.next())
        list.append(readBody(q));
    return list;
}

QList<Erasure> ErasureStore::unfinished()
{
    auto q = m_db.exec(
        QStringLiteral("SELECT id, body FROM erasures WHERE state <> 'done' ORDER BY created_at"));
    QList<Erasure> list;
    while (q.next())
        list.append(readBody(q));
    return list;
}
