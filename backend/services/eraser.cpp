#include "backend/services/eraser.h"

#include "backend/core/audit/auditrecord.h"
#include "backend/providers/objectstore.h"
#include "backend/services/auditlog.h"
#include "backend/services/logging.h"
#include "backend/services/objectstoreregistry.h"
#include "backend/services/podmanager.h"
#include "backend/services/residencyservice.h"
#include "backend/store/erasurestore.h"
#include "backend/store/replicationstore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>
#include <QUuid>
#include <QtConcurrent>

namespace {

/** What one pass over every store did. */
struct ErasurePass
{
    QList<ErasureItem> deleted; // found, removed and confirmed absent
    QList<ErasureItem> failed; // found but not removable, or a store that could not be read
    int removed = 0; // copies this pass found and removed (not those already gone)
};

bool names(const ErasureRequest &request, const QString &key)
{
    return request.keys.isEmpty() ? key.startsWith(request.prefix) : request.keys.contains(key);
}

/** @p ledger: per region, the keys the DR ledger says its replica store holds. */
ErasurePass runPass(const ErasureRequest &request, const QStringList &regions,
    const ObjectStoreRegistry &stores, const QHash<QString, QStringList> &ledger)
{
    ErasurePass result;
    // Primaries first: once they are gone, replication has nothing left to copy back.
    for (const bool replica : {false, true}) {
        for (const QString &region : regions) {
            QString storeName = region;
            try {
                ObjectStore &store = replica ? stores.replicaStore(region) : stores.store(region);
                storeName = store.describe();
                QStringList found;
                if (request.keys.isEmpty()) {
                    QString token;
                    do {
                        const ObjectPage page = store.list(request.prefix, token, 1000);
                        for (const ObjectInfo &info : page.objects)
                            found.append(info.key);
                        token = page.nextToken;
                    } while (!token.isEmpty());
                } else {
                    for (const QString &key : request.keys)
                        if (store.head(key))
                            found.append(key);
                }
                if (replica) {
                    // A copy the ledger knows but the store no longer holds (replication removed
                    // it first) is in the receipt too: confirmed absent by the store itself.
                    for (const QString &key : ledger.value(region)) {
                        if (found.contains(key))
                            continue;
                        if (store.head(key)) {
                            found.append(key);
                            continue;
                        }
                        result.deleted.append(ErasureItem{region, storeName, replica, key, true,
                            QDateTime::currentDateTimeUtc(), {}});
                    }
                }
                for (const QString &key : std::as_const(found)) {
                    ErasureItem item{region, storeName, replica, key, false, {}, {}};
                    try {
                        store.remove(key);
                        if (store.head(key)) {
                            item.error = QStringLiteral("still there after its deletion");
                            result.failed.append(item);
                            continue;
                        }
                        item.deleted = true;
                        item.verifiedAt = QDateTime::currentDateTimeUtc();
                        result.deleted.append(item);
                        ++result.removed;
                    } catch (const std::exception &e) {
                        item.error = QString::fromUtf8(e.what());
                        result.failed.append(item);
                    }
                }
            } catch (const std::exception &e) {
                // The store could not be read: the erasure waits for it. The copies the ledger
                // says it holds are named; without any, the request's prefix or keys stand in.
                const QString why
                    = QStringLiteral("store unreachable: %1").arg(QString::fromUtf8(e.what()));
                QStringList keys = replica ? ledger.value(region) : QStringList();
                if (keys.isEmpty())
                    keys.append(request.keys.isEmpty() ? request.prefix : request.keys.join(u','));
                for (const QString &key : std::as_const(keys))
                    result.failed.append(
                        ErasureItem{region, storeName, replica, key, false, {}, why});
            }
        }
    }
    return result;
}

} // namespace

Eraser::Eraser(ResidencyService &residency, ErasureStore &store, AuditLog &audit,
    ReplicationStore *copies, QObject *parent)
    : QObject(parent)
    , m_residency(residency)
    , m_store(store)
    , m_audit(audit)
    , m_copies(copies)
{
    m_io.setMaxThreadCount(1);
}

Eraser::~Eraser()
{
    stop();
}

void Eraser::stop()
{
    if (m_stopped)
        return;
    m_stopped = true;
    m_io.waitForDone();
}

std::optional<Erasure> Eraser::find(const QString &id)
{
    return m_store.find(id);
}

QList<Erasure> Eraser::list(const QString &district)
{
    return m_store.list(district);
}

