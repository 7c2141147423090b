#pragma once

#include "backend/providers/objectstore.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <memory>

/**
 * Which object store holds each region's data, and where that store physically is. Stores are
 * opened per use (one instance per thread, as ObjectStore requires). A region without config
 * gets the embedded `directory` store under `<data-dir>/stores/<region>`.
 */
class ObjectStoreRegistry
{
public:
    /** @p config maps region id → store config, optionally with "jurisdiction" (see
     *  docs/object-stores.md). Throws ValidationError naming "object_stores.<region>.<field>". */
    ObjectStoreRegistry(const QJsonObject &config, QString dataDir);

    /** Opens the region's store; throws ObjectStoreError when it cannot be opened. */
    std::unique_ptr<ObjectStore> open(const QString &region) const;
    /** The store's own jurisdiction, empty when it is the region's. */
    QString jurisdiction(const QString &region) const;
    QString describe(const QString &region) const;

private:
    QJsonObject configFor(const QString &region) const;

    QJsonObject m_config;
    QString m_dataDir;
};
