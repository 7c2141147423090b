#include "backend/providers/objectstore.h"

#include "backend/providers/directoryobjectstore.h"
#include "backend/providers/s3objectstore.h"

#include <QCryptographicHash>
#include <QStringList>

#include <algorithm>

namespace {

// S3's own limit; keeping both drivers to it means any key can migrate between them.
constexpr qsizetype kMaxKeyBytes = 1024;

bool isControl(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x20 || (u >= 0x7f && u <= 0x9f);
}

// District ids and data classes become path segments and x-amz-meta-* header values, so
// they are kept to a character set that needs no escaping anywhere.
bool isIdentifier(const QString &s)
{
    if (s.isEmpty() || s.size() > 128 || s.front() == u'.')
        return false;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z')
            || (u >= u'0' && u <= u'9') || u == u'-' || u == u'_' || u == u'.';
        if (!ok)
            return false;
    }
    return true;
}

QString characterProblem(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (isControl(c))
            return QStringLiteral("contains control character U+%1 at %2")
                .arg(c.unicode(), 4, 16, QLatin1Char('0'))
                .arg(i);
        if (c == u'\\')
            return QStringLiteral("contains a backslash at %1").arg(i);
        if (c.isSurrogate()) {
            const bool pair
                = c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
            if (!pair)
                return QStringLiteral("contains invalid UTF-16 at %1").arg(i);
            ++i;
        }
    }
    return {};
}

QString segmentProblem(const QStringList &segments, qsizetype count)
{
    for (qsizetype i = 0; i < count; ++i) {
        const QString &s = segments.at(i);
        if (s.isEmpty())
            return QStringLiteral("has an empty path segment");
        if (s == u"." || s == u"..")
            return QStringLiteral("has a '%1' path segment").arg(s);
    }
    return {};
}

} // namespace

ObjectStore::~ObjectStore() = default;

QString ObjectStore::keyProblem(const QString &key)
{
    if (key.isEmpty())
        return QStringLiteral("key is empty");
    if (key.startsWith(u'/'))
        return QStringLiteral("key starts with '/'");
    if (const QString p = characterProblem(key); !p.isEmpty())
        return QStringLiteral("key ") + p;
    if (key.toUtf8().size() > kMaxKeyBytes)
        return QStringLiteral("key is longer than %1 bytes").arg(kMaxKeyBytes);
    const QStringList segments = key.split(u'/');
    if (const QString p = segmentProblem(segments, segments.size()); !p.isEmpty())
        return QStringLiteral("key ") + p;
    if (segments.size() < 3)
        return QStringLiteral("key is not <district_id>/<data_class>/<name>");
    if (!isIdentifier(segments.at(0)))
        return QStringLiteral("district id '%1' is not [A-Za-z0-9._-]+").arg(segments.at(0));
    if (!isIdentifier(segments.at(1)))
        return QStringLiteral("data class '%1' is not [A-Za-z0-9._-]+").arg(segments.at(1));
    return {};
}

QString ObjectStore::prefixProblem(const QString &prefix)
{
    if (prefix.isEmpty())
        return {};
    if (prefix.startsWith(u'/'))
        return QStringLiteral("prefix starts with '/'");
    if (const QString p = characterProblem(prefix); !p.isEmpty())
        return QStringLiteral("prefix ") + p;
    if (prefix.toUtf8().size() > kMaxKeyBytes)
        return QStringLiteral("prefix is longer than %1 bytes").arg(kMaxKeyBytes);
    // The last segment may be a partial name ("d1/student_pii/ros"); only whole ones are checked.
    const QStringList segments = prefix.split(u'/');
    if (const QString p = segmentProblem(segments, segments.size() - 1); !p.isEmpty())
        return QStringLiteral("prefix ") + p;
    return {};
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