Erasure Eraser::start(const ErasureRequest &request, const QString &actor)
{
    m_residency.requireDistrict(request.district);
    Erasure e;
    e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.request = request;
    e.actor = actor;
    e.created = QDateTime::currentDateTimeUtc();
    AuditRecord audit;
    audit.actor = actor;
    audit.action = QStringLiteral("erasure.request");
    audit.district = request.district;
    audit.details
        = {{QStringLiteral("erasure"), e.id}, {QStringLiteral("request"), request.toJson()}};
    m_audit.append(audit, [&] { m_store.put(e); });
    qCInfo(lcResidency).noquote() << "erasure" << e.id << "of"
                                  << (request.keys.isEmpty()
                                             ? request.prefix
                                             : QStringLiteral("%1 key(s)").arg(request.keys.size()))
                                  << "requested by" << actor;
    m_active.insert(e.id);
    QTimer::singleShot(0, this, [this, id = e.id] { pass(id); });
    return e;
}

void Eraser::resumeUnfinished()
{
    for (const Erasure &e : m_store.unfinished()) {
        if (m_active.contains(e.id))
            continue;
        qCInfo(lcResidency) << "resuming erasure" << e.id << "(" << e.deletedCount()
                            << "copies deleted so far)";
        m_active.insert(e.id);
        QTimer::singleShot(0, this, [this, id = e.id] { pass(id); });
    }
}

void Eraser::pass(const QString &id)
{
    if (m_stopped)
        return;
    const auto found = m_store.find(id);
    if (!found || found->state == Erasure::State::Done) {
        m_active.remove(id);
        return;
    }
    QStringList regions;
    for (const Region &r : m_residency.pods().regions())
        regions.append(r.id);
    const ObjectStoreRegistry *stores = &m_residency.stores();
    const ErasureRequest request = found->request;
    QHash<QString, QStringList> ledger;
    if (m_copies) {
        // Bounded: an erasure names at most what one district holds in the ledger.
        for (const ReplicaCopy &copy : m_copies->copiesOfDistrict(request.district, 1000000))
            if (names(request, copy.key) && !ledger.value(copy.targetRegion).contains(copy.key))
                ledger[copy.targetRegion].append(copy.key);
    }
    QtConcurrent::run(&m_io, [request, regions, stores, ledger] {
        return runPass(request, regions, *stores, ledger);
    }).then(this, [this, id](const ErasurePass &result) {
        if (m_stopped)
            return; // the next start passes again
        auto current = m_store.find(id);
        if (!current)
            return;
        Erasure &e = *current;
        ++e.attempts;
        // Failures of the last pass replace those of the one before; deletions accumulate.
        e.items.removeIf([](const ErasureItem &i) { return !i.deleted; });
        for (const ErasureItem &item : result.deleted) {
            const auto same = std::find_if(e.items.begin(), e.items.end(),
                [&](const ErasureItem &i) { return i.store == item.store && i.key == item.key; });
            if (same == e.items.end())
                e.items.append(item); // else: the receipt keeps its first confirmation
        }
        e.items += result.failed;
        const bool clean = result.removed == 0 && result.failed.isEmpty();
        if (clean) {
            e.state = Erasure::State::Done;
            e.finished = QDateTime::currentDateTimeUtc();
            QJsonArray receipt;
            for (const ErasureItem &item : std::as_const(e.items))
                receipt.append(item.toJson());
            AuditRecord audit;
            audit.actor = e.actor;
            audit.action = QStringLiteral("erasure.done");
            audit.district = e.request.district;
            audit.details = {{QStringLiteral("erasure"), e.id},
                {QStringLiteral("copies_deleted"), e.deletedCount()},
                {QStringLiteral("receipt_sha256"),
                    QString::fromLatin1(QCryptographicHash::hash(
                        QJsonDocument(receipt).toJson(QJsonDocument::Compact),
                        QCryptographicHash::Sha256)
                                            .toHex())}};
            try {
                m_audit.append(audit, [&] { m_store.put(e); });
            } catch (const std::exception &error) {
                qCWarning(lcResidency) << "erasure" << id << "not recorded:" << error.what();
                QTimer::singleShot(m_retryMs, this, [this, id] { pass(id); });
                return;
            }
            m_active.remove(id);
            qCInfo(lcResidency) << "erasure" << id << "done:" << e.deletedCount()
                                << "copies deleted and confirmed absent";
            Q_EMIT finished(id);
            return;
        }
        e.state = result.failed.isEmpty() ? Erasure::State::Running : Erasure::State::Pending;
        m_store.put(e);
        // Deleted something: look again soon (a copy under way may land after the pass).
        // Could not reach a store: retry with backoff.
        const int delay
            = result.failed.isEmpty() ? 500 : std::min(60000, m_retryMs << std::min(e.attempts, 6));
        if (!result.failed.isEmpty())
            qCWarning(lcResidency).noquote()
                << "erasure" << id << "pending:" << result.failed.constFirst().store << "-"
                << result.failed.constFirst().error;
        QTimer::singleShot(delay, this, [this, id] { pass(id); });
    });
}
