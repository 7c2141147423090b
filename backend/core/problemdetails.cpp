#include "backend/core/problemdetails.h"

#include <QJsonDocument>

QString httpReasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QStringLiteral("OK");
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 405:
        return QStringLiteral("Method Not Allowed");
    case 409:
        return QStringLiteral("Conflict");
    case 413:
        return QStringLiteral("Payload Too Large");
    case 414:
        return QStringLiteral("URI Too Long");
    case 415:
        return QStringLiteral("Unsupported Media Type");
    case 422:
        return QStringLiteral("Unprocessable Entity");
    case 429:
        return QStringLiteral("Too Many Requests");
    case 431:
        return QStringLiteral("Request Header Fields Too Large");
    case 500:
        return QStringLiteral("Internal Server Error");
    case 503:
        return QStringLiteral("Service Unavailable");
    default:
        return QStringLiteral("HTTP %1").arg(status);
    }
}

ProblemDetails ProblemDetails::of(HttpStatus status, const QString &detail, const QString &field)
{
    ProblemDetails problem;
    problem.status = statusCode(status);
    problem.title = httpReasonPhrase(status);
    problem.detail = detail;
    problem.field = field;
    return problem;
}

QByteArray ProblemDetails::toBody() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

QJsonObject ProblemDetails::toJson() const
{
    QJsonObject json{{QStringLiteral("type"), QStringLiteral("about:blank")},
        {QStringLiteral("title"), title.isEmpty() ? httpReasonPhrase(status) : title},
        {QStringLiteral("status"), status}, {QStringLiteral("detail"), detail}};
    if (!field.isEmpty())
        json.insert(QStringLiteral("field"), field);
    return json;
}

ProblemDetails ProblemDetails::fromHttp(int status, const QByteArray &body)
{
    ProblemDetails problem;
    problem.status = status;
    const auto doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const auto json = doc.object();
        problem.title = json.value(QStringLiteral("title")).toString();
        problem.detail = json.value(QStringLiteral("detail")).toString();
        problem.field = json.value(QStringLiteral("field")).toString();
        if (json.value(QStringLiteral("status")).isDouble())
            problem.status = json.value(QStringLiteral("status")).toInt();
    } else {
        problem.detail = QString::fromUtf8(body.left(500)).trimmed();
    }
    if (problem.title.trimmed().isEmpty())
        problem.title = status > 0 ? httpReasonPhrase(status) : QStringLiteral("Network error");
    return problem;
}

QString ProblemDetails::message() const
{
    if (detail.isEmpty())
        return title;
    return QStringLiteral("%1: %2").arg(title, detail);
}
