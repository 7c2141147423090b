#include "backend/api/apiresponse.h"

#include <QJsonDocument>

ApiResponse ApiResponse::json(const QJsonObject &object, HttpStatus status)
{
    return {status, QJsonDocument(object).toJson(QJsonDocument::Compact), "application/json", {}};
}

ApiResponse ApiResponse::json(const QJsonArray &array, HttpStatus status)
{
    return {status, QJsonDocument(array).toJson(QJsonDocument::Compact), "application/json", {}};
}

ApiResponse ApiResponse::text(
    const QByteArray &body, const QByteArray &contentType, HttpStatus status)
{
    return {status, body, contentType, {}};
}
