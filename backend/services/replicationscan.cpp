// The replicator's scan: every source store listed page by page and merged with the ledger, so
// a store of a million objects costs one page of memory (issue #24). Part of Replicator.

#include "backend/services/logging.h"
#include "backend/services/objectstoreregistry.h"
#include "backend/services/podmanager.h"
#include "backend/services/replicator.h"
#include "backend/services/residencyservice.h"

#include <QtConcurrent>

struct Replicator::Scan
{
    QStringList regions;
    qsizetype index = 0;
    bool targetPass = false; // listing the replica stores: copies that went missing there
    QString token;
    QString lastKey; // the ledger's range so far: keys <= lastKey are merged
    qint64 startedMs = 0;
    QHash<QString, GroupStats> groups;
};

namespace {

/** What a worker listed: one page, or why the store could not be read. */
struct ListedPage
{
    ObjectPage page;
    QString error;
};

/** Byte-wise UTF-8 order, as listings and the ledger (SQLite BINARY) sort keys; QString's own
 *  order is UTF-16's, which differs above U+FFFF. */
bool utf8Less(const QString &a, const QString &b)
{
    return a.toUtf8() < b.toUtf8();
}

} // namespace

void Replicator::scanSoon()
{
    if (!m_started || m_stopped)
        return;
    if (m_scan)
        m_rescan = true;
    else
        QTimer::singleShot(0, this, &Replicator::startScan);
}

void Replicator::startScan()
{
    if (m_stopped || m_scan)
        return;
    m_scan = std::make_unique<Scan>();
    m_scan->startedMs = nowMs();
    for (const Region &r : m_residency.pods().regions())
        m_scan->regions.append(r.id);
    m_rescan = false;
    ++m_scanCount;
    listNextPage();
}

void Replicator::listNextPage()
{
    if (m_stopped || !m_scan)
        return;
    if (m_scan->index >= m_scan->regions.size()) {
        const bool verifyTargets = m_settings.verifyTargetsEvery > 0
            && (m_scanCount % m_settings.verifyTargetsEvery) == 1 % m_settings.verifyTargetsEvery;
        if (m_scan->targetPass || !verifyTargets) {
            finishScan();
            return;
        }
        m_scan->targetPass = true;
        m_scan->index = 0;
    }
    const QString region = m_scan->regions.at(m_scan->index);
    const bool targetPass = m_scan->targetPass;
    const QString token = m_scan->token;
    const int pageSize = m_settings.pageSize;
    const ObjectStoreRegistry *stores = &m_residency.stores();
    QtConcurrent::run(&m_io, [stores, region, targetPass, token, pageSize] {
        ListedPage listed;
        try {
            ObjectStore &store = targetPass ? stores->replicaStore(region) : stores->store(region);
            listed.page = store.list(QString(), token, pageSize);
        } catch (const std::exception &e) {
            listed.error = QString::fromUtf8(e.what());
        }
        return listed;
    }).then(this, [this, region, targetPass](const ListedPage &listed) {
        if (m_stopped || !m_scan)
            return;
        const QString storeName = targetPass ? region + QStringLiteral("#replicas") : region;
        if (!listed.error.isEmpty()) {
            // An unreadable store is skipped this round (its copies are not judged missing).
            if (m_scanErrors.value(storeName) != listed.error)
                qCWarning(lcReplication).noquote()
                    << "cannot list" << storeName << "for replication:" << listed.error;
            m_scanErrors.insert(storeName, listed.error);
            m_scan->token.clear();
            m_scan->lastKey.clear();
            ++m_scan->index;
            listNextPage();
            return;
        }
        m_scanErrors.remove(storeName);
        const bool last = listed.page.nextToken.isEmpty();
        const QString upTo = last ? QString() : listed.page.objects.constLast().key;
        try {
            // One transaction per page: a thousand backlog rows cost one fsync, not a thousand.
            m_store.transaction([&] {
                if (targetPass)
                    mergeTargetPage(region, listed.page.objects, upTo);
                else
                    mergeSourcePage(region, listed.page.objects, upTo);
            });
        } catch (const std::exception &e) {
            qCWarning(lcReplication) << "replication scan of" << region << "stopped:" << e.what();
            m_scan.reset();
            return;
        }
        if (last) {
            if (!targetPass)
                m_lastScanStartMs.insert(region, m_scan->startedMs);
            m_scan->token.clear();
            m_scan->lastKey.clear();
            ++m_scan->index;
        } else {
            m_scan->token = listed.page.nextToken;
            m_scan->lastKey = upTo;
        }
        listNextPage();
    });
}

