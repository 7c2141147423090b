#pragma once

#include <QString>

#include <stdexcept>

/** Thrown by codecs and domain checks when input is invalid: names the field and the reason. */
class ValidationError : public std::runtime_error
{
public:
    ValidationError(QString field, QString reason)
        : std::runtime_error((field + QStringLiteral(": ") + reason).toStdString())
        , m_field(std::move(field))
        , m_reason(std::move(reason))
    { }

    /** How a JSON key is named in an error: as is, or "" (two quotes) for the empty key, so
     *  the message still says which field is meant. */
    static QString keyName(const QString &key)
    {
        return key.isEmpty() ? QStringLiteral("\"\"") : key;
    }

    const QString &field() const { return m_field; }
    const QString &reason() const { return m_reason; }

private:
    QString m_field;
    QString m_reason;
};
