#pragma once

#include "backend/api/apirequest.h"
#include "backend/api/apiresponse.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <functional>

/** Who may call a route. */
enum class Access {
    Public, // no token
    Read, // any valid token
    Operate, // admin or operator
    Admin, // admin only
};

/**
 * Where a handler runs. Most read or change services that live on the daemon's main thread;
 * a handler that only reads immutable snapshots or atomics may answer on the I/O thread that
 * parsed the request (the hot read paths: /healthz, /session).
 */
enum class Runs {
    MainThread,
    IoThread,
};

using Handler = std::function<ApiResponse(const ApiRequest &)>;

/**
 * Method + path-pattern table: "/pods/{region}/scale" binds `region`. Filled before the server
 * starts, read-only afterwards (match() runs on the I/O threads).
 */
class Router
{
public:
    struct Match
    {
        const Handler *handler = nullptr;
        Access access = Access::Read;
        Runs runs = Runs::MainThread;
        QHash<QString, QString> params;
        bool pathKnown = false; // some route has this path (for 405 vs 404)
        QStringList allowedMethods;
        QString pattern; // the matched route's pattern, "/pods/{region}/{pod}"
        int index = -1; // the matched route's place in routes() (for per-route figures)
    };

    /** Registers a route. A literal segment is matched before a parameter in the same place,
     *  whatever the order of registration; the same method and shape twice ("/a/{x}" and
     *  "/a/{y}") throws std::logic_error, naming both. */
    void add(const QByteArray &method, const QString &pattern, Access access, Handler handler,
        Runs runs = Runs::MainThread);
    /** The route for @p method on @p path; allowedMethods is only filled when none matches. */
    Match match(const QByteArray &method, const QString &path) const;
    /** "GET /pods/{region}/{pod}" for each route, in match().index order. */
    QStringList routeLabels() const;

private:
    struct Segment
    {
        QString text; // a literal, or the parameter's name
        bool isParam = false;
    };
    struct Route
    {
        QByteArray method;
        QList<Segment> segments;
        QString pattern;
        Access access;
        Handler handler;
        Runs runs;
    };
    // Runs on every request: compares views of the path, allocates nothing.
    static bool fits(const Route &route, const QList<QStringView> &parts);
    QList<Route> m_routes; // in registration order: match().index
    QList<int> m_matchOrder; // indices into m_routes, literals before parameters
};
