#pragma once

#include "backend/core/replication/drtarget.h"
#include "backend/core/replication/replicationentry.h"
#include "backend/providers/objectstore.h"
#include "backend/store/replicationstore.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class AuditLog;
class EventBus;
class ResidencyService;
struct AuditRecord;

/** `replication` in the daemon's config file (docs/api.md, Replication). */
struct ReplicationSettings
{
    bool enabled = true;
    int scanIntervalMs = 15000; // how often every source store is listed and compared
    int lagTargetS = 60; // a change not copied within this is a lag breach
    int workers = 4; // object copies at once (waiting on stores, mostly: not bound to cores)
    qint64 bandwidthBytesPerS = 0; // 0: no cap
    // While a district is in school (its calendar, in its time zone): -1 = as bandwidth.
    qint64 schoolHoursBandwidthBytesPerS = -1;
    int pageSize = 1000; // objects per listing page (and so in memory at once)
    int verifyTargetsEvery = 4; // every n-th scan also lists the replica stores
};

class ByteRate;
struct ReplicationJob;
struct ReplicationJobResult;

/**
 * DR replication (issue #24): keeps one verified copy of every object of a region's primary
 * store in the replica store of the target the residency engine chooses for its district and
 * data class (chooseDrTarget), and none anywhere else. Objects are written by others (clients,
 * migrations), so changes are found by a scan: each source store is listed page by page and
 * merged with the ledger (ReplicationStore); what differs goes to the durable backlog. Workers
 * copy (get, verified) → put at the target → read it back and check its SHA-256; a copy counts
 * only then. Every copy, removal and lag breach is in the audit chain; a ledger row is written
 * before its copy, so a kill -9 at any point leaves no unrecorded copy and the next start goes
 * on from the backlog. A dead or slow target only grows the backlog: the source's writers never
 * wait for it. All state changes happen on the owner's thread; object I/O on worker threads.
 */
class Replicator : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Replicator)

public:
    Replicator(ResidencyService &residency, ReplicationStore &store, EventBus &events,
        AuditLog &audit, ReplicationSettings settings = {}, QObject *parent = nullptr);
    ~Replicator() override;

    /** Starts scanning (at once, then every scanIntervalMs) and copying. */
    void start();
    /** Shutdown: no new work; waits for the object I/O under way (its result is not recorded:
     *  the backlog still holds it, and the next start does it again). Idempotent. */
    void stop();
    /** A scan as soon as the current one ends: after a migration, a policy or consent change. */
    void scanSoon();
    /** Forgets the cached DR targets of @p district (all when empty) and rescans. */
    void targetsChanged(const QString &district = {});
    void setWallClock(std::function<QDateTime()> now) { m_now = std::move(now); }
    /** Test hook: SIGKILL the daemon at "copy" (after the put, before it is verified) or
     *  "commit" (verified, before the ledger records it). */
    void setFailpoint(const QString &point) { m_failpoint = point; }

    /** Where @p district's data of @p dataClass held in @p sourceRegion gets its DR copy. */
    DrChoice target(const QString &district, const QString &dataClass, const QString &sourceRegion);
    /** GET /replication: one entry per district, class and source region holding objects,
     *  limited to @p districts when given (an auditor's). */
    ReplicationStatus status(const std::optional<QStringList> &districts = std::nullopt);
    /** Which of @p districts hold data of a class and region with no DR target, and a sentence
     *  on the rest (how many copies are pending, the worst lag) in @p summary. */
    QStringList withoutDr(const QStringList &districts, QString *summary);
    /** Backlog and lag per source and target region, in Prometheus text (for /metrics). */
    QString metricsText();
    const ReplicationSettings &settings() const { return m_settings; }
    bool scanning() const { return m_scan != nullptr; }

Q_SIGNALS:
    /** A scan of every store ended (the backlog holds what it found). */
    void scanFinished();
    /** The backlog became empty (everything found is copied and verified). */
    void drained();

private:
    struct Scan;
    struct GroupStats
    {
        qint64 objects = 0;
        qint64 bytes = 0;
    };

    qint64 nowMs() const { return m_now().toMSecsSinceEpoch(); }
    void startScan();
    void listNextPage();
    void mergeSourcePage(
        const QString &region, const QList<ObjectInfo> &objects, const QString &upTo);
    void mergeTargetPage(
        const QString &region, const QList<ObjectInfo> &objects, const QString &upTo);
    void finishScan();
    void dispatch();
    void scheduleDispatch(qint64 inMs);
    /** Writes @p pending's intent row (inside the caller's transaction); returns its job. */
    std::shared_ptr<ReplicationJob> prepare(const ReplicaPending &pending);
    void launch(const std::shared_ptr<ReplicationJob> &job);
    void recordResult(const ReplicationJob &job, const ReplicationJobResult &result);
    void flushDone();
    void checkLag();
    qint64 rateFor(const QString &district) const;
    void crashIf(const QString &point) const;

    ResidencyService &m_residency;
    ReplicationStore &m_store;
    EventBus &m_events;
    AuditLog &m_audit;
    ReplicationSettings m_settings;
    std::function<QDateTime()> m_now = [] { return QDateTime::currentDateTimeUtc(); };
    QString m_failpoint;

    QTimer m_scanTimer;
    QTimer m_dispatchTimer;
    QTimer m_lagTimer;
    QTimer m_flushTimer; // results wait a moment to share one transaction
    std::unique_ptr<Scan> m_scan;
    bool m_rescan = false;
    int m_scanCount = 0;
    QHash<QString, qint64> m_lastScanStartMs; // per source region: what the last scan saw
    QHash<QString, GroupStats> m_groups; // "district/class/region" → as of the last scan
    std::optional<QDateTime> m_scannedAt;
    QHash<QString, DrChoice> m_targets; // "district/class/region" → cached choice
    QSet<QString> m_inFlight; // "region/key"
    QSet<QString> m_breached; // groups in a lag breach
    QList<std::pair<std::shared_ptr<ReplicationJob>, std::shared_ptr<ReplicationJobResult>>> m_done;
    qint64 m_copied = 0;
    qint64 m_copiedBytes = 0;
    qint64 m_removed = 0;
    qint64 m_failures = 0;
    QHash<QString, QString> m_scanErrors; // store → last listing error
    std::shared_ptr<ByteRate> m_rate;
    std::shared_ptr<std::atomic_bool> m_stopping;
    QThreadPool m_io; // object I/O: waited for by stop()
    bool m_started = false;
    bool m_stopped = false;
};
