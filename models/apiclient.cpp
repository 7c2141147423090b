#include "models/apiclient.h"
#include "backend/core/verbosity.h"

#include "models/logging.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace {

bool isLoopback(const QUrl &url)
{
    const auto host = url.host();
    if (host == QLatin1String("localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

QString apiPathSegment(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_verbose(Verbosity::apiVerbose())
{ }

ApiClient::~ApiClient() = default;

void ApiClient::setToken(const QString &token)
{
    if (token == m_token)
        return;
    m_token = token;
    emit endpointChanged();
}

void ApiClient::setBaseUrl(const QUrl &url)
{
    if (url == m_baseUrl)
        return;
    m_baseUrl = url;
    // A system proxy must never see (or swallow) traffic to the local daemon.
    if (isLoopback(url))
        m_network->setProxy(QNetworkProxy::NoProxy);
    else
        m_network->setProxy(QNetworkProxy::DefaultProxy);
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

void ApiClient::requestJson(const QByteArray &method, const QString &path,
    const std::optional<QJsonObject> &body, JsonCallback callback, const QUrlQuery &query)
{
    QNetworkRequest request(urlFor(path, query));
    request.setRawHeader("Accept", "application/json, application/problem+json");
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
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = m_network->sendCustomRequest(request, method, payload);
    connect(reply, &QNetworkReply::finished, this,
        [this, reply, what = QString(QString::fromLatin1(method) + QLatin1Char(' ') + path),
            callback = std::move(callback), timer] { finish(reply, what, callback, timer); });
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

void ApiClient::finish(QNetworkReply *reply, const QString &what, const JsonCallback &callback,
    const QElapsedTimer &timer)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (m_verbose)
        qCInfo(lcClient).noquote()
            << "←" << (status ? QString::number(status) : reply->errorString()) << what
            << QStringLiteral("(%1 ms, %2 bytes)").arg(timer.elapsed()).arg(body.size());

    std::optional<ProblemDetails> problem;
    QJsonObject object;
    if (status == 0) {
        problem = networkProblem(reply);
    } else if (status < 200 || status >= 300) {
        problem = ProblemDetails::fromHttp(status, body);
    } else {
        QJsonParseError error;
        const auto doc = QJsonDocument::fromJson(body, &error);
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
}

void ApiClient::fetchHealth(Callback<DaemonHealth> callback)
{
    request<DaemonHealth>("GET", QStringLiteral("/healthz"), std::nullopt, &DaemonHealth::fromJson,
        std::move(callback));
}

void ApiClient::fetchRegions(Callback<QList<Region>> callback)
{
    request<QList<Region>>(
        "GET", QStringLiteral("/regions"), std::nullopt,
        [](const QJsonObject &json) { return parseList<Region>(json, QStringLiteral("regions")); },
        std::move(callback));
}

void ApiClient::fetchDistricts(Callback<QList<District>> callback)
{
    request<QList<District>>(
        "GET", QStringLiteral("/districts"), std::nullopt,
        [](const QJsonObject &json) {
            return parseList<District>(json, QStringLiteral("districts"));
        },
        std::move(callback));
}

void ApiClient::fetchPods(Callback<QList<Pod>> callback)
{
    request<QList<Pod>>(
        "GET", QStringLiteral("/pods"), std::nullopt,
        [](const QJsonObject &json) { return parseList<Pod>(json, QStringLiteral("pods")); },
        std::move(callback));
}

void ApiClient::scalePod(
    const QString &region, const QString &podId, int replicas, Callback<Pod> callback)
{
    request<Pod>("PUT",
        QStringLiteral("/pods/%1/%2/scale").arg(apiPathSegment(region), apiPathSegment(podId)),
        QJsonObject{{QStringLiteral("replicas"), replicas}}, &Pod::fromJson, std::move(callback));
}

void ApiClient::deletePod(const QString &region, const QString &podId, Callback<QString> callback)
{
    request<QString>(
        "DELETE", QStringLiteral("/pods/%1/%2").arg(apiPathSegment(region), apiPathSegment(podId)),
        std::nullopt,
        [](const QJsonObject &json) {
            const auto deleted = json.value(QStringLiteral("deleted"));
            if (!deleted.isString())
                throw std::runtime_error("deleted: must be a string");
            return deleted.toString();
        },
        std::move(callback));
}

void ApiClient::createPod(const PodSpec &spec, Callback<Pod> callback)
{
    request<Pod>(
        "POST", QStringLiteral("/pods"), spec.toJson(), &Pod::fromJson, std::move(callback));
}
