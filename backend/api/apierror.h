#pragma once

#include <QString>

#include <stdexcept>

/** An error with an HTTP status, turned into problem+json in exactly one place (ApiServer). */
class ApiError : public std::runtime_error
{
public:
    ApiError(int status, const QString &detail, QString field = {})
        : std::runtime_error(detail.toStdString())
        , m_status(status)
        , m_detail(detail)
        , m_field(std::move(field))
    { }

    int status() const { return m_status; }
    const QString &detail() const { return m_detail; }
    const QString &field() const { return m_field; }

private:
    int m_status;
    QString m_detail;
    QString m_field;
};
