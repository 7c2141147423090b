#include "models/apiclient.h"

#include <QLocale>

#include "backend/core/verbosity.h"
#include "models/logging.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace {

bool isLoopback(const QString &host)
{
    if (host == QLatin1String("localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

// A system proxy must never see (or swallow) traffic to a local daemon; anything else goes the
// way the system says.
class DaemonProxyFactory : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        if (isLoopback(query.peerHostName()))
            return {QNetworkProxy(QNetworkProxy::NoProxy)};
        return systemProxyForQuery(query);
    }
};

} // namespace

QString apiPathSegment(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

ApiClient::ApiClient(QNetworkAccessManager &network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_verbose(Verbosity::apiVerbose())
{
    m_network.setProxyFactory(new DaemonProxyFactory); // the manager owns it
    setLocale(QLocale());
}

void ApiClient::setLocale(const QLocale &locale)
{
    // Texts the daemon takes from the policy pack (remedies, legal bases) come back in the
    // console's language when the pack has it: "de-DE, de;q=0.9, en;q=0.1".
    m_acceptLanguage.clear();
    if (locale.language() == QLocale::C || locale.language() == QLocale::English)
        return;
    QStringList tags;
    for (const auto &tag : locale.uiLanguages()) {
        if (!tags.contains(tag))
            tags.append(tag);
        const auto primary = tag.section(QLatin1Char('-'), 0, 0);
        if (!tags.contains(primary))
            tags.append(primary);
    }
    QStringList ranked;
    for (qsizetype i = 0; i < tags.size() && i < 8; ++i)
        ranked.append(i == 0 ? tags.at(i) : QStringLiteral("%1;q=0.%2").arg(tags.at(i)).arg(9 - i));
    ranked.append(QStringLiteral("en;q=0.1"));
    m_acceptLanguage = ranked.join(QStringLiteral(", ")).toLatin1();
}

ApiClient::~ApiClient()
{
    cancelAll();
}

void ApiClient::cancelAll()
{
    for (QNetworkReply *reply : findChildren<QNetworkReply *>(Qt::FindDirectChildrenOnly))
        ApiCall::cancel(reply);
}

void ApiClient::setToken(const QString &token)
{
    if (token == m_token)
        return;
    m_token = token;
    cancelAll();
    emit endpointChanged();
}

void ApiClient::setBaseUrl(const QUrl &url)
{
    if (url == m_baseUrl)
        return;
    m_baseUrl = url;
    cancelAll();
    emit endpointChanged();
}

QUrl ApiClient::urlFor(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_baseUrl;
    QString base = url.path(QUrl::FullyEncoded);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    const QString relative = path.startsWith(QLatin1Char('/')) ? path : QStringLiteral("/") + path;
    url.setPath(base + relative, QUrl::TolerantMode);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

QNetworkReply *ApiClient::send(const QByteArray &method, const QString &path,
    const std::optional<QJsonObject> &body, const QUrlQuery &query)
{
    QNetworkRequest request(urlFor(path, query));
    request.setRawHeader("Accept", "application/json, application/problem+json");
    if (!m_acceptLanguage.isEmpty())
        request.setRawHeader("Accept-Language", m_acceptLanguage);
    if (!m_token.isEmpty() && path != QLatin1String("/healthz"))
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    request.setTransferTimeout(int(m_timeout.count()));
    QByteArray payload;
    if (body) {
        payload = QJsonDocument(*body).toJson(QJsonDocument::Compact);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
            QByteArrayLiteral("application/json; charset=utf-8"));
    }
    if (m_verbose)
        qCInfo(lcClient).noquote() << "→" << method << request.url().toDisplayString()
                                   << (body ? QString::fromUtf8(payload) : QString());
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, payload);
    // Ours, so cancelAll() finds it and our destruction aborts it; gone once it has finished.
    reply->setParent(this);
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    QElapsedTimer timer;
    timer.start();
    reply->setProperty("rpStarted", timer.msecsSinceReference());
    return reply;
}

ApiResult<QByteArray> ApiClient::answer(QNetworkReply *reply, const QString &what)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (m_verbose) {
        QElapsedTimer now;
        now.start();
        qCInfo(lcClient).noquote()
            << "←" << (status ? QString::number(status) : reply->errorString()) << what
            << QStringLiteral("(%1 ms, %2 bytes)")
                   .arg(now.msecsSinceReference() - reply->property("rpStarted").toLongLong())
                   .arg(body.size());
    }
    if (status == 0)
        return ApiResult<QByteArray>::failure(networkProblem(reply));
    if (status < 200 || status >= 300)
        return ApiResult<QByteArray>::failure(ProblemDetails::fromHttp(status, body));
    return ApiResult<QByteArray>::success(body);
}

ApiCall ApiClient::requestBytes(QObject *context, const QByteArray &method, const QString &path,
    Callback<QByteArray> callback, const QUrlQuery &query)
{
    QNetworkReply *reply = send(method, path, std::nullopt, query);
    const QString what = QString::fromLatin1(method) + QLatin1Char(' ') + path;
    connect(reply, &QNetworkReply::finished, context,
        [this, reply, what, callback = std::move(callback)] {
            if (ApiCall::wasCancelled(reply))
                return;
            ApiResult<QByteArray> result = answer(reply, what);
            if (!result)
                qCWarning(lcClient).noquote() << what << "failed:" << result.error().message();
            const std::optional<ProblemDetails> problem
                = result ? std::nullopt : std::optional(result.error());
            callback(std::move(result));
            if (problem)
                emit requestFailed(*problem);
        });
    return ApiCall(reply);
}

