#include "backend/core/jsonreader.h"

#include "backend/core/validationerror.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

JsonReader::JsonReader(const QJsonObject &object, QString prefix)
    : m_object(object)
    , m_prefix(std::move(prefix))
{ }

QJsonValue JsonReader::value(const QString &key) const
{
    return m_object.value(key);
}

QString JsonReader::requiredString(const QString &key) const
{
    const auto v = value(key);
    if (v.isUndefined() || v.isNull())
        throw ValidationError(fieldName(key), QStringLiteral("is required"));
    if (!v.isString())
        throw ValidationError(fieldName(key), QStringLiteral("must be a string"));
    if (v.toString().trimmed().isEmpty())
        throw ValidationError(fieldName(key), QStringLiteral("must not be empty"));
    return v.toString();
}

QDateTime JsonReader::requiredTime(const QString &key, TimeOffset offset) const
{
    return parseIsoTime(requiredString(key), fieldName(key), offset);
}

std::optional<QDateTime> JsonReader::optionalTime(const QString &key, TimeOffset offset) const
{
    const std::optional<QString> text = optionalString(key);
    if (!text || text->isEmpty())
        return std::nullopt;
    return parseIsoTime(*text, fieldName(key), offset);
}

QDateTime parseIsoTime(const QString &text, const QString &field, TimeOffset offset)
{
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid()) {
        throw ValidationError(
            field, QStringLiteral("'%1' is not an ISO 8601 date-time").arg(text.left(64)));
    }
    if (parsed.timeSpec() == Qt::LocalTime && offset == TimeOffset::AssumeUtc)
        parsed.setTimeSpec(Qt::UTC);
    if (parsed.timeSpec() == Qt::LocalTime) {
        throw ValidationError(
            field, QStringLiteral("'%1' needs a UTC offset or 'Z'").arg(text.left(64)));
    }
    const QDateTime utc = parsed.toUTC();
    if (utc.date().year() < 0 || utc.date().year() > 9999) {
        throw ValidationError(field,
            QStringLiteral("'%1' is outside the years 0000 to 9999 in UTC").arg(text.left(64)));
    }
    return utc;
}

std::optional<QString> JsonReader::optionalString(const QString &key) const
{
    const auto v = value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isString())
        throw ValidationError(fieldName(key), QStringLiteral("must be a string"));
    return v.toString();
}

static bool isIntegral(const QJsonValue &v)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return std::isfinite(d) && std::floor(d) == d && std::fabs(d) < 9.0e15;
}

qint64 JsonReader::requiredInt(const QString &key) const
{
    const auto v = value(key);
    if (v.isUndefined() || v.isNull())
        throw ValidationError(fieldName(key), QStringLiteral("is required"));
    if (!isIntegral(v))
        throw ValidationError(fieldName(key), QStringLiteral("must be an integer"));
    return static_cast<qint64>(v.toDouble());
}

std::optional<qint64> JsonReader::optionalInt(const QString &key) const
{
    const auto v = value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    return requiredInt(key);
}

qint64 JsonReader::requiredIntIn(const QString &key, qint64 min, qint64 max) const
{
    const qint64 v = requiredInt(key);
    if (v < min || v > max)
        throw ValidationError(
            fieldName(key), QStringLiteral("%1 is outside %2..%3").arg(v).arg(min).arg(max));
    return v;
}

std::optional<qint64> JsonReader::optionalIntIn(const QString &key, qint64 min, qint64 max) const
{
    const auto v = value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    return requiredIntIn(key, min, max);
}

double JsonReader::requiredDouble(const QString &key) const
{
    const auto v = value(key);
    if (v.isUndefined() || v.isNull())
        throw ValidationError(fieldName(key), QStringLiteral("is required"));
    if (!v.isDouble() || !std::isfinite(v.toDouble()))
        throw ValidationError(fieldName(key), QStringLiteral("must be a number"));
    return v.toDouble();
}

std::optional<double> JsonReader::optionalDouble(const QString &key) const
{
    const auto v = value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    return requiredDouble(key);
}

std::optional<bool> JsonReader::optionalBool(const QString &key) const
{
    const auto v = value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isBool())
        throw ValidationError(fieldName(key), QStringLiteral("must be true or false"));
    return v.toBool();
}

bool JsonReader::requiredBool(const QString &key) const
{
    const auto v = optionalBool(key);
    if (!v)
        throw ValidationError(fieldName(key), QStringLiteral("is required"));
    return *v;
}

QStringList JsonReader::stringList(const QString &key) const
{
    const auto v = value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray())
        throw ValidationError(fieldName(key), QStringLiteral("must be an array of strings"));
    QStringList out;
    const auto array = v.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString())
            throw ValidationError(
                fieldName(key) + QStringLiteral("[%1]").arg(i), QStringLiteral("must be a string"));
        out.append(array.at(i).toString());
    }
    return out;
}

QJsonArray JsonReader::requiredArray(const QString &key) const
{
    const auto v = value(key);
    if (v.isUndefined() || v.isNull())
        throw ValidationError(fieldName(key), QStringLiteral("is required"));
    if (!v.isArray())
        throw ValidationError(fieldName(key), QStringLiteral("must be an array"));
    return v.toArray();
}

void JsonReader::rejectUnknown(const QStringList &allowed) const
{
    for (auto it = m_object.begin(); it != m_object.end(); ++it) {
        if (!allowed.contains(it.key()))
            throw ValidationError(fieldName(ValidationError::keyName(it.key())),
                QStringLiteral("is not a known field"));
    }
}

QJsonObject objectAt(const QJsonArray &array, qsizetype i, const QString &field)
{
    if (!array.at(i).isObject())
        throw ValidationError(
            QStringLiteral("%1[%2]").arg(field).arg(i), QStringLiteral("must be an object"));
    return array.at(i).toObject();
}

QJsonObject parseJsonObject(const QByteArray &body)
{
    QJsonParseError error;
    const auto doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        throw ValidationError(QStringLiteral("body"),
            QStringLiteral("malformed JSON at offset %1: %2")
                .arg(error.offset)
                .arg(error.errorString()));
    if (!doc.isObject())
        throw ValidationError(QStringLiteral("body"), QStringLiteral("must be a JSON object"));
    return doc.object();
}
