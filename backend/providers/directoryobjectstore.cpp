#include "backend/providers/directoryobjectstore.h"

#include "backend/core/logtext.h"
#include "backend/providers/logging.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QMutexLocker>
#include <QSaveFile>

#include <algorithm>
#include <array>
#include <functional>
#include <vector>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace {

using Kind = ObjectStoreError::Kind;

constexpr int kSidecarVersion = 1;

// Serialises writers (and readers) of the same key across all instances in this process, so
// that one thread's put cannot interleave its sidecar and data renames with another's.
std::array<QMutex, 64> &keyLocks()
{
    static std::array<QMutex, 64> locks;
    return locks;
}

QJsonObject versionToJson(const ObjectMeta &meta, qint64 size)
{
    return QJsonObject{{QStringLiteral("district"), meta.district},
        {QStringLiteral("data_class"), meta.dataClass}, {QStringLiteral("sha256"), meta.sha256},
        {QStringLiteral("size"), size}};
}

bool versionFromJson(const QJsonObject &o, ObjectMeta *meta, qint64 *size)
{
    const QJsonValue s = o.value(QStringLiteral("size"));
    const QJsonValue sha = o.value(QStringLiteral("sha256"));
    if (!s.isDouble() || !sha.isString())
        return false;
    meta->district = o.value(QStringLiteral("district")).toString();
    meta->dataClass = o.value(QStringLiteral("data_class")).toString();
    meta->sha256 = sha.toString();
    *size = s.toInteger(-1);
    return *size >= 0;
}

// One directory's entries sorted so that walking them yields keys in byte-wise UTF-8 order:
// a folder "x" sorts as "x/" because every key below it starts with that.
struct Entry
{
    QString name;
    QByteArray sortKey;
    bool isDir = false;
};

std::vector<Entry> sortedEntries(const QString &dir)
{
    std::vector<Entry> entries;
    QDirIterator it(
        dir, QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden | QDir::NoSymLinks);
    while (it.hasNext()) {
        it.next();
        Entry e;
        e.name = it.fileName();
        e.isDir = it.fileInfo().isDir();
        e.sortKey = e.name.toUtf8();
        if (e.isDir)
            e.sortKey += '/';
        entries.push_back(std::move(e));
    }
    std::sort(entries.begin(), entries.end(),
        [](const Entry &a, const Entry &b) { return a.sortKey < b.sortKey; });
    return entries;
}

// Walks <root>/objects depth-first in key order, keeping only one folder's listing per level
// in memory, so a page costs the folders on the path to the token, not the whole tree.
class DirectoryListing
{
public:
    std::function<bool(const QString &key, const QFileInfo &file)> accept;
    QByteArray prefix;
    QByteArray after; // continuation token: the last key of the previous page
    int wanted = 0;
    QList<QString> keys;
    QList<QFileInfo> files;

    void walk(const QString &dir, const QString &rel)
    {
        const QByteArray relUtf8 = rel.toUtf8();
        for (const Entry &e : sortedEntries(dir)) {
            if (keys.size() >= wanted)
                return;
            const QByteArray full = relUtf8 + e.sortKey;
            if (e.isDir) {
                // Skip folders that cannot hold a key with the prefix…
                if (!full.startsWith(prefix) && !prefix.startsWith(full))
                    continue;
                // …or whose keys all sort before the token.
                if (!after.isEmpty() && !after.startsWith(full) && full < after)
                    continue;
                walk(dir + u'/' + e.name, rel + e.name + u'/');
            } else {
                if (!full.startsWith(prefix) || (!after.isEmpty() && full <= after))
                    continue;
                const QString key = rel + e.name;
                const QFileInfo info(dir + u'/' + e.name);
                if (accept(key, info)) {
                    keys.append(key);
                    files.append(info);
                }
            }
        }
    }
};

} // namespace

DirectoryObjectStore::DirectoryObjectStore(const QString &root)
    : m_root(QDir::cleanPath(QDir(root).absolutePath()))
{ }

DirectoryObjectStore::~DirectoryObjectStore() = default;

