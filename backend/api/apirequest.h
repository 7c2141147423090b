#pragma once

#include "backend/services/authservice.h"

#include <QHash>
#include <QJsonObject>
#include <QUrlQuery>

class QHttpServerRequest;

/** One routed request: path parameters, query, caller and (lazily parsed) JSON body. */
class ApiRequest
{
public:
    ApiRequest(const QHttpServerRequest &http, QHash<QString, QString> params, Principal principal);

    /** Path parameter by name ("region" for /pods/{region}). */
    QString param(const QString &name) const { return m_params.value(name); }
    QString query(const QString &name) const;
    bool hasQuery(const QString &name) const;
    /** The body as a JSON object; throws ValidationError("body", …) when it is not one. */
    QJsonObject json() const;
    const Principal &principal() const { return m_principal; }
    /** "role:token-id": who did it, for audit records. */
    QString actor() const { return m_principal.role + QLatin1Char(':') + m_principal.tokenId; }
    const QHttpServerRequest &http() const { return m_http; }

private:
    const QHttpServerRequest &m_http;
    QHash<QString, QString> m_params;
    Principal m_principal;
    QUrlQuery m_query;
};
