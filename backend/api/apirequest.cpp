#include "backend/api/apirequest.h"

#include "backend/core/jsonreader.h"

#include <QRegularExpression>

#include <algorithm>

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

void ApiRequest::setAcceptLanguage(const QByteArray &header)
{
    // RFC 9110 §12.5.4: "de-DE, de;q=0.9, en;q=0.5". Bounded: the header is at most 16 KiB and
    // only the first 16 entries count.
    QList<std::pair<double, QString>> ranked;
    const auto entries = header.split(',');
    for (qsizetype i = 0; i < entries.size() && ranked.size() < 16; ++i) {
        const auto parts = entries.at(i).split(';');
        const auto tag = QString::fromLatin1(parts.first().trimmed());
        double q = 1.0;
        for (qsizetype p = 1; p < parts.size(); ++p) {
            const auto param = parts.at(p).trimmed();
            if (param.startsWith("q=")) {
                bool ok = false;
                q = param.mid(2).toDouble(&ok);
                if (!ok)
                    q = 0;
            }
        }
        static const QRegularExpression valid(
            QStringLiteral("^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$"));
        if (q <= 0 || tag == QLatin1String("*") || !valid.match(tag).hasMatch())
            continue;
        // "fr-ca" → "fr-CA": the region subtag is written upper case (BCP 47 convention).
        auto subtags = tag.split(QLatin1Char('-'));
        subtags.first() = subtags.first().toLower();
        if (subtags.size() > 1 && subtags.at(1).size() == 2)
            subtags[1] = subtags.at(1).toUpper();
        ranked.append({q, subtags.join(QLatin1Char('-'))});
    }
    std::stable_sort(ranked.begin(), ranked.end(),
        [](const auto &a, const auto &b) { return a.first > b.first; });
    m_languages.clear();
    for (const auto &entry : std::as_const(ranked))
        m_languages.append(entry.second);
}
