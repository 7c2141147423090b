#include "backend/api/apirequest.h"

#include "backend/core/jsonreader.h"

#include <QHttpServerRequest>

ApiRequest::ApiRequest(
    const QHttpServerRequest &http, QHash<QString, QString> params, Principal principal)
    : m_http(http)
    , m_params(std::move(params))
    , m_principal(std::move(principal))
    , m_query(http.url())
{ }

QString ApiRequest::query(const QString &name) const
{
    return m_query.queryItemValue(name, QUrl::FullyDecoded);
}

bool ApiRequest::hasQuery(const QString &name) const
{
    return m_query.hasQueryItem(name);
}

QJsonObject ApiRequest::json() const
{
    return parseJsonObject(m_http.body());
}
