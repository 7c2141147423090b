#pragma once

#include "backend/core/httpstatus.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

/** What a handler answers: status, body and content type. */
struct ApiResponse
{
    HttpStatus status = HttpStatus::Ok;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QList<QPair<QByteArray, QByteArray>> headers;

    static ApiResponse json(const QJsonObject &object, HttpStatus status = HttpStatus::Ok);
    static ApiResponse json(const QJsonArray &array, HttpStatus status = HttpStatus::Ok);
    static ApiResponse text(
        const QByteArray &body, const QByteArray &contentType, HttpStatus status = HttpStatus::Ok);
};

/** The problem+json response for @p status with @p detail naming @p field. */
ApiResponse problemResponse(HttpStatus status, const QString &detail, const QString &field = {});
