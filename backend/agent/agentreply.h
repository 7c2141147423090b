#pragma once

#include "backend/core/httpstatus.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <utility>

/** One complete HTTP answer of the agent, built before it is written (possibly later). */
struct AgentReply
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    /** Ask the client to close and close our side after writing (used while shutting down). */
    bool closeConnection = false;

    /** A compact JSON body with Content-Type application/json. */
    static AgentReply json(HttpStatus status, const QJsonObject &object);
    /** An RFC 7807 application/problem+json body (ProblemDetails); `field` when not empty. */
    static AgentReply problem(HttpStatus status, const QString &detail, const QString &field = {});
};
