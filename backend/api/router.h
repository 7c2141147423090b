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

using Handler = std::function<ApiResponse(const ApiRequest &)>;

/** Method + path-pattern table: "/pods/{region}/scale" binds `region`. */
class Router
{
public:
    struct Match
    {
        const Handler *handler = nullptr;
        Access access = Access::Read;
        QHash<QString, QString> params;
        bool pathKnown = false; // some route has this path (for 405 vs 404)
        QStringList allowedMethods;
    };

    void add(const QByteArray &method, const QString &pattern, Access access, Handler handler);
    Match match(const QByteArray &method, const QString &path) const;

private:
    struct Route
    {
        QByteArray method;
        QStringList segments;
        Access access;
        Handler handler;
    };
    QList<Route> m_routes;
};
