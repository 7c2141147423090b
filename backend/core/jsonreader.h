#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

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
    std::optional<bool> optionalBool(const QString &key) const;
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

/** Parses @p body as a JSON object; throws ValidationError("body", reason) when it is not one. */
QJsonObject parseJsonObject(const QByteArray &body);
