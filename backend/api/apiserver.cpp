#include "backend/api/apiserver.h"

#include "backend/api/apierror.h"
#include "backend/api/logging.h"
#include "backend/core/logtext.h"
#include "backend/core/problemdetails.h"
#include "backend/core/validationerror.h"
#include "backend/core/verbosity.h"
#include "backend/services/authservice.h"
#include "backend/services/serviceerror.h"
#include "backend/store/storeerror.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QTcpSocket>

ApiResponse problemResponse(HttpStatus status, const QString &detail, const QString &field)
{
    return ApiResponse::text(ProblemDetails::of(status, detail, field).toBody(),
        QByteArrayLiteral("application/problem+json"), status);
}

namespace {

HttpStatus statusFor(ServiceError::Kind kind)
{
    switch (kind) {
    case ServiceError::Kind::NotFound:
        return HttpStatus::NotFound;
    case ServiceError::Kind::Conflict:
        return HttpStatus::Conflict;
    case ServiceError::Kind::Forbidden:
        return HttpStatus::Forbidden;
    case ServiceError::Kind::Unavailable:
        return HttpStatus::ServiceUnavailable;
    }
    return HttpStatus::InternalServerError;
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

} // namespace

ApiServer::ApiServer(AuthService &auth, ApiLimits limits, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_auth(auth)
    , m_limits(limits)
    , m_verbose(Verbosity::apiVerbose())
{ }

quint16 ApiServer::start(const QHostAddress &address, quint16 port)
{
    return listen(address, port);
}

bool ApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Qt 6.4 upgrades a WebSocket request (newWebSocketConnection) when we claim it here without
    // answering; the events hub then authenticates the socket itself.
    if (request.value("Upgrade").compare("websocket", Qt::CaseInsensitive) == 0
        && request.url().path() == QLatin1String("/events"))
        return true;
    QElapsedTimer timer;
    timer.start();
    const auto response = dispatch(request);
    send(request, socket, response);
    if (m_verbose || statusCode(response.status) >= 500)
        qCInfo(lcApi).noquote() << methodName(request.method())
                                << LogText::quoted(request.url().path())
                                << statusCode(response.status)
                                << QStringLiteral("%1 ms").arg(timer.elapsed());
    return true;
}

void ApiServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    send(
        request, socket, problemResponse(HttpStatus::NotFound, QStringLiteral("no such resource")));
}

ApiResponse ApiServer::dispatch(const QHttpServerRequest &request)
{
    qint64 headerBytes = 0;
    for (const auto &header : request.headers())
        headerBytes += header.first.size() + header.second.size() + 4;
    if (headerBytes > m_limits.maxHeaderBytes)
        return problemResponse(HttpStatus::RequestHeaderFieldsTooLarge,
            QStringLiteral("request headers exceed %1 bytes").arg(m_limits.maxHeaderBytes));
    if (request.body().size() > m_limits.maxBodyBytes)
        return problemResponse(HttpStatus::PayloadTooLarge,
            QStringLiteral("request body exceeds %1 bytes").arg(m_limits.maxBodyBytes),
            QStringLiteral("body"));

    const auto path = request.url().path();
    const auto match = m_router.match(methodName(request.method()), path);
    if (!match.handler) {
        if (match.pathKnown) {
            auto response = problemResponse(HttpStatus::MethodNotAllowed,
                QStringLiteral("%1 is not allowed on %2; allowed: %3")
                    .arg(QString::fromLatin1(methodName(request.method())), path,
                        match.allowedMethods.join(QStringLiteral(", "))));
            response.headers.append(qMakePair(QByteArrayLiteral("Allow"),
                match.allowedMethods.join(QStringLiteral(", ")).toLatin1()));
            return response;
        }
        return problemResponse(HttpStatus::NotFound, QStringLiteral("no resource at %1").arg(path));
    }

    try {
        Principal principal;
        if (match.access != Access::Public) {
            const auto found = m_auth.authenticate(request.value("Authorization"));
            if (!found) {
                auto response = problemResponse(
                    HttpStatus::Unauthorized, QStringLiteral("a valid bearer token is required"));
                response.headers.append(
                    qMakePair(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer")));
                return response;
            }
            principal = *found;
            if (match.access == Access::Operate && !principal.mayOperate())
                return problemResponse(HttpStatus::Forbidden,
                    QStringLiteral("role '%1' may not change the fleet").arg(principal.role));
            if (match.access == Access::Admin && !principal.isAdmin())
                return problemResponse(
                    HttpStatus::Forbidden, QStringLiteral("only an admin may do this"));
        }
        const ApiRequest apiRequest(request, match.params, principal);
        return (*match.handler)(apiRequest);
    } catch (const ValidationError &e) {
        return problemResponse(
            HttpStatus::BadRequest, QStringLiteral("%1: %2").arg(e.field(), e.reason()), e.field());
    } catch (const ApiError &e) {
        return problemResponse(e.status(), e.detail(), e.field());
    } catch (const ServiceError &e) {
        return problemResponse(statusFor(e.kind()), QString::fromStdString(e.what()), e.field());
    } catch (const StoreError &e) {
        qCCritical(lcApi).noquote() << methodName(request.method()) << LogText::quoted(path)
                                    << "storage failure:" << LogText::quoted(e.what());
        return problemResponse(HttpStatus::InternalServerError,
            QStringLiteral("internal storage error; see the daemon log"));
    } catch (const std::exception &e) {
        qCCritical(lcApi).noquote() << methodName(request.method()) << LogText::quoted(path)
                                    << "failed:" << LogText::quoted(e.what());
        return problemResponse(
            HttpStatus::InternalServerError, QStringLiteral("internal error; see the daemon log"));
    }
}

void ApiServer::send(
    const QHttpServerRequest &request, QTcpSocket *socket, const ApiResponse &response)
{
    auto responder = makeResponder(request, socket);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    responder.writeHeader("Content-Type", response.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    for (const auto &header : response.headers)
        responder.writeHeader(header.first, header.second);
    responder.writeBody(response.body);
}
