#include "backend/services/replicator.h"

#include "backend/core/audit/auditrecord.h"
#include "backend/core/events/replicationevents.h"
#include "backend/core/geo.h"
#include "backend/services/auditlog.h"
#include "backend/services/eventbus.h"
#include "backend/services/logging.h"
#include "backend/services/objectstoreregistry.h"
#include "backend/services/podmanager.h"
#include "backend/services/replicationjob.h"
#include "backend/services/residencyservice.h"

#include <QTimeZone>
#include <QtConcurrent>

#include <csignal>

namespace {

constexpr qint64 kMaxBackoffMs = 60000;
constexpr qint64 kDay = 24LL * 3600 * 1000;

QString groupKey(const QString &district, const QString &dataClass, const QString &region)
{
    return district + QLatin1Char('/') + dataClass + QLatin1Char('/') + region;
}

} // namespace

Replicator::Replicator(ResidencyService &residency, ReplicationStore &store, EventBus &events,
    AuditLog &audit, ReplicationSettings settings, QObject *parent)
    : QObject(parent)
    , m_residency(residency)
    , m_store(store)
    , m_events(events)
    , m_audit(audit)
    , m_settings(settings)
    , m_rate(std::make_shared<ByteRate>())
    , m_stopping(std::make_shared<std::atomic_bool>(false))
{
    m_io.setMaxThreadCount(std::max(1, m_settings.workers));
    m_scanTimer.setInterval(m_settings.scanIntervalMs);
    connect(&m_scanTimer, &QTimer::timeout, this, &Replicator::startScan);
    m_dispatchTimer.setSingleShot(true);
    connect(&m_dispatchTimer, &QTimer::timeout, this, &Replicator::dispatch);
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(20);
    connect(&m_flushTimer, &QTimer::timeout, this, &Replicator::flushDone);
    // The backlog's per-group figures are one GROUP BY over it: often enough to see a breach
    // within a quarter of the target, never more than once a second.
    m_lagTimer.setInterval(std::clamp(m_settings.lagTargetS * 250, 1000, 5000));
    connect(&m_lagTimer, &QTimer::timeout, this, &Replicator::checkLag);
}

Replicator::~Replicator()
{
    stop();
}

void Replicator::start()
{
    if (!m_settings.enabled || m_started)
        return;
    m_started = true;
    m_scanTimer.start();
    m_lagTimer.start();
    QTimer::singleShot(0, this, &Replicator::startScan);
    scheduleDispatch(0);
}

void Replicator::stop()
{
    if (m_stopped)
        return;
    m_stopped = true;
    m_stopping->store(true);
    m_scanTimer.stop();
    m_dispatchTimer.stop();
    m_lagTimer.stop();
    if (m_io.activeThreadCount() > 0)
        qCInfo(lcReplication) << "waiting for" << m_io.activeThreadCount()
                              << "replication job(s) under way; the backlog keeps them";
    m_io.waitForDone();
}

void Replicator::crashIf(const QString &point) const
{
    if (!m_failpoint.isEmpty() && m_failpoint == point) {
        qCCritical(lcReplication) << "failpoint" << point << "reached: killing the daemon";
        ::raise(SIGKILL);
    }
}

void Replicator::targetsChanged(const QString &district)
{
    if (district.isEmpty()) {
        m_targets.clear();
    } else {
        const QString prefix = district + QLatin1Char('/');
        m_targets.removeIf([&](const auto &it) { return it.key().startsWith(prefix); });
    }
    scanSoon();
}

