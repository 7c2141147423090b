#include "backend/store/migrationstore.h"

#include "backend/store/database.h"
#include "backend/store/storeerror.h"

#include <QSqlQuery>

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

MigrationStore::MigrationStore(Database &db)
    : m_db(db)
{ }

void MigrationStore::insert(const Migration &m)
{
    inTransaction(m_db, [&] {
        m_db.exec(
            QStringLiteral(
                "INSERT INTO migrations (id, district, from_region, to_region, state, actor, "
                "error, "
                "cancel_requested, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)"),
            {m.id, m.district, m.fromRegion, m.toRegion, migrationStateName(m.state), m.actor,
                m.error, now(), now()});
        for (const auto &item : m.items)
            m_db.exec(QStringLiteral("INSERT INTO migration_items (migration_id, object_key, "
                                     "data_class, size, sha256, "
                                     "state, rule) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {m.id, item.key, item.dataClass, item.size, item.sha256,
                    migrationItemStateName(item.state), item.rule});
    });
}

namespace {

// A state the store holds that this build does not know is damage, not a guess.
template <typename State>
State storedState(std::optional<State> state, const QVariant &stored, const QString &id)
{
    if (!state)
        throw StoreError(QStringLiteral("migration %1 has the unknown state '%2' in the store")
                             .arg(id, stored.toString()));
    return *state;
}

} // namespace

std::optional<Migration> MigrationStore::find(const QString &id)
{
    auto q = m_db.exec(
        QStringLiteral(
            "SELECT id, district, from_region, to_region, state, actor, error, cancel_requested, "
            "created_at, updated_at FROM migrations WHERE id = ?"),
        {id});
    if (!q.next())
        return std::nullopt;
    Migration m;
    m.id = q.value(0).toString();
    m.district = q.value(1).toString();
    m.fromRegion = q.value(2).toString();
    m.toRegion = q.value(3).toString();
    m.state = storedState(migrationStateFromName(q.value(4).toString()), q.value(4), id);
    m.actor = q.value(5).toString();
    m.error = q.value(6).toString();
    m.cancelRequested = q.value(7).toInt() != 0;
    m.createdAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
    m.updatedAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs);
    auto items = m_db.exec(
        QStringLiteral(
            "SELECT object_key, data_class, size, sha256, state, rule FROM migration_items "
            "WHERE migration_id = ? ORDER BY object_key"),
        {id});
    while (items.next())
        m.items.append(MigrationItem{items.value(0).toString(), items.value(1).toString(),
            items.value(2).toLongLong(), items.value(3).toString(),
            storedState(migrationItemStateFromName(items.value(4).toString()), items.value(4), id),
            items.value(5).toString()});
    return m;
}

QList<Migration> MigrationStore::unfinished()
{
    auto q = m_db.exec(QStringLiteral(
        "SELECT id FROM migrations WHERE state IN ('pending', 'running') ORDER BY created_at"));
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    QList<Migration> out;
    for (const auto &id : ids) {
        if (auto m = find(id))
            out.append(*m);
    }
    return out;
}

QList<Migration> MigrationStore::list(const QString &district, int limit)
{
    auto q = district.isEmpty()
        ? m_db.exec(
            QStringLiteral("SELECT id FROM migrations ORDER BY created_at DESC LIMIT ?"), {limit})
        : m_db.exec(
            QStringLiteral(
                "SELECT id FROM migrations WHERE district = ? ORDER BY created_at DESC LIMIT ?"),
            {district, limit});
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    QList<Migration> out;
    for (const auto &id : ids) {
        if (auto m = find(id))
            out.append(*m);
    }
    return out;
}

void MigrationStore::setState(const QString &id, MigrationState state, const QString &error)
{
    m_db.exec(
        QStringLiteral("UPDATE migrations SET state = ?, error = ?, updated_at = ? WHERE id = ?"),
        {migrationStateName(state), error, now(), id});
}

void MigrationStore::setItemState(const QString &id, const QString &key, MigrationItemState state)
{
    m_db.exec(QStringLiteral(
                  "UPDATE migration_items SET state = ? WHERE migration_id = ? AND object_key = ?"),
        {migrationItemStateName(state), id, key});
    m_db.exec(QStringLiteral("UPDATE migrations SET updated_at = ? WHERE id = ?"), {now(), id});
}

void MigrationStore::requestCancel(const QString &id)
{
    m_db.exec(
        QStringLiteral("UPDATE migrations SET cancel_requested = 1, updated_at = ? WHERE id = ?"),
        {now(), id});
}
