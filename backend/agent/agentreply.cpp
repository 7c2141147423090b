#include "backend/agent/agentreply.h"

#include <QJsonDocument>

AgentReply AgentReply::json(int status, const QJsonObject &object)
{
    AgentReply reply;
    reply.status = status;
    reply.contentType = QByteArrayLiteral("application/json");
    reply.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return reply;
}

AgentReply AgentReply::problem(int status, const QString &detail, const QString &field)
{
    // Same shape as the daemon's errors (docs/api.md) so one client-side parser handles both.
    QJsonObject object{
        {QStringLiteral("type"), QStringLiteral("about:blank")},
        {QStringLiteral("title"), title(status)},
        {QStringLiteral("status"), status},
        {QStringLiteral("detail"), detail},
    };
    if (!field.isEmpty())
        object.insert(QStringLiteral("field"), field);
    AgentReply reply = json(status, object);
    reply.contentType = QByteArrayLiteral("application/problem+json");
    return reply;
}

QString AgentReply::title(int status)
{
    switch (status) {
    case 200:
        return QStringLiteral("OK");
    case 400:
        return QStringLiteral("Bad Request");
    case 404:
        return QStringLiteral("Not Found");
    case 405:
        return QStringLiteral("Method Not Allowed");
    case 413:
        return QStringLiteral("Payload Too Large");
    case 429:
        return QStringLiteral("Too Many Requests");
    case 500:
        return QStringLiteral("Internal Server Error");
    case 503:
        return QStringLiteral("Service Unavailable");
    default:
        return QStringLiteral("HTTP %1").arg(status);
    }
}
