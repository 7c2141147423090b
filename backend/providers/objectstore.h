#pragma once

#include "backend/providers/objectstoreerror.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

// The three value types below are the vocabulary of the ObjectStore interface and travel with
// it; they are plain aggregates, not classes with behaviour, so they share its header.

/** What the residency audit needs to know about an object besides its bytes. */
struct ObjectMeta
{
    QString district; // first key segment
    QString dataClass; // second key segment
    QString sha256; // hex, lower-case; filled by put() when the caller leaves it empty
};

/** One object as list() or head() sees it. */
struct ObjectInfo
{
    QString key;
    qint64 size = 0;
    QDateTime modified;
    ObjectMeta meta; // may be empty from list(); head() fills it
};

/** One page of a listing; pass nextToken back to get the following page. */
struct ObjectPage
{
    QList<ObjectInfo> objects;
    QString nextToken; // empty = last page
};

/**
 * A flat key → bytes store holding one region's data (directory on disk, or an S3 bucket).
 *
 * Keys are "<district_id>/<data_class>/<name>". Calls are synchronous and blocking: run them
 * off the GUI/event thread. One instance must only be used by one thread at a time; separate
 * instances (one per thread) may work on the same store concurrently. Every failure throws
 * ObjectStoreError.
 */
class ObjectStore
{
public:
    virtual ~ObjectStore();

    /** Returns the driver name: "directory" or "s3". */
    virtual QString kind() const = 0;
    /** Returns where the data lives, e.g. "s3://bucket@endpoint", for audits and errors;
     *  never contains credentials. */
    virtual QString describe() const = 0;

    /** Returns up to maxKeys objects whose key starts with prefix, in byte-wise (UTF-8) key
     *  order, resuming after continuationToken; throws InvalidKey on a bad prefix and
     *  Network/Server/Auth/Client/Io when the store can't be read. */
    virtual ObjectPage list(
        const QString &prefix, const QString &continuationToken, int maxKeys = 1000)
        = 0;
    /** Returns size, time and metadata of key, or nullopt when absent; throws on other failures. */
    virtual std::optional<ObjectInfo> head(const QString &key) = 0;
    /** Returns the object's bytes, verified against its stored sha256; throws NotFound when
     *  absent and Io when the bytes do not match the checksum. */
    virtual QByteArray get(const QString &key) = 0;
    /** Stores data atomically (readers see the old object or the new one, never a mix);
     *  fills meta.sha256/district/dataClass when empty; throws InvalidKey (nothing written)
     *  when key or meta are invalid or meta.sha256 does not match data. */
    virtual void put(const QString &key, const QByteArray &data, const ObjectMeta &meta) = 0;
    /** Deletes key; succeeds when it is already absent; throws on store failures. */
    virtual void remove(const QString &key) = 0;

    /** Returns an empty string when key is a valid "<district>/<class>/<name>" key, else why not.
     */
    static QString keyProblem(const QString &key);
    /** Returns an empty string when prefix can be used with list(), else why not. */
    static QString prefixProblem(const QString &prefix);
    /** Returns the lower-case hex SHA-256 of data. */
    static QString sha256Hex(const QByteArray &data);

protected:
    /** Throws InvalidKey naming this store when key is invalid. */
    void requireValidKey(const QString &key) const;
    /** Throws InvalidKey naming this store when prefix is invalid. */
    void requireValidPrefix(const QString &prefix) const;
    /** Returns meta with sha256 and district/class filled in from data and key; throws
     *  InvalidKey when a given field is malformed or disagrees with key or data. */
    ObjectMeta completeMeta(
        const QString &key, const QByteArray &data, const ObjectMeta &meta) const;
    /** Throws Io when expectedSha256 is set and does not match data. */
    void verifyChecksum(
        const QString &key, const QByteArray &data, const QString &expectedSha256) const;
};

/**
 * Returns the driver described by config ({"type":"directory",…} or {"type":"s3",…}, see
 * docs/object-stores.md); relative directory paths resolve against dataDir. Returns nullptr
 * and sets *error (when given) naming the offending field on a bad config.
 */
std::unique_ptr<ObjectStore> createObjectStore(
    const QJsonObject &config, const QString &dataDir, QString *error);
