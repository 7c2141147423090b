#pragma once

#include "backend/providers/objectstore.h"
#include "backend/providers/s3config.h"

#include <QByteArray>
#include <QList>
#include <QMap>

/**
 * Object store in an S3-compatible bucket (AWS S3, MinIO, Google Cloud Storage's XML API,
 * s3rver in tests), spoken over libcurl with AWS Signature V4.
 *
 * One curl easy handle per instance (so connections are reused); an instance must stay on
 * one thread at a time. Requests that fail with 5xx, 429, a timeout or a connection error
 * are retried with exponential backoff and jitter up to S3Config::maxAttempts times.
 */
class S3ObjectStore : public ObjectStore
{
public:
    /** Builds a store for config; config.problem() must be empty (fromJson checks it). */
    explicit S3ObjectStore(const S3Config &config);
    ~S3ObjectStore() override;
    S3ObjectStore(const S3ObjectStore &) = delete;
    S3ObjectStore &operator=(const S3ObjectStore &) = delete;

    /** Returns a store for an {"type":"s3",…} config, or nullptr with *error naming the field. */
    static std::unique_ptr<S3ObjectStore> fromJson(const QJsonObject &config, QString *error);

    /** Returns text URI-encoded the way SigV4 canonicalises S3 paths: every byte of its UTF-8
     *  except A-Z a-z 0-9 - . _ ~ becomes %XX (upper-case hex); '/' is kept when keepSlash. */
    static QByteArray uriEncode(const QString &text, bool keepSlash);

    QString kind() const override;
    QString describe() const override;
    ObjectPage list(
        const QString &prefix, const QString &continuationToken, int maxKeys = 1000) override;
    std::optional<ObjectInfo> head(const QString &key) override;
    QByteArray get(const QString &key) override;
    void put(const QString &key, const QByteArray &data, const ObjectMeta &meta) override;
    void remove(const QString &key) override;

private:
    struct Request
    {
        QByteArray method; // GET, HEAD, PUT, DELETE
        QString key; // for messages; empty for bucket-level requests
        QByteArray url;
        QList<QByteArray> headers;
        const QByteArray *body = nullptr;
    };
    struct Response
    {
        long status = 0;
        QByteArray body;
        QMap<QByteArray, QByteArray> headers; // lower-case names
        int curlCode = 0;
        QString curlError;
    };

    QByteArray objectUrl(const QString &key) const;
    QByteArray bucketUrl(const QByteArray &query) const;
    Response perform(const Request &request);
    Response performOnce(const Request &request);
    [[noreturn]] void throwForStatus(
        const Request &request, const Response &response, int attempts) const;
    int backoffMs(int attempt, const Response &response) const;

    S3Config m_config;
    QString m_describe;
    QByteArray m_baseUrl; // scheme://[bucket.]host[:port]
    QByteArray m_bucketPath; // "/bucket" for path-style URLs, empty for virtual-hosted
    void *m_curl = nullptr; // CURL*, kept opaque so callers need no curl headers
};
