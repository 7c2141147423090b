#pragma once

#include "backend/core/httpstatus.h"

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

    /** A problem with the status's reason phrase as its title. */
    static ProblemDetails of(HttpStatus status, const QString &detail, const QString &field = {});

    QJsonObject toJson() const;
    /** The compact application/problem+json body. */
    QByteArray toBody() const;
    /** Lenient parse of a problem body; falls back to the HTTP status and raw text. */
    static ProblemDetails fromHttp(int status, const QByteArray &body);
    /** One readable sentence for a person ("Bad request: replicas: 9 is outside …"). */
    QString message() const;
};
