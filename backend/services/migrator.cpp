#include "backend/services/migrator.h"

#include "backend/core/jsonreader.h"
#include "backend/core/validationerror.h"
#include "backend/providers/objectstore.h"
#include "backend/providers/objectstoreerror.h"
#include "backend/services/auditlog.h"
#include "backend/services/eventbus.h"
#include "backend/services/logging.h"
#include "backend/services/objectstoreregistry.h"
#include "backend/services/residencyservice.h"
#include "backend/services/serviceerror.h"
#include "backend/store/migrationstore.h"

#include <QFuture>
#include <QJsonArray>
#include <QTimer>
#include <QUuid>
#include <QtConcurrent>

#include <csignal>

namespace {

constexpr int kMaxCopyAttempts = 3;

/** What a worker reports back about one step of one object. */
struct StepResult
{
    bool ok = false;
    QString error;
};

} // namespace

Migrator::Migrator(
    ResidencyService &residency, MigrationStore &store, EventBus &events, QObject *parent)
    : QObject(parent)
    , m_residency(residency)
    , m_store(store)
    , m_events(events)
{ }

void Migrator::crashIf(const QString &point) const
{
    if (!m_failpoint.isEmpty() && m_failpoint == point) {
        qCCritical(lcMigrate) << "failpoint" << point << "reached: killing the daemon";
        ::raise(SIGKILL);
    }
}

std::optional<Migration> Migrator::find(const QString &id) const
{
    return m_store.find(id);
}

QList<Migration> Migrator::list(const QString &district) const
{
    return m_store.list(district);
}

Migration Migrator::start(const MigrationRequest &request, const QString &actor)
{
    const auto district = m_residency.requireDistrict(request.district);
    const QString &from = request.from;
    const QString &to = request.to;
    const QStringList &keys = request.keys;
    m_residency.requireRegion(from, QStringLiteral("from"));
    m_residency.requireRegion(to, QStringLiteral("to"));

    // Preflight: what would move, and may every object go there? Nothing is written yet.
    Migration migration;
    migration.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    migration.district = district.id;
    migration.fromRegion = from;
    migration.toRegion = to;
    migration.actor = actor;
    ObjectStore *source = &m_residency.stores().store(from);
    ObjectStore *target = &m_residency.stores().store(to);
    QList<ObjectInfo> objects;
    if (keys.isEmpty()) {
        QString token;
        do {
            const auto page = source->list(district.id + QLatin1Char('/'), token, 1000);
            for (const auto &info : page.objects) {
                if (auto head = source->head(info.key))
                    objects.append(*head);
            }
            token = page.nextToken;
        } while (!token.isEmpty());
    } else {
        for (qsizetype i = 0; i < keys.size(); ++i) {
            const auto head = source->head(keys.at(i));
            if (!head)
                throw ServiceError(ServiceError::Kind::NotFound,
                    QStringLiteral("no object '%1' in region '%2'").arg(keys.at(i), from),
                    QStringLiteral("keys[%1]").arg(i));
            objects.append(*head);
        }
    }
    if (objects.isEmpty())
        throw ServiceError(ServiceError::Kind::NotFound,
            QStringLiteral("district '%1' has no objects in region '%2'").arg(district.id, from),
            QStringLiteral("from"));
    for (const auto &info : std::as_const(objects)) {
        const auto dataClass = info.meta.dataClass.isEmpty()
            ? info.key.section(QLatin1Char('/'), 1, 1)
            : info.meta.dataClass;
        const auto verdict = m_residency.judge(district, dataClass, to);
        if (!verdict.allowed)
            throw ServiceError(ServiceError::Kind::Forbidden,
                QStringLiteral("policy rule '%1' forbids %2 data of '%3' in region '%4' (%5): %6")
                    .arg(verdict.ruleId, dataClass, district.id, to, info.key, verdict.remedy),
                QStringLiteral("to"));
        if (const auto existing = target->head(info.key);
            existing && existing->meta.sha256 != info.meta.sha256)
            throw ServiceError(ServiceError::Kind::Conflict,
                QStringLiteral("region '%1' already holds a different object at '%2'; moving would "
                               "overwrite it")
                    .arg(to, info.key),
                QStringLiteral("keys"));
        migration.items.append(MigrationItem{info.key, dataClass, info.size, info.meta.sha256,
            MigrationItemState::Pending, verdict.ruleId});
    }
    migration.state = MigrationState::Running;
    migration.createdAt = migration.updatedAt = QDateTime::currentDateTimeUtc();
    m_store.insert(migration);
    qCInfo(lcMigrate) << "migration" << migration.id << "of" << migration.items.size() << "objects"
                      << district.id << from << "->" << to;
    publish(migration);
    m_active.insert(migration.id);
    QTimer::singleShot(0, this, [this, id = migration.id] { step(id); });
    return migration;
}

