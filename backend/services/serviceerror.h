#pragma once

#include <QString>

#include <stdexcept>

/** A request the services refuse for a reason other than malformed input. */
class ServiceError : public std::runtime_error
{
public:
    enum class Kind { NotFound, Conflict, Forbidden, Unavailable };

    ServiceError(Kind kind, const QString &message, QString field = {})
        : std::runtime_error(message.toStdString())
        , m_kind(kind)
        , m_field(std::move(field))
    { }

    Kind kind() const { return m_kind; }
    const QString &field() const { return m_field; }

private:
    Kind m_kind;
    QString m_field;
};
