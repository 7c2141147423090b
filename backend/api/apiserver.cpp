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

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QUrl>

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

} // namespace

ApiServer::ApiServer(AuthService &auth, TransportLimits limits, TlsFiles tls, QObject *parent)
    : QObject(parent)
    , m_auth(auth)
    , m_transport(std::make_unique<HttpTransport>(
          static_cast<TransportHandler &>(*this), limits, std::move(tls)))
    , m_verbose(Verbosity::apiVerbose())
{ }

ApiServer::~ApiServer()
{
    stop();
    // Replies queued for the main thread hold sessions of the transport: drop them before it.
    QCoreApplication::removePostedEvents(this);
    m_transport.reset();
}

quint16 ApiServer::start(const QHostAddress &address, quint16 port, QString *error)
{
    // Routes are fixed from here on: one histogram per route, found by index on every request.
    m_routeLabels = m_router.routeLabels();
    m_latencies.resize(m_routeLabels.size());
    return m_transport->listen(address, port, error);
}

void ApiServer::stop()
{
    m_transport->stop();
}

void ApiServer::handle(TransportRequest request, Reply reply)
{
    QElapsedTimer timer;
    timer.start();
    // The path stays percent-encoded: the router decodes each parameter itself.
    const auto question = request.target.indexOf('?');
    const QString path
        = QString::fromUtf8(question < 0 ? request.target : request.target.left(question));
    QUrlQuery query;
    if (question >= 0)
        query.setQuery(QString::fromUtf8(request.target.mid(question + 1)));
    auto log = [this, method = request.method, path, timer](const ApiResponse &response) {
        if (m_verbose || statusCode(response.status) >= 500)
            qCInfo(lcApi).noquote()
                << method << LogText::quoted(path) << statusCode(response.status)
                << QStringLiteral("%1 ms").arg(timer.elapsed());
    };
    auto answer = [&](ApiResponse response) {
        log(response);
        reply(std::move(response));
    };
    if (!request.target.startsWith('/'))
        return answer(problemResponse(HttpStatus::BadRequest,
            QStringLiteral("the request target is not a valid path"), QStringLiteral("target")));

    const auto match = m_router.match(request.method, path);
    if (!match.handler) {
        if (match.pathKnown) {
            const auto allowed = match.allowedMethods.join(QStringLiteral(", "));
            auto response = problemResponse(HttpStatus::MethodNotAllowed,
                QStringLiteral("%1 is not allowed on %2; allowed: %3")
                    .arg(QString::fromLatin1(request.method), path, allowed));
            response.headers.append(qMakePair(QByteArrayLiteral("Allow"), allowed.toLatin1()));
            return answer(response);
        }
        return answer(
            problemResponse(HttpStatus::NotFound, QStringLiteral("no resource at %1").arg(path)));
    }

    Principal principal;
    if (match.access != Access::Public) {
        // From the in-memory token cache: no database read on the I/O thread.
        const auto found = m_auth.authenticate(request.authorization);
        if (!found) {
            auto response = problemResponse(
                HttpStatus::Unauthorized, QStringLiteral("a valid bearer token is required"));
            response.headers.append(
                qMakePair(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer")));
            return answer(response);
        }
        principal = *found;
        if (match.access == Access::Operate && !principal.mayOperate())
            return answer(problemResponse(HttpStatus::Forbidden,
                QStringLiteral("role '%1' may not change the fleet")
                    .arg(tokenRoleName(principal.role))));
        if (match.access == Access::Admin && !principal.isAdmin())
            return answer(problemResponse(
                HttpStatus::Forbidden, QStringLiteral("only an admin may do this")));
    }

    ApiRequest apiRequest(query, std::move(request.body), match.params, principal);
    if (!request.acceptLanguage.isEmpty())
        apiRequest.setAcceptLanguage(request.acceptLanguage);
    const auto observe = [this, index = match.index, timer] {
        const QMutexLocker lock(&m_latencyMutex);
        if (index >= 0 && index < m_latencies.size())
            m_latencies[index].observe(double(timer.nsecsElapsed()) / 1e9);
    };
    if (match.runs == Runs::IoThread) {
        auto response = invoke(*match.handler, apiRequest, request.method, path);
        observe();
        return answer(std::move(response));
    }
    // Routes are fixed once serving starts, so the handler pointer stays valid.
    QMetaObject::invokeMethod(
        this,
        [this, handler = match.handler, apiRequest = std::move(apiRequest), method = request.method,
            path, reply = std::move(reply), log, observe] {
            auto response = invoke(*handler, apiRequest, method, path);
            observe();
            log(response);
            reply(std::move(response));
        },
        Qt::QueuedConnection);
}

QMap<QString, LatencyHistogram> ApiServer::requestLatencies() const
{
    QMap<QString, LatencyHistogram> latencies;
    const QMutexLocker lock(&m_latencyMutex);
    for (qsizetype i = 0; i < m_latencies.size(); ++i) {
        if (m_latencies.at(i).count > 0)
            latencies.insert(m_routeLabels.at(i), m_latencies.at(i));
    }
    return latencies;
}

std::optional<ApiResponse> ApiServer::acceptStream(const TransportRequest &request, Attach *attach)
{
    const QUrl url = QUrl::fromEncoded(QByteArrayLiteral("http://localhost") + request.target);
    if (url.path() != QLatin1String("/events"))
        return problemResponse(HttpStatus::NotFound,
            QStringLiteral("no WebSocket stream at %1; the event stream is /events")
                .arg(url.path()));
    const QUrlQuery query(url);
    auto principal = m_auth.authenticate(request.authorization);
    if (!principal && query.hasQueryItem(QStringLiteral("token")))
        principal = m_auth.authenticateToken(
            query.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded));
    if (!principal) {
        auto response = problemResponse(
            HttpStatus::Unauthorized, QStringLiteral("a valid bearer token is required"));
        response.headers.append(
            qMakePair(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer")));
        return response;
    }
    *attach = [this, principal = *principal, query](std::shared_ptr<EventSink> sink) {
        QMetaObject::invokeMethod(
            this,
            [this, sink = std::move(sink), principal, query] {
                if (m_streamOpener)
                    m_streamOpener(sink, principal, query);
                else
                    sink->close(1001, "the daemon is shutting down");
            },
            Qt::QueuedConnection);
    };
    return std::nullopt;
}

ApiResponse ApiServer::invoke(const Handler &handler, const ApiRequest &request,
    const QByteArray &method, const QString &path) const
{
    try {
        return handler(request);
    } catch (const ValidationError &e) {
        return problemResponse(
            HttpStatus::BadRequest, QStringLiteral("%1: %2").arg(e.field(), e.reason()), e.field());
    } catch (const ApiError &e) {
        return problemResponse(e.status(), e.detail(), e.field());
    } catch (const ServiceError &e) {
        return problemResponse(statusFor(e.kind()), QString::fromStdString(e.what()), e.field());
    } catch (const StoreError &e) {
        qCCritical(lcApi).noquote()
            << method << LogText::quoted(path) << "storage failure:" << LogText::quoted(e.what());
        return problemResponse(HttpStatus::InternalServerError,
            QStringLiteral("internal storage error; see the daemon log"));
    } catch (const std::exception &e) {
        qCCritical(lcApi).noquote()
            << method << LogText::quoted(path) << "failed:" << LogText::quoted(e.what());
        return problemResponse(
            HttpStatus::InternalServerError, QStringLiteral("internal error; see the daemon log"));
    }
}