DrChoice Replicator::target(
    const QString &districtId, const QString &dataClass, const QString &sourceRegion)
{
    const QString key = groupKey(districtId, dataClass, sourceRegion);
    if (const auto it = m_targets.constFind(key); it != m_targets.cend())
        return *it;
    PodManager &pods = m_residency.pods();
    const auto district = pods.district(districtId);
    const auto source = pods.region(sourceRegion);
    DrChoice choice;
    if (!district || !source) {
        choice.reason = !district ? QStringLiteral("no district '%1' in the fleet").arg(districtId)
                                  : QStringLiteral("no region '%1' in the fleet").arg(sourceRegion);
        choice.remedy = QStringLiteral("file the object under a district and region of the fleet");
    } else {
        // Regions with a backup pod are preferred: that is what backup pods are for.
        QSet<QString> backup;
        for (const Pod &pod : pods.pods())
            if (pod.type == PodType::Backup)
                backup.insert(pod.region);
        const auto consents = m_residency.consents(districtId);
        QList<DrCandidate> candidates;
        for (const Region &r : pods.regions()) {
            DrCandidate c;
            c.region = r.id;
            c.hasBackupPod = backup.contains(r.id);
            c.distanceKm
                = greatCircleKm(source->latitude, source->longitude, r.latitude, r.longitude);
            c.replicaStore = m_residency.stores().describeReplica(r.id);
            c.verdict = m_residency.judgeReplica(
                *district, dataClass, r.id, consents, &c.consentWouldAllow);
            candidates.append(c);
        }
        choice = chooseDrTarget(district->jurisdiction, dataClass, sourceRegion,
            m_residency.stores().describe(sourceRegion), candidates);
    }
    m_targets.insert(key, choice);
    return choice;
}

qint64 Replicator::rateFor(const QString &districtId) const
{
    if (m_settings.schoolHoursBandwidthBytesPerS < 0)
        return m_settings.bandwidthBytesPerS;
    const auto district = m_residency.pods().district(districtId);
    if (!district)
        return m_settings.bandwidthBytesPerS;
    const QDateTime now = m_now();
    const QTimeZone zone(district->timeZone.toUtf8());
    const bool inSchool
        = zone.isValid() && district->calendar.firstBusy(now, now.addMSecs(1), zone).has_value();
    return inSchool ? m_settings.schoolHoursBandwidthBytesPerS : m_settings.bandwidthBytesPerS;
}

void Replicator::scheduleDispatch(qint64 inMs)
{
    if (m_stopped || !m_started)
        return;
    const int ms = int(std::clamp<qint64>(inMs, 0, 1000));
    if (!m_dispatchTimer.isActive() || m_dispatchTimer.remainingTime() > ms)
        m_dispatchTimer.start(ms);
}

void Replicator::dispatch()
{
    if (m_stopped)
        return;
    // Enough queued that no worker waits for this thread to record the last results.
    const int maxInFlight = std::max(1, m_settings.workers) * 4;
    try {
        if (m_inFlight.size() < maxInFlight) {
            const auto due = m_store.due(nowMs(), maxInFlight + int(m_inFlight.size()));
            // Every intent row of this batch in one transaction, committed before any of its
            // copies starts: a crash never leaves a copy its row does not announce.
            QList<std::shared_ptr<ReplicationJob>> jobs;
            m_store.transaction([&] {
                for (const ReplicaPending &p : due) {
                    if (m_inFlight.size() + jobs.size() >= maxInFlight)
                        break;
                    if (!m_inFlight.contains(p.sourceRegion + QLatin1Char('/') + p.key))
                        jobs.append(prepare(p));
                }
            });
            for (const auto &job : std::as_const(jobs))
                launch(job);
        }
        if (const auto next = m_store.nextAttemptMs())
            scheduleDispatch(*next - nowMs());
    } catch (const std::exception &e) {
        qCWarning(lcReplication) << "backlog unreadable:" << e.what();
        scheduleDispatch(1000);
    }
}

