#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

/** RFC 7807 problem details: the one error shape of the API (application/problem+json). */
struct ProblemDetails
{
    int status = 500;
    QString title;
    QString detail;
    QString field; // extension member: the offending input field, when there is one

    QJsonObject toJson() const;
    /** Lenient parse of a problem body; falls back to the HTTP status and raw text. */
    static ProblemDetails fromHttp(int status, const QByteArray &body);
    /** One readable sentence for a person ("Bad request: replicas: 9 is outside …"). */
    QString message() const;
};

/** Standard reason phrase for an HTTP status ("Not Found"). */
QString httpReasonPhrase(int status);
