#include "backend/api/router.h"

#include <algorithm>
#include <stdexcept>

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
    for (const auto &route : std::as_const(m_routes)) {
        bool same = route.method == method && route.segments.size() == segments.size();
        for (qsizetype i = 0; same && i < segments.size(); ++i) {
            const auto &a = route.segments.at(i);
            const auto &b = segments.at(i);
            same = a.isParam == b.isParam && (a.isParam || a.text == b.text);
        }
        if (same)
            throw std::logic_error(QStringLiteral("route %1 %2 is already registered as %1 %3")
                                       .arg(QString::fromLatin1(method), pattern, route.pattern)
                                       .toStdString());
    }
    m_routes.append({method, segments, pattern, access, std::move(handler), runs});
    // Match order: a literal segment before a parameter at the first place two routes differ,
    // so "/pods/{region}/scale" is found before "/pods/{region}/{pod}" whichever came first.
    m_matchOrder.append(int(m_routes.size() - 1));
    std::stable_sort(m_matchOrder.begin(), m_matchOrder.end(), [this](int a, int b) {
        const auto &x = m_routes.at(a).segments;
        const auto &y = m_routes.at(b).segments;
        if (x.size() != y.size())
            return x.size() < y.size(); // never both fit a path; ordered only to sort well
        for (qsizetype i = 0; i < x.size(); ++i) {
            if (x.at(i).isParam != y.at(i).isParam)
                return !x.at(i).isParam;
        }
        return false;
    });
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
    for (const int r : m_matchOrder) {
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
