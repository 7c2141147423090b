#pragma once

#include "backend/core/residency/erasure.h"

#include <QObject>
#include <QSet>
#include <QThreadPool>

#include <optional>

class AuditLog;
class ErasureStore;
class ReplicationStore;
class ResidencyService;

/**
 * The right to erasure (issue #24, GDPR Art. 17): deletes a district's objects named by a prefix
 * or keys from every region's primary store, then from every replica store (DR copies), and
 * confirms each is gone with the store's own head(). A pass that deleted something is followed
 * by another (a copy under way may land after it); the erasure is done only when a pass over
 * every store finds nothing and reaches every store. A store it cannot reach keeps the erasure
 * "pending", retried with backoff and listed in the receipt, also across restarts. Audited:
 * erasure.request, then erasure.done with the receipt's size. Object I/O on worker threads.
 */
class Eraser : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Eraser)

public:
    /** @p copies (when given): the DR ledger, so that copies replication removed first are in
     *  the receipt too, confirmed absent, and those in a store it cannot reach are named. */
    Eraser(ResidencyService &residency, ErasureStore &store, AuditLog &audit,
        ReplicationStore *copies = nullptr, QObject *parent = nullptr);
    ~Eraser() override;

    /** Records and starts @p request's erasure; throws ServiceError(NotFound) for an unknown
     *  district. */
    Erasure start(const ErasureRequest &request, const QString &actor);
    std::optional<Erasure> find(const QString &id);
    QList<Erasure> list(const QString &district = {});
    /** Resumes every erasure a restart interrupted. */
    void resumeUnfinished();
    /** Shutdown: waits for the pass under way; its result is not recorded (the next start runs
     *  it again). Idempotent. */
    void stop();
    /** The first retry's delay after a store could not be reached (doubling, at most 60 s). */
    void setRetryMs(int ms) { m_retryMs = ms; }

Q_SIGNALS:
    void finished(const QString &id);

private:
    void pass(const QString &id);

    ResidencyService &m_residency;
    ErasureStore &m_store;
    AuditLog &m_audit;
    ReplicationStore *m_copies;
    QSet<QString> m_active;
    QThreadPool m_io;
    int m_retryMs = 1000;
    bool m_stopped = false;
};
