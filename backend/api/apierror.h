#pragma once

#include "backend/core/httpstatus.h"

#include <QString>

#include <stdexcept>

/** An error with an HTTP status, turned into problem+json in exactly one place (ApiServer). */
class ApiError : public std::runtime_error
{
public:
    ApiError(HttpStatus status, const QString &detail, QString field = {})
        : std::runtime_error(detail.toStdString())
        , m_status(status)
        , m_detail(detail)
        , m_field(std::move(field))
    { }

    HttpStatus status() const { return m_status; }
    const QString &detail() const { return m_detail; }
    const QString &field() const { return m_field; }

private:
    HttpStatus m_status;
    QString m_detail;
    QString m_field;
};
