#pragma once

#include "backend/providers/objectstore.h"

#include <QByteArray>
#include <QDateTime>

#include <optional>

class QMutex;

/**
 * Object store in a local directory: the embedded default, one per region under the
 * daemon's data dir.
 *
 * Layout: <root>/objects/<key> holds the raw bytes, <root>/meta/<key>.json a sidecar with
 * district, data class, sha256 and size. Every file is written through QSaveFile (temp file,
 * fsync, rename). An object exists only when both files exist; the sidecar is written first,
 * and an overwrite records the previous version in it until the new data is in place, so a
 * crash at any point leaves either the old or the new object. See docs/object-stores.md.
 */
class DirectoryObjectStore : public ObjectStore
{
public:
    /** Opens (lazily creating on first put) the store rooted at root. */
    explicit DirectoryObjectStore(const QString &root);
    ~DirectoryObjectStore() override;

    /** Returns a store for {"type":"directory","path":…} (relative paths resolve against
     *  dataDir), or nullptr with *error naming the field. */
    static std::unique_ptr<DirectoryObjectStore> fromJson(
        const QJsonObject &config, const QString &dataDir, QString *error);

    /** Returns the absolute root directory. */
    QString root() const { return m_root; }
    /** Turns the directory fsync after each rename on/off (default on). Files are always
     *  fsynced by QSaveFile; this only trades power-loss durability of the rename for speed
     *  in bulk imports and benchmarks. */
    void setSyncDirectories(bool on) { m_syncDirectories = on; }

    QString kind() const override;
    QString describe() const override;
    ObjectPage list(
        const QString &prefix, const QString &continuationToken, int maxKeys = 1000) override;
    std::optional<ObjectInfo> head(const QString &key) override;
    QByteArray get(const QString &key) override;
    void put(const QString &key, const QByteArray &data, const ObjectMeta &meta) override;
    void remove(const QString &key) override;

private:
    struct Version
    {
        ObjectMeta meta;
        qint64 size = 0;
    };
    struct Sidecar
    {
        Version current;
        bool pending = false; // an overwrite that may not have replaced the data yet
        std::optional<Version> previous; // pending: what the data file held before
    };
    struct Resolved
    {
        Version version;
        QDateTime modified;
    };

    QString dataPath(const QString &key) const;
    QString metaPath(const QString &key) const;
    QMutex &lockFor(const QString &key) const;
    std::optional<Sidecar> readSidecar(const QString &key) const;
    void writeSidecar(const QString &key, const Sidecar &sidecar);
    void writeFile(const QString &key, const QString &path, const QByteArray &bytes);
    std::optional<Resolved> resolve(const QString &key, const QByteArray *data) const;
    void requireNoFolderConflict(const QString &key) const;
    void syncDirectory(const QString &dir) const;
    [[noreturn]] void throwIo(const QString &key, const QString &reason) const;

    QString m_root;
    bool m_syncDirectories = true;
};
