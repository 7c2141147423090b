#pragma once

#include "backend/providers/objectstore.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QThreadStorage>

#include <memory>

/**
 * Which object store holds each region's data, and where that store physically is. A store is
 * opened once per region and thread (ObjectStore instances are not shared across threads) and
 * kept until the thread ends, so a driver's connections (S3's keep-alive handles) are reused by
 * every audit and migration. A region without config gets the embedded `directory` store under
 * `<data-dir>/stores/<region>`.
 *
 * Each region also has a replica store for the DR copies of other regions' data (issue #24),
 * apart from its primary store so a copy is never mistaken for a primary: `"replicas"` inside
 * the region's config (a store config of its own, optionally with its own "jurisdiction"), else
 * a directory store under `<data-dir>/replica-stores/<region>`.
 */
class ObjectStoreRegistry
{
public:
    /** @p config maps region id → store config, optionally with "jurisdiction" (see
     *  docs/object-stores.md). Throws ValidationError naming "object_stores.<region>.<field>". */
    ObjectStoreRegistry(const QJsonObject &config, QString dataDir);

    /** The region's store for the calling thread, opened on first use; throws ObjectStoreError
     *  when it cannot be opened (and tries again on the next call). */
    ObjectStore &store(const QString &region) const;
    /** The store's own jurisdiction, empty when it is the region's. */
    QString jurisdiction(const QString &region) const;
    QString describe(const QString &region) const;

    /** The region's replica store for the calling thread (as store()). */
    ObjectStore &replicaStore(const QString &region) const;
    /** The replica store's own jurisdiction, else its region's store's, empty when neither. */
    QString replicaJurisdiction(const QString &region) const;
    QString describeReplica(const QString &region) const;

private:
    QJsonObject configFor(const QString &region) const;
    QJsonObject replicaConfigFor(const QString &region) const;
    ObjectStore &opened(const QString &slotKey, const QJsonObject &config) const;

    QJsonObject m_config;
    QString m_dataDir;
    mutable QThreadStorage<QHash<QString, std::shared_ptr<ObjectStore>>> m_opened;
};
