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
        if (!createObjectStore(configFor(it.key()), m_dataDir, &error))
            throw ValidationError(field, error);
    }
}

QJsonObject ObjectStoreRegistry::configFor(const QString &region) const
{
    auto config = m_config.value(region).toObject();
    if (config.isEmpty())
        return {{QStringLiteral("type"), QStringLiteral("directory")},
            {QStringLiteral("path"), QDir(m_dataDir).filePath(QStringLiteral("stores/") + region)}};
    config.remove(QStringLiteral("jurisdiction")); // ours, not the driver's
    return config;
}

ObjectStore &ObjectStoreRegistry::store(const QString &region) const
{
    auto &opened = m_opened.localData();
    std::shared_ptr<ObjectStore> &slot = opened[region];
    if (!slot) {
        QString error;
        std::unique_ptr<ObjectStore> created
            = createObjectStore(configFor(region), m_dataDir, &error);
        if (!created) {
            opened.remove(region);
            throw ObjectStoreError(ObjectStoreError::Kind::Client, region, QString(), error);
        }
        slot = std::move(created);
    }
    return *slot;
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