std::unique_ptr<DirectoryObjectStore> DirectoryObjectStore::fromJson(
    const QJsonObject &config, const QString &dataDir, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return nullptr;
    };
    for (auto it = config.begin(); it != config.end(); ++it) {
        if (it.key() != u"type" && it.key() != u"path")
            return fail(QStringLiteral("%1: unknown field for a directory store").arg(it.key()));
    }
    const QJsonValue path = config.value(QStringLiteral("path"));
    if (!path.isString() || path.toString().trimmed().isEmpty())
        return fail(QStringLiteral("path: required, a folder (relative to the data dir or "
                                   "absolute)"));
    const QString resolved = QDir(dataDir).absoluteFilePath(path.toString());
    return std::make_unique<DirectoryObjectStore>(resolved);
}

QString DirectoryObjectStore::kind() const
{
    return QStringLiteral("directory");
}

QString DirectoryObjectStore::describe() const
{
    return QStringLiteral("directory:") + m_root;
}

QString DirectoryObjectStore::dataPath(const QString &key) const
{
    return m_root + QStringLiteral("/objects/") + key;
}

// The sidecar tree mirrors the data tree name for name (no suffix), so any key that fits in
// one tree fits in the other.
QString DirectoryObjectStore::metaPath(const QString &key) const
{
    return m_root + QStringLiteral("/meta/") + key;
}

QMutex &DirectoryObjectStore::lockFor(const QString &key) const
{
    auto &locks = keyLocks();
    return locks[qHash(m_root + QChar(0) + key) % locks.size()];
}

void DirectoryObjectStore::throwIo(const QString &key, const QString &reason) const
{
    qCWarning(lcProviderDirectory).noquote()
        << describe() << LogText::quoted(key) << LogText::quoted(reason);
    throw ObjectStoreError(Kind::Io, describe(), key, reason);
}

