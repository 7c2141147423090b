#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

class QSqlQuery;

/**
 * One connection to the daemon's state database: SQLite (WAL, synchronous=FULL so a commit
 * survives power loss) today; the SQL is kept portable so QPSQL can follow. Owns the schema
 * migrations. Not thread-safe: one Database per thread.
 */
class Database
{
public:
    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /** Opens (creating if needed) the SQLite file and migrates it; throws StoreError. */
    void openSqlite(const QString &path);
    /** Opens an existing SQLite file read-only, without migrating: a second connection for
     *  long reads on another thread (WAL: it sees the state of its transaction's start while
     *  the writer goes on). Throws StoreError. */
    void openSqliteReader(const QString &path);
    /** Latest schema version this build knows. */
    static int latestSchemaVersion();
    /** Schema version of the open database. */
    int schemaVersion();

    /** Prepares and runs @p sql with positional binds; throws StoreError naming the statement. */
    QSqlQuery exec(const QString &sql, const QVariantList &binds = {});
    /** As exec(), but the result streams row by row instead of being cached (big scans). */
    QSqlQuery execForwardOnly(const QString &sql, const QVariantList &binds = {});
    void begin();
    void commit();
    void rollback();

    QSqlDatabase &handle() { return m_db; }
    QString path() const { return m_path; }

private:
    void migrate();
    QSqlQuery run(const QString &sql, const QVariantList &binds, bool forwardOnly);

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
};

/** Runs @p fn inside a transaction: commits on return, rolls back and rethrows on exception. */
template <typename Fn> auto inTransaction(Database &db, Fn &&fn)
{
    db.begin();
    try {
        if constexpr (std::is_void_v<decltype(fn())>) {
            fn();
            db.commit();
        } else {
            auto result = fn();
            db.commit();
            return result;
        }
    } catch (...) {
        db.rollback();
        throw;
    }
}