void Replicator::mergeSourcePage(
    const QString &region, const QList<ObjectInfo> &objects, const QString &upTo)
{
    const qint64 now = nowMs();
    // A change the last complete scan did not see happened after it began (an object copied in
    // with an old time is no older than that).
    const qint64 seenBefore = m_lastScanStartMs.value(region, now);
    const auto copies = m_store.copiesInRange(region, m_scan->lastKey, upTo);
    qsizetype c = 0;
    const auto enqueue = [&](const QString &key, qint64 size, qint64 detectedMs) {
        if (m_inFlight.contains(region + QLatin1Char('/') + key))
            return; // the next scan sees whether the copy under way is still current
        ReplicaPending p;
        p.sourceRegion = region;
        p.key = key;
        p.district = key.section(QLatin1Char('/'), 0, 0);
        p.dataClass = key.section(QLatin1Char('/'), 1, 1);
        p.size = size;
        p.detectedMs = std::min(detectedMs, now);
        p.nextAttemptMs = now;
        m_store.enqueue(p);
    };
    bool enqueued = false;
    for (const ObjectInfo &object : objects) {
        // Ledger rows before this key have no source object any more: deleted or migrated.
        while (c < copies.size() && utf8Less(copies.at(c).key, object.key)) {
            if (c == 0 || copies.at(c - 1).key != copies.at(c).key) {
                enqueue(copies.at(c).key, 0, seenBefore);
                enqueued = true;
            }
            ++c;
        }
        const QString district = object.key.section(QLatin1Char('/'), 0, 0);
        const QString dataClass = object.key.section(QLatin1Char('/'), 1, 1);
        GroupStats &stats
            = m_scan->groups[district + QLatin1Char('/') + dataClass + QLatin1Char('/') + region];
        ++stats.objects;
        stats.bytes += object.size;
        const QString wanted = target(district, dataClass, region).targetRegion;
        const qint64 modifiedMs = object.modified.toMSecsSinceEpoch();
        bool current = wanted.isEmpty();
        bool stray = false;
        for (; c < copies.size() && copies.at(c).key == object.key; ++c) {
            const ReplicaCopy &copy = copies.at(c);
            if (copy.targetRegion != wanted) {
                stray = true;
            } else {
                current = copy.state == ReplicaCopy::State::Verified && copy.size == object.size
                    && copy.sourceModifiedMs == modifiedMs;
            }
        }
        if (!current || stray) {
            enqueue(object.key, object.size,
                std::max(modifiedMs, std::min(seenBefore, m_scan->startedMs)));
            enqueued = true;
        }
    }
    for (; c < copies.size(); ++c) {
        if (c == 0 || copies.at(c - 1).key != copies.at(c).key) {
            enqueue(copies.at(c).key, 0, seenBefore);
            enqueued = true;
        }
    }
    if (enqueued)
        scheduleDispatch(0);
}

void Replicator::mergeTargetPage(
    const QString &region, const QList<ObjectInfo> &objects, const QString &upTo)
{
    // A verified copy the replica store no longer holds (or holds at another size) is copied
    // again; the worker reads the target before it trusts the ledger.
    const auto copies = m_store.copiesAtTarget(region, m_scan->lastKey, upTo);
    QHash<QString, qint64> present;
    present.reserve(objects.size());
    for (const ObjectInfo &object : objects)
        present.insert(object.key, object.size);
    const qint64 now = nowMs();
    bool enqueued = false;
    for (const ReplicaCopy &copy : copies) {
        if (copy.state != ReplicaCopy::State::Verified)
            continue;
        const auto it = present.constFind(copy.key);
        if (it != present.cend() && *it == copy.size)
            continue;
        if (m_inFlight.contains(copy.sourceRegion + QLatin1Char('/') + copy.key))
            continue;
        qCWarning(lcReplication).noquote()
            << "DR copy of" << copy.key << "from" << copy.sourceRegion << "is missing in" << region
            << "'s replica store: copying it again";
        ReplicaPending p;
        p.sourceRegion = copy.sourceRegion;
        p.key = copy.key;
        p.district = copy.district;
        p.dataClass = copy.dataClass;
        p.size = copy.size;
        p.detectedMs = now;
        p.nextAttemptMs = now;
        m_store.enqueue(p);
        enqueued = true;
    }
    if (enqueued)
        scheduleDispatch(0);
}

void Replicator::finishScan()
{
    if (!m_scan)
        return;
    m_groups = std::move(m_scan->groups);
    m_scannedAt = QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC);
    m_scan.reset();
    Q_EMIT scanFinished();
    if (m_rescan)
        QTimer::singleShot(0, this, &Replicator::startScan);
    scheduleDispatch(0);
}
