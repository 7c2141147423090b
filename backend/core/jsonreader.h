#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

/** What a timestamp without 'Z' or a UTC offset means. */
enum class TimeOffset {
    Required, // refused: its instant would depend on the reader's time zone
    AssumeUtc, // taken as UTC (the daemon's own event times, which it always writes in UTC)
};

/**
 * Strict reader over one JSON object: every accessor checks presence and type and throws
 * ValidationError naming the field (with an optional prefix such as "placements[2].").
 */
class JsonReader
{
public:
    explicit JsonReader(const QJsonObject &object, QString prefix = {});

    QString requiredString(const QString &key) const;
    std::optional<QString> optionalString(const QString &key) const;
    qint64 requiredInt(const QString &key) const;
    std::optional<qint64> optionalInt(const QString &key) const;
    /** As requiredInt()/optionalInt(), refusing values outside [min, max] with a message naming
     *  the range — so a 64-bit number never wraps silently into a narrower field. */
    qint64 requiredIntIn(const QString &key, qint64 min, qint64 max) const;
    std::optional<qint64> optionalIntIn(const QString &key, qint64 min, qint64 max) const;
    double requiredDouble(const QString &key) const;
    std::optional<double> optionalDouble(const QString &key) const;
    bool requiredBool(const QString &key) const;
    std::optional<bool> optionalBool(const QString &key) const;
    /** An ISO 8601 date-time (see parseIsoTime()), as UTC; throws naming the field. */
    QDateTime requiredTime(const QString &key, TimeOffset offset = TimeOffset::Required) const;
    /** As requiredTime(); absent, null or "" -> std::nullopt. */
    std::optional<QDateTime> optionalTime(
        const QString &key, TimeOffset offset = TimeOffset::Required) const;
    QStringList stringList(const QString &key) const; // absent -> empty
    QJsonArray requiredArray(const QString &key) const;
    /** Throws when the object holds a key outside @p allowed (catches typos such as "replica"). */
    void rejectUnknown(const QStringList &allowed) const;

    QString fieldName(const QString &key) const { return m_prefix + key; }
    const QJsonObject &object() const { return m_object; }

private:
    QJsonValue value(const QString &key) const;

    QJsonObject m_object;
    QString m_prefix;
};

/** Element @p i of @p array as an object; throws ValidationError("field[i]") when it is not one. */
QJsonObject objectAt(const QJsonArray &array, qsizetype i, const QString &field);

/** Parses @p body as a JSON object; throws ValidationError("body", reason) when it is not one. */
QJsonObject parseJsonObject(const QByteArray &body);

/**
 * The one reader of timestamps on the wire: an ISO 8601 date-time with 'Z' or a UTC offset,
 * returned as UTC. Throws ValidationError(@p field) when @p text is not one, has no offset while
 * @p offset requires one, or its UTC instant falls outside the years
 * 0000-9999, which no writer of the API's fixed four-digit form could write back.
 */
QDateTime parseIsoTime(
    const QString &text, const QString &field, TimeOffset offset = TimeOffset::Required);