std::shared_ptr<ReplicationJob> Replicator::prepare(const ReplicaPending &pending)
{
    auto job = std::make_shared<ReplicationJob>();
    job->pending = pending;
    job->target = target(pending.district, pending.dataClass, pending.sourceRegion).targetRegion;
    job->copies = m_store.copiesOf(pending.sourceRegion, pending.key);
    job->bytesPerS = rateFor(pending.district);
    job->failpoint = m_failpoint;
    const bool known = std::any_of(job->copies.cbegin(), job->copies.cend(),
        [&](const ReplicaCopy &c) { return c.targetRegion == job->target; });
    if (!job->target.isEmpty() && !known) {
        // The ledger row comes first: whatever happens next, no copy exists that it lacks.
        ReplicaCopy intent;
        intent.sourceRegion = pending.sourceRegion;
        intent.key = pending.key;
        intent.targetRegion = job->target;
        intent.district = pending.district;
        intent.dataClass = pending.dataClass;
        intent.state = ReplicaCopy::State::Copying;
        m_store.putCopy(intent);
        job->copies.append(intent);
        job->freshIntent = true;
    }
    return job;
}

void Replicator::launch(const std::shared_ptr<ReplicationJob> &job)
{
    m_inFlight.insert(job->pending.sourceRegion + QLatin1Char('/') + job->pending.key);
    const ObjectStoreRegistry *stores = &m_residency.stores();
    auto rate = m_rate;
    auto stopping = m_stopping;
    QtConcurrent::run(&m_io, [job, stores, rate, stopping] {
        return std::make_shared<ReplicationJobResult>(
            runReplicationJob(*job, *stores, *rate, *stopping));
    }).then(this, [this, job](const std::shared_ptr<ReplicationJobResult> &result) {
        if (m_stopped)
            return; // shutting down: the backlog still holds it for the next start
        m_done.append({job, result});
        // Group commit: results share one transaction (one fsync) for up to 20 ms.
        if (m_done.size() >= 64)
            flushDone();
        else if (!m_flushTimer.isActive())
            m_flushTimer.start();
    });
}

