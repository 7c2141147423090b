#pragma once

#include "backend/core/migration.h"
#include "backend/core/residency/migrationrequest.h"

#include <QObject>
#include <QSet>
#include <QThreadPool>

#include <optional>

class EventBus;
class MigrationStore;
class ResidencyService;

/**
 * Moves a district's objects between regions without losing a byte. Per object, and persisted
 * after every step so a crash at any point resumes where it stopped:
 * copy → verify SHA-256 at the target → commit the audit record (atomically with the step) →
 * only then delete the source. Preflight refuses (ServiceError/ValidationError) a target the
 * policy does not allow, naming the rule, before anything moves. Object I/O runs on worker
 * threads; all state changes happen on the owner's thread.
 */
class Migrator : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Migrator)

public:
    Migrator(ResidencyService &residency, MigrationStore &store, EventBus &events,
        QObject *parent = nullptr);

    /** Preflights and starts @p request's migration; returns it. Throws ServiceError naming
     *  the field (unknown ids, missing objects, a placement the policy forbids) before anything
     *  is written. */
    Migration start(const MigrationRequest &request, const QString &actor);
    std::optional<Migration> find(const QString &id) const;
    QList<Migration> list(const QString &district) const;
    /** Asks a running migration to stop: objects not yet committed stay at the source. */
    Migration cancel(const QString &id, const QString &actor);
    /** Resumes every migration a crash or restart interrupted. */
    void resumeUnfinished();
    /** Shutdown: takes no further step and waits for the object I/O under way (it reads the
     *  object stores, which must outlive it). A step whose I/O finished is not recorded, so the
     *  next start does it again from its last persisted state: nothing is lost. Idempotent. */
    void stop();
    /** Test hook: crash (SIGKILL itself) when @p point is reached ("copy", "verify", "commit",
     * "delete"). */
    void setFailpoint(const QString &point) { m_failpoint = point; }

Q_SIGNALS:
    void finished(const QString &id, const QString &state);

private:
    void step(const QString &id);
    void crashIf(const QString &point) const;
    void publish(const Migration &migration);
    void finish(Migration &migration);

    ResidencyService &m_residency;
    MigrationStore &m_store;
    EventBus &m_events;
    QSet<QString> m_active;
    QHash<QString, int> m_attempts; // migration/key → copy attempts
    QString m_failpoint;
    QThreadPool m_io; // object I/O: waited for by stop(), before the stores go
    bool m_stopped = false;
};
