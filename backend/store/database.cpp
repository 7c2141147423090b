#include "backend/store/database.h"

#include "backend/store/logging.h"
#include "backend/store/schema.h"
#include "backend/store/storeerror.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("rp-db-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString describe(const QSqlError &error)
{
    return error.text().isEmpty() ? QStringLiteral("unknown database error") : error.text();
}

} // namespace

Database::~Database()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

void Database::openSqlite(const QString &path)
{
    m_path = path;
    m_connectionName = nextConnectionName();
    QDir().mkpath(QFileInfo(path).absolutePath());
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open())
        throw StoreError(
            QStringLiteral("cannot open database %1: %2").arg(path, describe(m_db.lastError())));
    // WAL lets readers run during writes; FULL makes each commit durable before we acknowledge.
    exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    exec(QStringLiteral("PRAGMA synchronous=FULL"));
    exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    migrate();
}

void Database::openSqliteReader(const QString &path)
{
    m_path = path;
    m_connectionName = nextConnectionName();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open())
        throw StoreError(QStringLiteral("cannot open database %1 for reading: %2")
                             .arg(path, describe(m_db.lastError())));
}

int Database::latestSchemaVersion()
{
    return schemaSteps().isEmpty() ? 0 : schemaSteps().constLast().version;
}

int Database::schemaVersion()
{
    auto q = exec(QStringLiteral("SELECT version FROM schema_version"));
    return q.next() ? q.value(0).toInt() : 0;
}

void Database::migrate()
{
    exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"));
    auto current = schemaVersion();
    if (current == 0 && !exec(QStringLiteral("SELECT version FROM schema_version")).next())
        exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (0)"));
    if (current > latestSchemaVersion())
        throw StoreError(
            QStringLiteral("database %1 has schema version %2, newer than this build's %3")
                .arg(m_path)
                .arg(current)
                .arg(latestSchemaVersion()));
    for (const auto &step : schemaSteps()) {
        if (step.version <= current)
            continue;
        // Each step is one transaction: a crash mid-migration leaves the previous version.
        inTransaction(*this, [&] {
            for (const auto &statement : step.statements)
                exec(statement);
            exec(QStringLiteral("UPDATE schema_version SET version = ?"), {step.version});
        });
        qCInfo(lcStore) << "migrated" << m_path << "to schema version" << step.version;
        current = step.version;
    }
}

QSqlQuery Database::exec(const QString &sql, const QVariantList &binds)
{
    return run(sql, binds, false);
}

QSqlQuery Database::execForwardOnly(const QString &sql, const QVariantList &binds)
{
    return run(sql, binds, true);
}

QSqlQuery Database::run(const QString &sql, const QVariantList &binds, bool forwardOnly)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(forwardOnly);
    if (!query.prepare(sql))
        throw StoreError(QStringLiteral("cannot prepare \"%1\": %2")
                             .arg(sql.left(80), describe(query.lastError())));
    for (const auto &value : binds) {
        // A null QString binds as SQL NULL; our text columns mean "empty" by it, never NULL.
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.addBindValue(QStringLiteral(""));
        else
            query.addBindValue(value);
    }
    if (!query.exec())
        throw StoreError(
            QStringLiteral("\"%1\" failed: %2").arg(sql.left(80), describe(query.lastError())));
    return query;
}

void Database::begin()
{
    if (!m_db.transaction())
        throw StoreError(
            QStringLiteral("cannot begin transaction: %1").arg(describe(m_db.lastError())));
}

void Database::commit()
{
    if (!m_db.commit())
        throw StoreError(QStringLiteral("commit failed: %1").arg(describe(m_db.lastError())));
}

void Database::rollback()
{
    if (!m_db.rollback())
        qCWarning(lcStore) << "rollback failed:" << describe(m_db.lastError());
}