ApiCall ApiClient::requestJson(QObject *context, const QByteArray &method, const QString &path,
    const std::optional<QJsonObject> &body, JsonCallback callback, const QUrlQuery &query)
{
    QNetworkReply *reply = send(method, path, body, query);
    const QString what = QString::fromLatin1(method) + QLatin1Char(' ') + path;
    connect(reply, &QNetworkReply::finished, context,
        [this, reply, what, callback = std::move(callback)] {
            if (ApiCall::wasCancelled(reply))
                return;
            const ApiResult<QByteArray> bytes = answer(reply, what);
            std::optional<ProblemDetails> problem;
            QJsonObject object;
            if (!bytes) {
                problem = bytes.error();
            } else {
                QJsonParseError error;
                const auto doc = QJsonDocument::fromJson(bytes.value(), &error);
                if (error.error != QJsonParseError::NoError || !doc.isObject())
                    problem = invalidResponse(what,
                        error.error != QJsonParseError::NoError ? error.errorString()
                                                                : tr("expected a JSON object"));
                else
                    object = doc.object();
            }
            if (problem) {
                qCWarning(lcClient).noquote() << what << "failed:" << problem->message();
                callback(ApiResult<QJsonObject>::failure(*problem));
                emit requestFailed(*problem);
                return;
            }
            callback(ApiResult<QJsonObject>::success(object));
        });
    return ApiCall(reply);
}

ProblemDetails ApiClient::networkProblem(QNetworkReply *reply) const
{
    ProblemDetails problem;
    problem.status = 0;
    problem.title = tr("Network error");
    const auto where = m_baseUrl.toDisplayString();
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        problem.detail
            = tr("nothing answers at %1 (connection refused) — is the daemon running?").arg(where);
        break;
    case QNetworkReply::HostNotFoundError:
        problem.detail = tr("host of %1 not found").arg(where);
        break;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        problem.detail = tr("the daemon at %1 did not answer within %2 s")
                             .arg(where)
                             .arg(double(m_timeout.count()) / 1000.0);
        break;
    case QNetworkReply::RemoteHostClosedError:
        problem.detail = tr("the daemon at %1 closed the connection").arg(where);
        break;
    default:
        problem.detail = tr("%1 (%2)").arg(reply->errorString(), where);
        break;
    }
    return problem;
}

ProblemDetails ApiClient::invalidResponse(const QString &what, const QString &reason)
{
    ProblemDetails problem;
    problem.status = 0;
    problem.title = tr("Invalid response from the daemon");
    problem.detail = QStringLiteral("%1: %2").arg(what, reason);
    return problem;
}

ApiCall ApiClient::fetchHealth(QObject *context, Callback<DaemonHealth> callback)
{
    return request<DaemonHealth>(context, "GET", QStringLiteral("/healthz"), std::nullopt,
        &DaemonHealth::fromJson, std::move(callback));
}

ApiCall ApiClient::fetchSession(QObject *context, Callback<SessionInfo> callback)
{
    return request<SessionInfo>(context, "GET", QStringLiteral("/session"), std::nullopt,
        &SessionInfo::fromJson, std::move(callback));
}

ApiCall ApiClient::fetchRegions(QObject *context, Callback<QList<Region>> callback)
{
    return request<QList<Region>>(
        context, "GET", QStringLiteral("/regions"), std::nullopt,
        [](const QJsonObject &json) { return parseList<Region>(json, QStringLiteral("regions")); },
        std::move(callback));
}

ApiCall ApiClient::fetchDistricts(QObject *context, Callback<QList<District>> callback)
{
    return request<QList<District>>(
        context, "GET", QStringLiteral("/districts"), std::nullopt,
        [](const QJsonObject &json) {
            return parseList<District>(json, QStringLiteral("districts"));
        },
        std::move(callback));
}

ApiCall ApiClient::fetchPods(QObject *context, Callback<QList<Pod>> callback)
{
    return request<QList<Pod>>(
        context, "GET", QStringLiteral("/pods"), std::nullopt,
        [](const QJsonObject &json) { return parseList<Pod>(json, QStringLiteral("pods")); },
        std::move(callback));
}

ApiCall ApiClient::scalePod(QObject *context, const QString &region, const QString &podId,
    int replicas, Callback<Pod> callback)
{
    return request<Pod>(context, "PUT",
        QStringLiteral("/pods/%1/%2/scale").arg(apiPathSegment(region), apiPathSegment(podId)),
        QJsonObject{{QStringLiteral("replicas"), replicas}}, &Pod::fromJson, std::move(callback));
}

ApiCall ApiClient::deletePod(
    QObject *context, const QString &region, const QString &podId, Callback<QString> callback)
{
    return request<QString>(
        context, "DELETE",
        QStringLiteral("/pods/%1/%2").arg(apiPathSegment(region), apiPathSegment(podId)),
        std::nullopt,
        [](const QJsonObject &json) {
            const auto deleted = json.value(QStringLiteral("deleted"));
            if (!deleted.isString())
                throw std::runtime_error("deleted: must be a string");
            return deleted.toString();
        },
        std::move(callback));
}

ApiCall ApiClient::createPod(QObject *context, const PodSpec &spec, Callback<Pod> callback)
{
    return request<Pod>(context, "POST", QStringLiteral("/pods"), spec.toJson(), &Pod::fromJson,
        std::move(callback));
}

ApiCall ApiClient::fetchPodProbes(
    QObject *context, const QString &region, const QString &podId, Callback<PodProbes> callback)
{
    return request<PodProbes>(context, "GET",
        QStringLiteral("/pods/%1/%2/probes").arg(apiPathSegment(region), apiPathSegment(podId)),
        std::nullopt, &PodProbes::fromJson, std::move(callback));
}
