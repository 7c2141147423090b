#include "backend/api/router.h"

#include <QUrl>

void Router::add(
    const QByteArray &method, const QString &pattern, Access access, Handler handler, Runs runs)
{
    QList<Segment> segments;
    for (const auto &part : pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        const bool isParam = part.size() > 2 && part.startsWith(QLatin1Char('{'))
            && part.endsWith(QLatin1Char('}'));
        segments.append({isParam ? part.mid(1, part.size() - 2) : part, isParam});
    }
    m_routes.append({method, segments, pattern, access, std::move(handler), runs});
}

bool Router::fits(const Route &route, const QList<QStringView> &parts)
{
    if (route.segments.size() != parts.size())
        return false;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const auto &segment = route.segments.at(i);
        if (!segment.isParam && segment.text != parts.at(i))
            return false;
    }
    return true;
}

Router::Match Router::match(const QByteArray &method, const QString &path) const
{
    QList<QStringView> parts;
    parts.reserve(8);
    for (const auto part : QStringView(path).tokenize(u'/', Qt::SkipEmptyParts))
        parts.append(part);
    Match result;
    for (qsizetype r = 0; r < m_routes.size(); ++r) {
        const auto &route = m_routes.at(r);
        if (!fits(route, parts))
            continue;
        result.pathKnown = true;
        if (route.method != method)
            continue;
        result.handler = &route.handler;
        result.access = route.access;
        result.runs = route.runs;
        result.pattern = route.pattern;
        result.index = int(r);
        for (qsizetype i = 0; i < parts.size(); ++i) {
            if (!route.segments.at(i).isParam)
                continue;
            const auto part = parts.at(i);
            result.params.insert(route.segments.at(i).text,
                part.contains(u'%') ? QUrl::fromPercentEncoding(part.toUtf8()) : part.toString());
        }
        return result;
    }
    for (const auto &route : m_routes) {
        if (fits(route, parts))
            result.allowedMethods.append(QString::fromLatin1(route.method));
    }
    return result;
}

QStringList Router::routeLabels() const
{
    QStringList labels;
    for (const auto &route : m_routes)
        labels.append(QString::fromLatin1(route.method) + QLatin1Char(' ') + route.pattern);
    return labels;
}
