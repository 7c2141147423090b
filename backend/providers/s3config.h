#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

/** Everything an S3ObjectStore needs to reach one bucket (see docs/object-stores.md). */
struct S3Config
{
    QString endpoint; // "https://s3.eu-central-1.amazonaws.com", "http://127.0.0.1:4569"
    QString bucket;
    QString region = QStringLiteral("us-east-1");
    QString accessKey;
    QString secretKey; // never logged, never part of describe() or an error message
    bool pathStyle = false; // true: endpoint/bucket/key; false: bucket.endpoint/key
    QString prefix; // optional folder inside the bucket, stored with a trailing '/'
    int maxAttempts = 4; // per request, first try included
    int connectTimeoutMs = 5000;
    int requestTimeoutMs = 300000; // whole transfer of one attempt; 0 = no limit
    int lowSpeedTimeS = 30; // abort an attempt that moved no byte for this long
    int retryBaseDelayMs = 200; // backoff before retry n is ~base * 2^(n-1), jittered
    int retryMaxDelayMs = 5000;

    /** Returns the config described by an {"type":"s3",…} object, taking credentials from
     *  the environment when "access_key_env"/"secret_key_env" name variables; returns
     *  nullopt and sets *error naming the field when something is missing or malformed. */
    static std::optional<S3Config> fromJson(const QJsonObject &json, QString *error);

    /** Returns an empty string when the config is usable, else what is wrong with it. */
    QString problem() const;
};