void Replicator::flushDone()
{
    // Group commit: the jobs that finished since the last flush share one transaction.
    m_flushTimer.stop();
    const auto done = std::exchange(m_done, {});
    if (done.isEmpty())
        return;
    QList<AuditRecord> records;
    const qint64 now = nowMs();
    // A job that copied nothing and found the ledger's verified copy still there (a re-check:
    // a scan saw a change that was none, or a listing in another order than the ledger's) is a
    // confirmation, not a copy: no audit record, no new ledger row.
    const auto confirmed = [](const ReplicationJob &job, const ReplicationJobResult &result) {
        return !result.copied
            && std::any_of(job.copies.cbegin(), job.copies.cend(), [&](const ReplicaCopy &c) {
                   return c.targetRegion == job.target && c.state == ReplicaCopy::State::Verified
                       && c.sha256 == result.sha256 && c.size == result.size
                       && c.sourceModifiedMs == result.sourceModifiedMs;
               });
    };
    for (const auto &[job, result] : done) {
        m_inFlight.remove(job->pending.sourceRegion + QLatin1Char('/') + job->pending.key);
        if (!result->ok)
            continue;
        const ReplicaPending &p = job->pending;
        const DrChoice choice = target(p.district, p.dataClass, p.sourceRegion);
        if (!result->sourceGone && !job->target.isEmpty() && !confirmed(*job, *result)) {
            AuditRecord audit;
            audit.actor = QStringLiteral("system:replication");
            audit.action = QStringLiteral("replication.copy");
            audit.district = p.district;
            audit.dataClass = p.dataClass;
            audit.fromRegion = p.sourceRegion;
            audit.toRegion = job->target;
            audit.rule = choice.rule;
            audit.details = {{QStringLiteral("key"), p.key},
                {QStringLiteral("sha256"), result->sha256}, {QStringLiteral("size"), result->size},
                {QStringLiteral("target_store"), choice.targetStore},
                {QStringLiteral("verified"), true}, {QStringLiteral("lag_ms"), now - p.detectedMs},
                {QStringLiteral("bytes_sent"), result->copied ? result->size : 0}};
            records.append(audit);
        }
        for (const QString &removed : result->removedTargets) {
            AuditRecord audit;
            audit.actor = QStringLiteral("system:replication");
            audit.action = QStringLiteral("replication.remove");
            audit.district = p.district;
            audit.dataClass = p.dataClass;
            audit.fromRegion = p.sourceRegion;
            audit.toRegion = removed;
            const QString why = result->sourceGone ? QStringLiteral("the source object is gone")
                : job->target.isEmpty()
                ? QStringLiteral("no longer allowed there: %1").arg(choice.reason)
                : QStringLiteral("its copy now belongs in %1").arg(job->target);
            audit.details = {{QStringLiteral("key"), p.key}, {QStringLiteral("reason"), why},
                {QStringLiteral("target_store"), m_residency.stores().describeReplica(removed)}};
            records.append(audit);
        }
    }
    crashIf(QStringLiteral("commit"));
    try {
        m_audit.appendBatch(records, [&] {
            for (const auto &[job, result] : done) {
                const ReplicaPending &p = job->pending;
                if (!result->ok) {
                    const int attempts = p.attempts + 1;
                    const qint64 backoff
                        = std::min<qint64>(kMaxBackoffMs, 500LL << std::min(attempts, 7));
                    m_store.retryLater(p.sourceRegion, p.key, now + backoff, result->error);
                    continue;
                }
                for (const QString &removed : result->removedTargets)
                    m_store.removeCopy(p.sourceRegion, p.key, removed);
                if (!result->sourceGone && !job->target.isEmpty() && !confirmed(*job, *result)) {
                    ReplicaCopy copy;
                    copy.sourceRegion = p.sourceRegion;
                    copy.key = p.key;
                    copy.targetRegion = job->target;
                    copy.district = p.district;
                    copy.dataClass = p.dataClass;
                    copy.state = ReplicaCopy::State::Verified;
                    copy.sha256 = result->sha256;
                    copy.size = result->size;
                    copy.sourceModifiedMs = result->sourceModifiedMs;
                    copy.verifiedMs = now;
                    copy.lagMs = std::max<qint64>(0, now - p.detectedMs);
                    m_store.putCopy(copy);
                }
                m_store.dequeue(p.sourceRegion, p.key);
            }
        });
    } catch (const std::exception &e) {
        // Nothing of it was committed: the backlog still holds every one of them.
        qCWarning(lcReplication) << "replication results not recorded:" << e.what();
        scheduleDispatch(1000);
        return;
    }
    for (const auto &[job, result] : done) {
        if (!result->ok) {
            ++m_failures;
            qCWarning(lcReplication).noquote()
                << "replication of" << job->pending.key << "from" << job->pending.sourceRegion
                << "failed (attempt" << job->pending.attempts + 1 << "):" << result->error;
            continue;
        }
        if (result->copied) {
            ++m_copied;
            m_copiedBytes += result->size;
        }
        m_removed += result->removedTargets.size();
    }
    scheduleDispatch(0);
    if (m_inFlight.isEmpty() && m_store.backlogObjects() == 0)
        Q_EMIT drained();
}

