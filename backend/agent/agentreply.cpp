#include "backend/agent/agentreply.h"

#include "backend/core/problemdetails.h"

#include <QJsonDocument>

AgentReply AgentReply::json(HttpStatus status, const QJsonObject &object)
{
    AgentReply reply;
    reply.status = statusCode(status);
    reply.contentType = QByteArrayLiteral("application/json");
    reply.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return reply;
}

AgentReply AgentReply::problem(HttpStatus status, const QString &detail, const QString &field)
{
    // The daemon's error shape (docs/api.md) so one client-side parser handles both.
    AgentReply reply;
    reply.status = statusCode(status);
    reply.contentType = QByteArrayLiteral("application/problem+json");
    reply.body = ProblemDetails::of(status, detail, field).toBody();
    return reply;
}
