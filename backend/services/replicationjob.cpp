#include "backend/services/replicationjob.h"

#include "backend/providers/objectstore.h"
#include "backend/providers/objectstoreerror.h"
#include "backend/services/logging.h"
#include "backend/services/objectstoreregistry.h"

#include <QDateTime>
#include <QThread>

#include <algorithm>
#include <csignal>

void ByteRate::acquire(qint64 bytes, qint64 bytesPerS, const std::atomic_bool &stopping)
{
    if (bytesPerS <= 0 || bytes <= 0)
        return;
    for (;;) {
        qint64 waitMs = 0;
        {
            QMutexLocker lock(&m_mutex);
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            if (m_lastMs < 0)
                m_tokens = double(bytesPerS);
            else
                m_tokens = std::min(double(bytesPerS),
                    m_tokens + double(now - m_lastMs) * double(bytesPerS) / 1000.0);
            m_lastMs = now;
            // An object larger than a second's budget goes once the bucket is full.
            const double need = std::min(double(bytes), double(bytesPerS));
            if (m_tokens >= need) {
                m_tokens -= double(bytes);
                return;
            }
            waitMs = qint64((need - m_tokens) * 1000.0 / double(bytesPerS)) + 1;
        }
        if (stopping.load())
            return;
        // A rate limit is a wait by definition: in slices, so a shutdown is not held up.
        QThread::msleep(quint64(std::min<qint64>(waitMs, 100)));
    }
}

ReplicationJobResult runReplicationJob(const ReplicationJob &job, const ObjectStoreRegistry &stores,
    ByteRate &rate, const std::atomic_bool &stopping)
{
    ReplicationJobResult r;
    const ReplicaPending &p = job.pending;
    try {
        ObjectStore &source = stores.store(p.sourceRegion);
        const auto head = source.head(p.key);
        r.sourceGone = !head;
        if (head) {
            r.sha256 = head->meta.sha256;
            r.size = head->size;
            r.sourceModifiedMs = head->modified.toMSecsSinceEpoch();
        }
        if (head && !job.target.isEmpty()) {
            ObjectStore &target = stores.replicaStore(job.target);
            // Only a copy the ledger has seen there may already hold these bytes (a copy put
            // before a crash, a target scan's re-check): ask the target then, else just copy.
            const bool known
                = std::any_of(job.copies.cbegin(), job.copies.cend(), [&](const ReplicaCopy &c) {
                      return c.targetRegion == job.target
                          && (c.state == ReplicaCopy::State::Copying || c.sha256 == r.sha256);
                  });
            std::optional<ObjectInfo> there;
            if (known && !job.freshIntent)
                there = target.head(p.key);
            if (!there || there->meta.sha256 != r.sha256 || there->size != r.size) {
                const QByteArray data = source.get(p.key); // verified against its SHA-256
                if (ObjectStore::sha256Hex(data) != r.sha256)
                    throw ObjectStoreError(ObjectStoreError::Kind::Io, source.describe(), p.key,
                        QStringLiteral("changed while being copied; copied at the next try"));
                rate.acquire(data.size(), job.bytesPerS, stopping);
                target.put(p.key, data, ObjectMeta{p.district, p.dataClass, r.sha256});
                r.copied = true;
                if (job.failpoint == QLatin1String("copy")) {
                    qCCritical(lcReplication) << "failpoint copy reached: killing the daemon";
                    ::raise(SIGKILL);
                }
            }
            // Verified at the target: its own bytes, read back, hash to the source's SHA-256.
            const QByteArray back = target.get(p.key);
            if (ObjectStore::sha256Hex(back) != r.sha256)
                throw ObjectStoreError(ObjectStoreError::Kind::Io, target.describe(), p.key,
                    QStringLiteral("the copy read back does not match SHA-256 %1").arg(r.sha256));
        }
        for (const ReplicaCopy &copy : job.copies) {
            if (head && copy.targetRegion == job.target)
                continue;
            ObjectStore &other = stores.replicaStore(copy.targetRegion);
            other.remove(p.key);
            if (other.head(p.key))
                throw ObjectStoreError(ObjectStoreError::Kind::Io, other.describe(), p.key,
                    QStringLiteral("still there after its removal"));
            r.removedTargets.append(copy.targetRegion);
        }
        r.ok = true;
    } catch (const std::exception &e) {
        r.error = QString::fromUtf8(e.what());
    }
    return r;
}