Migration Migrator::cancel(const QString &id, const QString &actor)
{
    auto migration = m_store.find(id);
    if (!migration)
        throw ServiceError(ServiceError::Kind::NotFound,
            QStringLiteral("no migration '%1'").arg(id), QStringLiteral("id"));
    if (migration->isFinished())
        throw ServiceError(ServiceError::Kind::Conflict,
            QStringLiteral("migration '%1' already ended (%2)")
                .arg(id, migrationStateName(migration->state)));
    m_store.requestCancel(id);
    qCInfo(lcMigrate) << "migration" << id << "cancel requested by" << actor;
    return *m_store.find(id);
}

void Migrator::resumeUnfinished()
{
    for (const auto &migration : m_store.unfinished()) {
        qCInfo(lcMigrate) << "resuming migration" << migration.id << "("
                          << migration.count(MigrationItemState::Deleted) << "of"
                          << migration.items.size() << "done)";
        m_store.setState(migration.id, MigrationState::Running);
        m_active.insert(migration.id);
        QTimer::singleShot(0, this, [this, id = migration.id] { step(id); });
    }
}

void Migrator::publish(const Migration &m)
{
    m_events.publish(MigrationProgressEvent{m.id, m.district, m.fromRegion, m.toRegion, m.state,
        m.count(MigrationItemState::Deleted), int(m.items.size()), m.error});
}

void Migrator::finish(Migration &m)
{
    const int committed = m.count(MigrationItemState::Deleted);
    if (m.cancelRequested)
        m.state = committed == 0 ? MigrationState::RolledBack : MigrationState::Failed;
    else
        m.state = m.count(MigrationItemState::RolledBack) > 0 ? MigrationState::Failed
                                                              : MigrationState::Done;
    if (m.cancelRequested && committed > 0)
        m.error = QStringLiteral(
            "cancelled after %1 of %2 objects moved; the rest stayed at the source")
                      .arg(committed)
                      .arg(m.items.size());
    m_store.setState(m.id, m.state, m.error);
    m_active.remove(m.id);
    qCInfo(lcMigrate) << "migration" << m.id << migrationStateName(m.state);
    publish(m);
    Q_EMIT finished(m.id, migrationStateName(m.state));
}

void Migrator::stop()
{
    if (m_stopped)
        return;
    m_stopped = true;
    if (m_io.activeThreadCount() > 0)
        qCInfo(lcMigrate) << "waiting for" << m_io.activeThreadCount()
                          << "object copy(ies) under way; they resume at the next start";
    m_io.waitForDone();
}

