#include "backend/api/apiresponse.h"

#include "backend/core/problemdetails.h"

#include <QJsonDocument>

ApiResponse ApiResponse::json(const QJsonObject &object, HttpStatus status)
{
    return {status, QJsonDocument(object).toJson(QJsonDocument::Compact),
        QByteArrayLiteral("application/json"), {}};
}

ApiResponse ApiResponse::json(const QJsonArray &array, HttpStatus status)
{
    return {status, QJsonDocument(array).toJson(QJsonDocument::Compact),
        QByteArrayLiteral("application/json"), {}};
}

ApiResponse ApiResponse::text(
    const QByteArray &body, const QByteArray &contentType, HttpStatus status)
{
    return {status, body, contentType, {}};
}

ApiResponse problemResponse(HttpStatus status, const QString &detail, const QString &field)
{
    return ApiResponse::text(ProblemDetails::of(status, detail, field).toBody(),
        QByteArrayLiteral("application/problem+json"), status);
}