std::optional<DirectoryObjectStore::Sidecar> DirectoryObjectStore::readSidecar(
    const QString &key) const
{
    QFile file(metaPath(key));
    if (!file.open(QIODevice::ReadOnly)) {
        if (!file.exists())
            return std::nullopt;
        throwIo(key, QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    Sidecar sidecar;
    const QJsonObject o = doc.object();
    if (parseError.error != QJsonParseError::NoError
        || !versionFromJson(o, &sidecar.current.meta, &sidecar.current.size))
        throwIo(key, QStringLiteral("damaged metadata file %1").arg(file.fileName()));
    sidecar.pending = o.value(QStringLiteral("pending")).toBool();
    const QJsonValue previous = o.value(QStringLiteral("previous"));
    if (previous.isObject()) {
        Version v;
        if (!versionFromJson(previous.toObject(), &v.meta, &v.size))
            throwIo(key, QStringLiteral("damaged metadata file %1").arg(file.fileName()));
        sidecar.previous = v;
    }
    return sidecar;
}

void DirectoryObjectStore::writeSidecar(const QString &key, const Sidecar &sidecar)
{
    QJsonObject o = versionToJson(sidecar.current.meta, sidecar.current.size);
    o.insert(QStringLiteral("version"), kSidecarVersion);
    o.insert(QStringLiteral("key"), key);
    if (sidecar.pending) {
        o.insert(QStringLiteral("pending"), true);
        if (sidecar.previous)
            o.insert(QStringLiteral("previous"),
                versionToJson(sidecar.previous->meta, sidecar.previous->size));
    }
    writeFile(key, metaPath(key), QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void DirectoryObjectStore::writeFile(
    const QString &key, const QString &path, const QByteArray &bytes)
{
    const QString dir = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(dir))
        throwIo(key, QStringLiteral("cannot create folder %1").arg(dir));
    QSaveFile file(path);
    // A direct write would make a partial object visible; failing is better.
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly))
        throwIo(key, QStringLiteral("cannot create %1: %2").arg(path, file.errorString()));
    if (file.write(bytes) != bytes.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        throwIo(key, QStringLiteral("cannot write %1: %2").arg(path, why));
    }
    // commit() fsyncs the temp file before renaming it over path.
    if (!file.commit())
        throwIo(key, QStringLiteral("cannot commit %1: %2").arg(path, file.errorString()));
    syncDirectory(dir);
}

void DirectoryObjectStore::syncDirectory(const QString &dir) const
{
    // The rename is only durable across power loss once the folder itself is synced.
#ifdef Q_OS_UNIX
    if (!m_syncDirectories)
        return;
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(dir);
#endif
}

std::optional<DirectoryObjectStore::Resolved> DirectoryObjectStore::resolve(
    const QString &key, const QByteArray *data) const
{
    const QFileInfo file(dataPath(key));
    if (!file.isFile())
        return std::nullopt;
    const std::optional<Sidecar> sidecar = readSidecar(key);
    if (!sidecar)
        return std::nullopt; // a temp file, or data whose put never reached its sidecar
    const qint64 size = data ? data->size() : file.size();
    const Version &current = sidecar->current;
    const auto result = [&](const Version &v) { return Resolved{v, file.lastModified().toUTC()}; };
    if (!sidecar->pending) {
        if (size != current.size)
            throwIo(key,
                QStringLiteral("data file holds %1 bytes, its metadata says %2")
                    .arg(size)
                    .arg(current.size));
        return result(current);
    }
    // An overwrite was interrupted (or is running in another process): the data file holds
    // either the previous or the new version; size tells them apart unless it is equal.
    const std::optional<Version> &previous = sidecar->previous;
    const bool isCurrentSize = size == current.size;
    const bool isPreviousSize = previous && size == previous->size;
    if (isCurrentSize != isPreviousSize)
        return result(isCurrentSize ? current : *previous);
    if (isCurrentSize) {
        QByteArray bytes;
        if (!data) {
            QFile f(file.filePath());
            if (!f.open(QIODevice::ReadOnly))
                throwIo(
                    key, QStringLiteral("cannot read %1: %2").arg(f.fileName(), f.errorString()));
            bytes = f.readAll();
            data = &bytes;
        }
        const QString sha = sha256Hex(*data);
        if (sha == current.meta.sha256)
            return result(current);
        if (sha == previous->meta.sha256)
            return result(*previous);
    }
    throwIo(key,
        QStringLiteral("data file matches neither the new nor the previous version "
                       "recorded in its metadata"));
}

void DirectoryObjectStore::requireNoFolderConflict(const QString &key) const
{
    // A file system cannot hold "a/b/c" as a file and as a folder of "a/b/c/d" at once.
    const QString objects = m_root + QStringLiteral("/objects");
    if (QFileInfo(dataPath(key)).isDir())
        throw ObjectStoreError(Kind::InvalidKey, describe(), key,
            QStringLiteral("other keys start with '%1/'; the directory "
                           "store cannot also hold it as an object")
                .arg(key));
    QString path = objects;
    const QStringList segments = key.split(u'/');
    for (qsizetype i = 0; i + 1 < segments.size(); ++i) {
        path += u'/' + segments.at(i);
        if (QFileInfo(path).isFile())
            throw ObjectStoreError(Kind::InvalidKey, describe(), key,
                QStringLiteral("'%1' is an object; the directory store "
                               "cannot also use it as a folder")
                    .arg(path.mid(objects.size() + 1)));
    }
}

ObjectPage DirectoryObjectStore::list(
    const QString &prefix, const QString &continuationToken, int maxKeys)
{
    requireValidPrefix(prefix);
    if (maxKeys <= 0)
        maxKeys = 1000;
    DirectoryListing listing;
    listing.prefix = prefix.toUtf8();
    listing.after = continuationToken.toUtf8();
    // One extra object tells whether another page follows.
    listing.wanted = maxKeys + 1;
    listing.accept = [this](const QString &key, const QFileInfo &) {
        // Only committed objects count: a data file needs its sidecar, which temp files and
        // the data of an unfinished first put never have.
        return QFileInfo::exists(metaPath(key));
    };
    // Every key with this prefix lives below the prefix's folder part.
    const qsizetype slash = prefix.lastIndexOf(u'/');
    const QString base = slash < 0 ? QString() : prefix.left(slash + 1);
    const QString start = m_root + QStringLiteral("/objects")
        + (base.isEmpty() ? QString() : u'/' + base.chopped(1));
    if (QFileInfo(start).isDir())
        listing.walk(start, base);

    ObjectPage page;
    const qsizetype count = std::min<qsizetype>(listing.keys.size(), maxKeys);
    page.objects.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        ObjectInfo info;
        info.key = listing.keys.at(i);
        info.size = listing.files.at(i).size();
        info.modified = listing.files.at(i).lastModified().toUTC();
        page.objects.append(std::move(info));
    }
    if (listing.keys.size() > maxKeys)
        page.nextToken = page.objects.constLast().key;
    qCDebug(lcProviderDirectory).noquote()
        << describe() << "list" << LogText::quoted(prefix) << "->" << page.objects.size()
        << "objects" << (page.nextToken.isEmpty() ? "(last page)" : "(more)");
    return page;
}

