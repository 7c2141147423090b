#include "backend/providers/objectstore.h"

#include "backend/core/objectkey.h"
#include "backend/providers/directoryobjectstore.h"
#include "backend/providers/s3objectstore.h"

#include <QCryptographicHash>
#include <QStringList>

#include <algorithm>

ObjectStore::~ObjectStore() = default;

QString ObjectStore::keyProblem(const QString &key)
{
    return ObjectKey::problem(key);
}

QString ObjectStore::prefixProblem(const QString &prefix)
{
    return ObjectKey::prefixProblem(prefix);
}

QString ObjectStore::sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

void ObjectStore::requireValidKey(const QString &key) const
{
    if (const QString p = keyProblem(key); !p.isEmpty())
        throw ObjectStoreError(ObjectStoreError::Kind::InvalidKey, describe(), key, p);
}

void ObjectStore::requireValidPrefix(const QString &prefix) const
{
    if (const QString p = prefixProblem(prefix); !p.isEmpty())
        throw ObjectStoreError(ObjectStoreError::Kind::InvalidKey, describe(), prefix, p);
}

ObjectMeta ObjectStore::completeMeta(
    const QString &key, const QByteArray &data, const ObjectMeta &meta) const
{
    const auto reject = [&](const QString &why) {
        throw ObjectStoreError(ObjectStoreError::Kind::InvalidKey, describe(), key, why);
    };
    const QStringList segments = key.split(u'/');
    ObjectMeta out = meta;
    // The key layout is what audits group by; metadata that contradicts it would make a
    // placement look compliant when it is not, so it is refused rather than stored.
    if (out.district.isEmpty())
        out.district = segments.at(0);
    else if (out.district != segments.at(0))
        reject(QStringLiteral("metadata district '%1' does not match the key").arg(out.district));
    if (out.dataClass.isEmpty())
        out.dataClass = segments.at(1);
    else if (out.dataClass != segments.at(1))
        reject(
            QStringLiteral("metadata data class '%1' does not match the key").arg(out.dataClass));

    const QString actual = sha256Hex(data);
    if (out.sha256.isEmpty()) {
        out.sha256 = actual;
    } else {
        const QString given = out.sha256.toLower();
        const bool hex = given.size() == 64 && std::all_of(given.begin(), given.end(), [](QChar c) {
            return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
        });
        if (!hex)
            reject(QStringLiteral("metadata sha256 is not 64 hex digits"));
        if (given != actual)
            reject(QStringLiteral("metadata sha256 %1 does not match the data (%2)")
                       .arg(given, actual));
        out.sha256 = given;
    }
    return out;
}

void ObjectStore::verifyChecksum(
    const QString &key, const QByteArray &data, const QString &expectedSha256) const
{
    if (expectedSha256.isEmpty())
        return;
    const QString actual = sha256Hex(data);
    if (actual != expectedSha256.toLower())
        throw ObjectStoreError(ObjectStoreError::Kind::Io, describe(), key,
            QStringLiteral("data does not match its sha256 (stored %1, "
                           "read %2)")
                .arg(expectedSha256, actual));
}

std::unique_ptr<ObjectStore> createObjectStore(
    const QJsonObject &config, const QString &dataDir, QString *error)
{
    QString problem;
    std::unique_ptr<ObjectStore> store;
    const QString type = config.value(QStringLiteral("type")).toString();
    if (type == u"directory")
        store = DirectoryObjectStore::fromJson(config, dataDir, &problem);
    else if (type == u"s3")
        store = S3ObjectStore::fromJson(config, &problem);
    else if (type.isEmpty())
        problem = QStringLiteral("type: missing (expected \"directory\" or \"s3\")");
    else
        problem = QStringLiteral("type: unknown object store type '%1' (expected "
                                 "\"directory\" or \"s3\")")
                      .arg(type);
    if (!store && error)
        *error = problem;
    return store;
}
