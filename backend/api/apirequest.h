#pragma once

#include "backend/services/authservice.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <QUrlQuery>

/** One routed request: path parameters, query, caller and (lazily parsed) JSON body. */
class ApiRequest
{
public:
    ApiRequest(
        QUrlQuery query, QByteArray body, QHash<QString, QString> params, Principal principal);

    /** Path parameter by name ("region" for /pods/{region}). */
    QString param(const QString &name) const { return m_params.value(name); }
    QString query(const QString &name) const;
    bool hasQuery(const QString &name) const;
    /** The body as a JSON object; throws ValidationError("body", …) when it is not one. */
    QJsonObject json() const;
    const QByteArray &body() const { return m_body; }
    const Principal &principal() const { return m_principal; }
    void setAcceptLanguage(const QByteArray &header);
    /** The languages the caller reads, most preferred first (Accept-Language, by q; "*" and
     *  q=0 dropped); empty when it did not say. */
    const QStringList &languages() const { return m_languages; }
    /** "role:token-id": who did it, for audit records. */
    QString actor() const
    {
        return tokenRoleName(m_principal.role) + QLatin1Char(':') + m_principal.tokenId;
    }

private:
    QUrlQuery m_query;
    QByteArray m_body;
    QHash<QString, QString> m_params;
    Principal m_principal;
    QStringList m_languages;
};
