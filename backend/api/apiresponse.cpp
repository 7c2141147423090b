#include "backend/api/apiresponse.h"

#include <QJsonDocument>

ApiResponse ApiResponse::json(const QJsonObject &object, int status)
{
    return {status, QJsonDocument(object).toJson(QJsonDocument::Compact), "application/json", {}};
}

ApiResponse ApiResponse::json(const QJsonArray &array, int status)
{
    return {status, QJsonDocument(array).toJson(QJsonDocument::Compact), "application/json", {}};
}

ApiResponse ApiResponse::text(const QByteArray &body, const QByteArray &contentType, int status)
{
    return {status, body, contentType, {}};
}
