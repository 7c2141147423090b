#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringView>

/**
 * Canonical JSON per RFC 8785 (JSON Canonicalization Scheme), the bytes the audit hash chain
 * signs. Object members are sorted by their keys' UTF-16 code units; no insignificant
 * whitespace; strings are UTF-8 with only '"', '\\' and U+0000–U+001F escaped (\b \t \n \f \r,
 * else \u00xx in lower-case hex); numbers use ECMAScript's shortest round-trip form (1, 1.5,
 * 1e+21, 1e-7, -0 → 0). Two deliberate deviations, both because QJsonValue cannot express the
 * RFC's inputs: integers stored as qint64 beyond ±2^53 are written exactly (instead of rounding
 * through a double), and non-finite numbers become null. A lone UTF-16 surrogate is written as
 * U+FFFD.
 */
class CanonicalJson
{
public:
    /** Returns the canonical UTF-8 form of @p value. */
    static QByteArray serialize(const QJsonValue &value);
    /** Appends the canonical form of @p value to @p out. */
    static void append(QByteArray &out, const QJsonValue &value);
    /** Appends the canonical form of @p object (members sorted) to @p out. */
    static void appendObject(QByteArray &out, const QJsonObject &object);
    /** Appends @p text as a canonical JSON string (with quotes). */
    static void appendString(QByteArray &out, QStringView text);
    /** Appends @p text as UTF-8 without quotes or escaping (for hash inputs). */
    static void appendRawUtf8(QByteArray &out, QStringView text);
    /** Appends @p value as ECMAScript formats a double. */
    static void appendDouble(QByteArray &out, double value);
    /** Appends @p value in decimal. */
    static void appendInteger(QByteArray &out, qint64 value);
    /** Appends "yyyy-MM-ddTHH:mm:ss.zzzZ" for @p time in UTC ("" when invalid), without quotes. */
    static void appendUtcTimestamp(QByteArray &out, const QDateTime &time);
    /** Returns "yyyy-MM-ddTHH:mm:ss.zzzZ" for @p time in UTC, or "" when invalid. */
    static QString utcTimestamp(const QDateTime &time);

    /** The longest timestamp appendUtcTimestamp() writes; stored times are cut to it. */
    static constexpr qsizetype MaxTimestampChars = 32;
};