void Migrator::step(const QString &id)
{
    if (m_stopped)
        return;
    auto found = m_store.find(id);
    if (!found)
        return;
    auto m = *found;
    // The next object that still has a step to take.
    const MigrationItem *item = nullptr;
    for (const auto &candidate : std::as_const(m.items)) {
        if (candidate.state != MigrationItemState::Deleted
            && candidate.state != MigrationItemState::RolledBack) {
            item = &candidate;
            break;
        }
    }
    if (!item) {
        finish(m);
        return;
    }
    const auto key = item->key;
    const auto state = item->state;
    const auto expectedSha = item->sha256;
    const auto dataClass = item->dataClass;
    auto &registry = m_residency.stores();
    const bool rollBack = m.cancelRequested && state != MigrationItemState::Committed;

    // Object I/O off the daemon's thread; the continuation records the result on ours.
    const auto work = [&registry, m, key, state, expectedSha, dataClass, rollBack]() -> StepResult {
        try {
            if (rollBack) {
                // Remove the target copy only if it is ours (same checksum); the source is
                // untouched.
                ObjectStore *target = &registry.store(m.toRegion);
                if (const auto head = target->head(key); head && head->meta.sha256 == expectedSha)
                    target->remove(key);
                return {true, {}};
            }
            if (state == MigrationItemState::Pending) {
                const auto data
                    = registry.store(m.fromRegion).get(key); // verified against its sha256
                if (ObjectStore::sha256Hex(data) != expectedSha)
                    return {
                        false, QStringLiteral("source object %1 changed since preflight").arg(key)};
                registry.store(m.toRegion)
                    .put(key, data, ObjectMeta{m.district, dataClass, expectedSha});
            } else if (state == MigrationItemState::Copied) {
                ObjectStore *target = &registry.store(m.toRegion);
                const auto head = target->head(key);
                if (!head || head->meta.sha256 != expectedSha)
                    return {
                        false, QStringLiteral("target copy of %1 missing or different").arg(key)};
                if (ObjectStore::sha256Hex(target->get(key)) != expectedSha)
                    return {false,
                        QStringLiteral("target bytes of %1 do not match SHA-256 %2")
                            .arg(key, expectedSha)};
            } else if (state == MigrationItemState::Committed) {
                registry.store(m.fromRegion).remove(key);
            }
            return {true, {}};
        } catch (const std::exception &e) {
            return {false, QString::fromStdString(e.what())};
        }
    };

    const auto record
        = [this, m, key, state, expectedSha, dataClass, rollBack, id](const StepResult &result) {
              if (m_stopped)
                  return; // shutting down: the next start takes this step again
              auto current = m_store.find(id);
              if (!current)
                  return;
              if (!result.ok) {
                  const auto attemptKey = id + QLatin1Char('/') + key;
                  const int attempts = ++m_attempts[attemptKey];
                  qCWarning(lcMigrate) << "migration" << id << key << migrationItemStateName(state)
                                       << "failed:" << result.error << "attempt" << attempts;
                  if (attempts >= kMaxCopyAttempts) {
                      // Give up on this object before commit: the source keeps it, the target copy
                      // goes.
                      if (state != MigrationItemState::Committed) {
                          m_store.setItemState(id, key, MigrationItemState::RolledBack);
                          m_store.setState(id, MigrationState::Running, result.error);
                      }
                  } else if (state == MigrationItemState::Copied) {
                      m_store.setItemState(id, key, MigrationItemState::Pending); // copy again
                  }
                  QTimer::singleShot(200 * attempts, this, [this, id] { step(id); });
                  return;
              }
              if (rollBack) {
                  m_store.setItemState(id, key, MigrationItemState::RolledBack);
              } else if (state == MigrationItemState::Pending) {
                  crashIf(QStringLiteral("copy"));
                  m_store.setItemState(id, key, MigrationItemState::Copied);
              } else if (state == MigrationItemState::Copied) {
                  crashIf(QStringLiteral("verify"));
                  m_store.setItemState(id, key, MigrationItemState::Verified);
              } else if (state == MigrationItemState::Committed) {
                  crashIf(QStringLiteral("delete"));
                  m_store.setItemState(id, key, MigrationItemState::Deleted);
              }
              auto updated = *m_store.find(id);
              publish(updated);
              step(id);
          };

    if (state == MigrationItemState::Verified && !m.cancelRequested) {
        // Commit on our thread: the audit record and the step land in one transaction.
        crashIf(QStringLiteral("commit"));
        AuditRecord audit;
        audit.actor = m.actor;
        audit.action = QStringLiteral("migration.commit");
        audit.district = m.district;
        audit.dataClass = dataClass;
        audit.fromRegion = m.fromRegion;
        audit.toRegion = m.toRegion;
        audit.rule = item->rule;
        audit.details = {{QStringLiteral("migration"), id}, {QStringLiteral("key"), key},
            {QStringLiteral("sha256"), expectedSha}, {QStringLiteral("size"), item->size}};
        try {
            m_residency.auditLog().append(
                audit, [&] { m_store.setItemState(id, key, MigrationItemState::Committed); });
        } catch (const std::exception &e) {
            qCWarning(lcMigrate) << "migration" << id << "commit of" << key
                                 << "failed:" << e.what();
            QTimer::singleShot(500, this, [this, id] { step(id); });
            return;
        }
        QTimer::singleShot(0, this, [this, id] { step(id); });
        return;
    }
    QtConcurrent::run(&m_io, work).then(this, record);
}
