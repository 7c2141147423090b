#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

/** Readers for the two XML bodies the S3 driver consumes: ListObjectsV2 results and errors. */
class S3Xml
{
public:
    struct ListEntry
    {
        QString key;
        qint64 size = 0;
        QDateTime lastModified;
    };
    struct ListResult
    {
        QList<ListEntry> entries;
        bool truncated = false;
        QString nextContinuationToken;
    };
    struct ErrorBody
    {
        QString code; // e.g. "NoSuchKey", "SignatureDoesNotMatch"
        QString message;
    };

    /** Returns the parsed <ListBucketResult>, or nullopt with *error set when the body is not
     *  one (malformed XML, wrong root, missing Key/Size). */
    static std::optional<ListResult> parseList(const QByteArray &xml, QString *error);
    /** Returns Code and Message of an <Error> body; both empty when the body is not one. */
    static ErrorBody parseError(const QByteArray &xml);
    /** Returns the time of an S3 timestamp (ISO 8601, with or without milliseconds) or of an
     *  HTTP date (RFC 7231, as in Last-Modified); invalid QDateTime when it is neither. */
    static QDateTime parseTime(const QString &text);
};