void Replicator::checkLag()
{
    if (m_stopped)
        return;
    const qint64 now = nowMs();
    const qint64 targetMs = qint64(m_settings.lagTargetS) * 1000;
    QSet<QString> breached;
    QList<ReplicaBacklogGroup> groups;
    try {
        groups = m_store.backlogGroups();
    } catch (const std::exception &e) {
        qCWarning(lcReplication) << "backlog unreadable:" << e.what();
        return;
    }
    const auto announce = [&](const ReplicaBacklogGroup &g, qint64 lagMs, bool isBreach) {
        const DrChoice choice = target(g.district, g.dataClass, g.sourceRegion);
        ReplicationLagEvent event{g.district, g.dataClass, g.sourceRegion, choice.targetRegion,
            lagMs / 1000, m_settings.lagTargetS, isBreach};
        AuditRecord audit;
        audit.actor = QStringLiteral("system:replication");
        audit.action = isBreach ? QStringLiteral("replication.lag_breach")
                                : QStringLiteral("replication.lag_recovered");
        audit.district = g.district;
        audit.dataClass = g.dataClass;
        audit.fromRegion = g.sourceRegion;
        audit.toRegion = choice.targetRegion;
        audit.details = {{QStringLiteral("lag_s"), lagMs / 1000},
            {QStringLiteral("target_s"), m_settings.lagTargetS},
            {QStringLiteral("backlog_objects"), g.objects},
            {QStringLiteral("last_error"), g.lastError}};
        try {
            m_audit.append(audit);
        } catch (const std::exception &e) {
            qCWarning(lcReplication) << "lag breach not audited:" << e.what();
        }
        m_events.publish(event);
        qCWarning(lcReplication).noquote()
            << (isBreach ? "lag breach:" : "lag recovered:") << g.district << g.dataClass
            << g.sourceRegion << "->" << choice.targetRegion << lagMs / 1000 << "s";
    };
    for (const ReplicaBacklogGroup &g : std::as_const(groups)) {
        const QString key = groupKey(g.district, g.dataClass, g.sourceRegion);
        const qint64 lagMs = now - g.oldestDetectedMs;
        // Only a group that has somewhere to copy to can be late.
        if (lagMs <= targetMs || !target(g.district, g.dataClass, g.sourceRegion).hasTarget())
            continue;
        breached.insert(key);
        if (!m_breached.contains(key))
            announce(g, lagMs, true);
    }
    for (const QString &key : std::as_const(m_breached)) {
        if (breached.contains(key))
            continue;
        ReplicaBacklogGroup g;
        g.district = key.section(QLatin1Char('/'), 0, 0);
        g.dataClass = key.section(QLatin1Char('/'), 1, 1);
        g.sourceRegion = key.section(QLatin1Char('/'), 2, 2);
        announce(g, 0, false);
    }
    m_breached = breached;
}

ReplicationStatus Replicator::status(const std::optional<QStringList> &districts)
{
    ReplicationStatus status;
    status.lagTargetS = m_settings.lagTargetS;
    status.scannedAt = m_scannedAt;
    const qint64 now = nowMs();
    QHash<QString, ReplicaBacklogGroup> backlog;
    for (const auto &g : m_store.backlogGroups())
        backlog.insert(groupKey(g.district, g.dataClass, g.sourceRegion), g);
    QHash<QString, ReplicaCopyGroup> copies;
    for (const auto &g : m_store.copyGroups(now - kDay))
        copies.insert(groupKey(g.district, g.dataClass, g.sourceRegion), g);
    QStringList keys = m_groups.keys();
    for (auto it = backlog.cbegin(); it != backlog.cend(); ++it)
        if (!m_groups.contains(it.key()))
            keys.append(it.key());
    std::sort(keys.begin(), keys.end());
    for (const QString &key : std::as_const(keys)) {
        ReplicationEntry e;
        e.district = key.section(QLatin1Char('/'), 0, 0);
        e.dataClass = key.section(QLatin1Char('/'), 1, 1);
        e.sourceRegion = key.section(QLatin1Char('/'), 2, 2);
        if (districts && !districts->contains(e.district))
            continue;
        const DrChoice choice = target(e.district, e.dataClass, e.sourceRegion);
        e.targetRegion = choice.targetRegion;
        e.targetStore = choice.targetStore;
        e.reason = choice.reason;
        e.remedy = choice.remedy;
        const GroupStats stats = m_groups.value(key);
        e.objects = stats.objects;
        e.bytes = stats.bytes;
        if (const auto c = copies.constFind(key); c != copies.cend()) {
            e.replicatedObjects = c->objects;
            e.maxLag24hS = c->maxLagMs / 1000;
            if (c->lastVerifiedMs > 0)
                e.lastVerified = QDateTime::fromMSecsSinceEpoch(c->lastVerifiedMs, Qt::UTC);
        }
        if (const auto b = backlog.constFind(key); b != backlog.cend()) {
            e.backlogObjects = b->objects;
            e.backlogBytes = b->bytes;
            e.oldestPendingS = std::max<qint64>(0, now - b->oldestDetectedMs) / 1000;
            if (choice.hasTarget())
                e.lagS = e.oldestPendingS;
            e.maxLag24hS = std::max(e.maxLag24hS, e.lagS);
        }
        status.entries.append(e);
    }
    return status;
}

