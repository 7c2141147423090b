#include "backend/services/objectstoreregistry.h"

#include "backend/core/region.h"
#include "backend/core/validationerror.h"
#include "backend/providers/objectstoreerror.h"

#include <QDir>

ObjectStoreRegistry::ObjectStoreRegistry(const QJsonObject &config, QString dataDir)
    : m_config(config)
    , m_dataDir(std::move(dataDir))
{
    for (auto it = m_config.begin(); it != m_config.end(); ++it) {
        const auto field = QStringLiteral("object_stores.%1").arg(it.key());
        if (!it.value().isObject())
            throw ValidationError(field, QStringLiteral("must be an object"));
        const auto jurisdiction
            = it.value().toObject().value(QStringLiteral("jurisdiction")).toString();
        if (!jurisdiction.isEmpty() && !isValidJurisdiction(jurisdiction))
            throw ValidationError(field + QStringLiteral(".jurisdiction"),
                QStringLiteral("must be an ISO 3166-2 code such as DE or US-WA"));
        QString error;
        const auto primary = createObjectStore(configFor(it.key()), m_dataDir, &error);
        if (!primary)
            throw ValidationError(field, error);
        const auto replicas = it.value().toObject().value(QStringLiteral("replicas"));
        if (replicas.isUndefined())
            continue;
        const auto replicaField = field + QStringLiteral(".replicas");
        if (!replicas.isObject())
            throw ValidationError(replicaField, QStringLiteral("must be an object"));
        const auto replicaJurisdiction
            = replicas.toObject().value(QStringLiteral("jurisdiction")).toString();
        if (!replicaJurisdiction.isEmpty() && !isValidJurisdiction(replicaJurisdiction))
            throw ValidationError(replicaField + QStringLiteral(".jurisdiction"),
                QStringLiteral("must be an ISO 3166-2 code such as DE or US-WA"));
        const auto replica = createObjectStore(replicaConfigFor(it.key()), m_dataDir, &error);
        if (!replica)
            throw ValidationError(replicaField, error);
        // A copy in the primary's own store would be read as a primary (or a violation).
        if (replica->describe() == primary->describe())
            throw ValidationError(replicaField,
                QStringLiteral("is the region's primary store (%1); DR copies need a store of "
                               "their own")
                    .arg(primary->describe()));
    }
}

QJsonObject ObjectStoreRegistry::configFor(const QString &region) const
{
    auto config = m_config.value(region).toObject();
    config.remove(QStringLiteral("jurisdiction")); // ours, not the driver's
    config.remove(QStringLiteral("replicas"));
    // Nothing but a jurisdiction or a replica store: the embedded directory store.
    if (config.isEmpty())
        return {{QStringLiteral("type"), QStringLiteral("directory")},
            {QStringLiteral("path"), QDir(m_dataDir).filePath(QStringLiteral("stores/") + region)}};
    return config;
}

QJsonObject ObjectStoreRegistry::replicaConfigFor(const QString &region) const
{
    auto config = m_config.value(region).toObject().value(QStringLiteral("replicas")).toObject();
    if (config.isEmpty())
        return {{QStringLiteral("type"), QStringLiteral("directory")},
            {QStringLiteral("path"),
                QDir(m_dataDir).filePath(QStringLiteral("replica-stores/") + region)}};
    config.remove(QStringLiteral("jurisdiction"));
    return config;
}

ObjectStore &ObjectStoreRegistry::opened(const QString &slotKey, const QJsonObject &config) const
{
    auto &opened = m_opened.localData();
    std::shared_ptr<ObjectStore> &slot = opened[slotKey];
    if (!slot) {
        QString error;
        std::unique_ptr<ObjectStore> created = createObjectStore(config, m_dataDir, &error);
        if (!created) {
            opened.remove(slotKey);
            throw ObjectStoreError(ObjectStoreError::Kind::Client, slotKey, QString(), error);
        }
        slot = std::move(created);
    }
    return *slot;
}

ObjectStore &ObjectStoreRegistry::store(const QString &region) const
{
    return opened(region, configFor(region));
}

ObjectStore &ObjectStoreRegistry::replicaStore(const QString &region) const
{
    // '#' is in no region id: the replica store's slot never shadows a primary's.
    return opened(region + QStringLiteral("#replicas"), replicaConfigFor(region));
}

QString ObjectStoreRegistry::replicaJurisdiction(const QString &region) const
{
    const auto own = m_config.value(region)
                         .toObject()
                         .value(QStringLiteral("replicas"))
                         .toObject()
                         .value(QStringLiteral("jurisdiction"))
                         .toString();
    return own.isEmpty() ? jurisdiction(region) : own;
}

QString ObjectStoreRegistry::describeReplica(const QString &region) const
{
    try {
        return replicaStore(region).describe();
    } catch (const std::exception &) {
        return region + QStringLiteral(" (replicas)");
    }
}

QString ObjectStoreRegistry::jurisdiction(const QString &region) const
{
    return m_config.value(region).toObject().value(QStringLiteral("jurisdiction")).toString();
}

QString ObjectStoreRegistry::describe(const QString &region) const
{
    try {
        return store(region).describe();
    } catch (const std::exception &) {
        return region;
    }
}
