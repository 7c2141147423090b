#include "backend/api/router.h"

#include <QUrl>

void Router::add(
    const QByteArray &method, const QString &pattern, Access access, Handler handler, Runs runs)
{
    m_routes.append({method, pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts), pattern, access,
        std::move(handler), runs});
}

Router::Match Router::match(const QByteArray &method, const QString &path) const
{
    const auto parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    Match result;
    for (const auto &route : m_routes) {
        if (route.segments.size() != parts.size())
            continue;
        QHash<QString, QString> params;
        bool ok = true;
        for (qsizetype i = 0; i < parts.size() && ok; ++i) {
            const auto &segment = route.segments.at(i);
            if (segment.startsWith(QLatin1Char('{')) && segment.endsWith(QLatin1Char('}')))
                params.insert(segment.mid(1, segment.size() - 2),
                    QUrl::fromPercentEncoding(parts.at(i).toUtf8()));
            else
                ok = segment == parts.at(i);
        }
        if (!ok)
            continue;
        result.pathKnown = true;
        result.allowedMethods.append(QString::fromLatin1(route.method));
        if (route.method == method && !result.handler) {
            result.handler = &route.handler;
            result.access = route.access;
            result.runs = route.runs;
            result.params = params;
            result.pattern = route.pattern;
        }
    }
    return result;
}