QStringList Replicator::withoutDr(const QStringList &districts, QString *summary)
{
    const ReplicationStatus s = status(districts);
    QStringList without;
    qint64 pending = 0;
    qint64 worstLag = 0;
    for (const ReplicationEntry &e : s.entries) {
        if (e.targetRegion.isEmpty()) {
            if (!without.contains(e.district))
                without.append(e.district);
            continue;
        }
        pending += e.backlogObjects;
        worstLag = std::max(worstLag, e.lagS);
    }
    if (summary) {
        *summary = !s.scannedAt
            ? QStringLiteral("DR replication has not finished its first scan yet")
            : QStringLiteral("%1 of %2 affected district(s) have data with no allowed DR place; "
                             "%3 copy(ies) pending, the oldest %4 s behind (target %5 s)")
                  .arg(without.size())
                  .arg(districts.size())
                  .arg(pending)
                  .arg(worstLag)
                  .arg(s.lagTargetS);
    }
    return without;
}

QString Replicator::metricsText()
{
    // Per source and target region (a district's series would be 44 × 5 × 6 of them).
    struct Row
    {
        qint64 objects = 0;
        qint64 bytes = 0;
        qint64 lagS = 0;
    };
    QMap<std::pair<QString, QString>, Row> rows;
    const ReplicationStatus s = status();
    for (const ReplicationEntry &e : s.entries) {
        if (e.targetRegion.isEmpty())
            continue;
        Row &row = rows[{e.sourceRegion, e.targetRegion}];
        row.objects += e.backlogObjects;
        row.bytes += e.backlogBytes;
        row.lagS = std::max(row.lagS, e.lagS);
    }
    QString out;
    out += QStringLiteral("# HELP rp_replication_backlog_objects Objects whose DR copy is due.\n"
                          "# TYPE rp_replication_backlog_objects gauge\n");
    for (auto it = rows.cbegin(); it != rows.cend(); ++it)
        out += QStringLiteral("rp_replication_backlog_objects{source_region=\"%1\",target_region="
                              "\"%2\"} %3\n")
                   .arg(it.key().first, it.key().second)
                   .arg(it->objects);
    out += QStringLiteral("# HELP rp_replication_backlog_bytes Bytes whose DR copy is due.\n"
                          "# TYPE rp_replication_backlog_bytes gauge\n");
    for (auto it = rows.cbegin(); it != rows.cend(); ++it)
        out += QStringLiteral("rp_replication_backlog_bytes{source_region=\"%1\",target_region="
                              "\"%2\"} %3\n")
                   .arg(it.key().first, it.key().second)
                   .arg(it->bytes);
    out += QStringLiteral(
        "# HELP rp_replication_lag_seconds Age of the oldest change not yet copied.\n"
        "# TYPE rp_replication_lag_seconds gauge\n");
    for (auto it = rows.cbegin(); it != rows.cend(); ++it)
        out += QStringLiteral(
            "rp_replication_lag_seconds{source_region=\"%1\",target_region=\"%2\"} %3\n")
                   .arg(it.key().first, it.key().second)
                   .arg(it->lagS);
    out += QStringLiteral(
        "# HELP rp_replication_copies_total Copies verified at their target since start.\n"
        "# TYPE rp_replication_copies_total counter\nrp_replication_copies_total %1\n"
        "# HELP rp_replication_copied_bytes_total Bytes copied since start.\n"
        "# TYPE rp_replication_copied_bytes_total counter\nrp_replication_copied_bytes_total %2\n"
        "# HELP rp_replication_removals_total Copies removed since start.\n"
        "# TYPE rp_replication_removals_total counter\nrp_replication_removals_total %3\n"
        "# HELP rp_replication_failures_total Copy attempts that failed since start.\n"
        "# TYPE rp_replication_failures_total counter\nrp_replication_failures_total %4\n")
               .arg(m_copied)
               .arg(m_copiedBytes)
               .arg(m_removed)
               .arg(m_failures);
    return out;
}
