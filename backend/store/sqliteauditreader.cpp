#include "backend/store/sqliteauditreader.h"

#include "backend/store/storeerror.h"

#include <QSqlDatabase>
#include <QSqlDriver>

#include <sqlite3.h>

#include <cstring>

namespace {

/**
 * Sets @p out to the column's text. ASCII (nearly every audit field) is widened into @p out's
 * existing buffer: reusing one row for a whole scan then allocates nothing, which halves the
 * per-row cost of reading a long chain.
 */
void readText(sqlite3_stmt *statement, int column, QString &out)
{
    const auto *bytes
        = reinterpret_cast<const unsigned char *>(sqlite3_column_text(statement, column));
    const int size = sqlite3_column_bytes(statement, column); // after column_text, as SQLite asks
    for (int i = 0; i < size; ++i) {
        if (bytes[i] >= 0x80) {
            out = QString::fromUtf8(reinterpret_cast<const char *>(bytes), size);
            return;
        }
    }
    out.resize(size);
    if (size == 0)
        return;
    char16_t *d = reinterpret_cast<char16_t *>(out.data());
    for (int i = 0; i < size; ++i)
        d[i] = bytes[i];
}

} // namespace

std::unique_ptr<SqliteAuditReader> SqliteAuditReader::open(
    const QSqlDatabase &db, const QByteArray &sql)
{
    if (db.driverName() != QLatin1String("QSQLITE") || !db.isOpen())
        return nullptr;
    // QSQLITE hands out its sqlite3* as a QVariant typed "sqlite3*" (see QSqlDriver::handle()).
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    if (!connection)
        return nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(connection, sql.constData(), int(sql.size()), &statement, nullptr)
        != SQLITE_OK) {
        const QString reason = QString::fromUtf8(sqlite3_errmsg(connection));
        sqlite3_finalize(statement);
        throw StoreError(QStringLiteral("cannot prepare \"%1\": %2")
                             .arg(QString::fromUtf8(sql.left(80)), reason));
    }
    return std::unique_ptr<SqliteAuditReader>(new SqliteAuditReader(statement));
}

SqliteAuditReader::SqliteAuditReader(sqlite3_stmt *statement)
    : m_statement(statement)
{ }

SqliteAuditReader::~SqliteAuditReader()
{
    sqlite3_finalize(m_statement);
}

bool SqliteAuditReader::next(StoredAuditRow *row)
{
    // Stepping a finished statement would silently start it over.
    if (m_done)
        return false;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_DONE) {
        m_done = true;
        return false;
    }
    if (rc != SQLITE_ROW) {
        throw StoreError(
            QStringLiteral("reading the audit log: %1")
                .arg(QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement)))));
    }
    // Column order is AuditStore's kColumns.
    row->seq = sqlite3_column_int64(m_statement, 0);
    readText(m_statement, 1, row->time);
    readText(m_statement, 2, row->actor);
    readText(m_statement, 3, row->action);
    readText(m_statement, 4, row->district);
    readText(m_statement, 5, row->dataClass);
    readText(m_statement, 6, row->fromRegion);
    readText(m_statement, 7, row->toRegion);
    readText(m_statement, 8, row->rule);
    readText(m_statement, 9, row->legalBasis);
    const auto *details = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, 10));
    const int detailsSize = sqlite3_column_bytes(m_statement, 10);
    row->details.resize(detailsSize); // keeps the buffer, like readText()
    std::memcpy(row->details.data(), details, detailsSize);
    readText(m_statement, 11, row->prevHash);
    readText(m_statement, 12, row->hash);
    return true;
}