std::optional<ObjectInfo> DirectoryObjectStore::head(const QString &key)
{
    requireValidKey(key);
    QMutexLocker lock(&lockFor(key));
    const std::optional<Resolved> resolved = resolve(key, nullptr);
    if (!resolved)
        return std::nullopt;
    return ObjectInfo{key, resolved->version.size, resolved->modified, resolved->version.meta};
}

QByteArray DirectoryObjectStore::get(const QString &key)
{
    requireValidKey(key);
    QMutexLocker lock(&lockFor(key));
    QFile file(dataPath(key));
    if (!file.open(QIODevice::ReadOnly)) {
        if (!file.exists())
            throw ObjectStoreError(
                Kind::NotFound, describe(), key, QStringLiteral("no such object"));
        throwIo(key, QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
    }
    const QByteArray data = file.readAll();
    const std::optional<Resolved> resolved = resolve(key, &data);
    if (!resolved)
        throw ObjectStoreError(Kind::NotFound, describe(), key, QStringLiteral("no such object"));
    verifyChecksum(key, data, resolved->version.meta.sha256);
    return data;
}

void DirectoryObjectStore::put(const QString &key, const QByteArray &data, const ObjectMeta &meta)
{
    requireValidKey(key);
    const ObjectMeta complete = completeMeta(key, data, meta);
    QMutexLocker lock(&lockFor(key));
    requireNoFolderConflict(key);

    std::optional<Resolved> before;
    bool damaged = false;
    try {
        before = resolve(key, nullptr);
    } catch (const ObjectStoreError &) {
        damaged = true; // overwriting is the repair; the pending sidecar keeps it detectable
    }
    const bool dataExists = QFileInfo(dataPath(key)).isFile();
    if (!before && !damaged && dataExists) {
        // A data file without a sidecar was never a visible object (left by a crashed put
        // of a new key); drop it so the new-object path below stays invisible until done.
        if (!QFile::remove(dataPath(key)))
            throwIo(key, QStringLiteral("cannot remove stray file %1").arg(dataPath(key)));
    }

    const Version next{complete, data.size()};
    if (before || damaged) {
        // Overwrite: record both versions first, so whichever data file a crash leaves
        // behind can be matched to its metadata.
        Sidecar pending{next, true, std::nullopt};
        if (before)
            pending.previous = before->version;
        writeSidecar(key, pending);
        writeFile(key, dataPath(key), data);
        writeSidecar(key, Sidecar{next, false, std::nullopt});
    } else {
        // New object: it becomes visible only when the data file lands after its sidecar.
        writeSidecar(key, Sidecar{next, false, std::nullopt});
        writeFile(key, dataPath(key), data);
    }
    qCDebug(lcProviderDirectory).noquote()
        << describe() << "put" << LogText::quoted(key) << data.size() << "bytes" << complete.sha256;
}

void DirectoryObjectStore::remove(const QString &key)
{
    requireValidKey(key);
    QMutexLocker lock(&lockFor(key));
    // Data first: once it is gone the object is gone, whatever happens to the sidecar.
    const QString data = dataPath(key);
    if (QFileInfo(data).isFile() && !QFile::remove(data))
        throwIo(key, QStringLiteral("cannot remove %1").arg(data));
    const QString meta = metaPath(key);
    if (QFileInfo(meta).isFile() && !QFile::remove(meta))
        throwIo(key, QStringLiteral("cannot remove %1").arg(meta));
    syncDirectory(QFileInfo(data).absolutePath());
    qCDebug(lcProviderDirectory).noquote() << describe() << "remove" << LogText::quoted(key);
}
