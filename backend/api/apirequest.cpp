#include "backend/api/apirequest.h"

#include "backend/core/jsonreader.h"

ApiRequest::ApiRequest(
    QUrlQuery query, QByteArray body, QHash<QString, QString> params, Principal principal)
    : m_query(std::move(query))
    , m_body(std::move(body))
    , m_params(std::move(params))
    , m_principal(std::move(principal))
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
    return parseJsonObject(m_body);
}
