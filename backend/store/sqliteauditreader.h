#pragma once

#include "backend/core/audit/auditrecord.h"

#include <QByteArray>

#include <memory>

class QSqlDatabase;
struct sqlite3_stmt;

/**
 * Streams audit_log rows in seq order straight from SQLite's C API on the connection Qt SQL
 * already holds. QSqlQuery costs ≈8 µs per 13-column row (a QVariant per value); this costs well
 * under 1 µs, which is what lets a million-record chain verify in about a second. Only a fast
 * path: AuditStore falls back to portable SQL when the database is not SQLite.
 */
class SqliteAuditReader
{
public:
    /** Returns a reader over @p db, or nullptr when @p db is not an open SQLite connection;
     *  throws StoreError when SQLite refuses the statement. */
    static std::unique_ptr<SqliteAuditReader> open(const QSqlDatabase &db, const QByteArray &sql);
    ~SqliteAuditReader();

    /** Fills @p row with the next row; returns false after the last one (and on every call after
     *  that); throws StoreError. */
    bool next(StoredAuditRow *row);

private:
    explicit SqliteAuditReader(sqlite3_stmt *statement);

    sqlite3_stmt *m_statement;
    bool m_done = false;
};
