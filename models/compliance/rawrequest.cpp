#include "models/compliance/rawrequest.h"

#include "models/apiclient.h"
#include "models/compliance/compliancelogging.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace {

QNetworkAccessManager *networkFor(ApiClient *api)
{
    static const QString name = QStringLiteral("rpComplianceRawNetwork");
    auto *network = api->findChild<QNetworkAccessManager *>(name, Qt::FindDirectChildrenOnly);
    if (!network) {
        network = new QNetworkAccessManager(api);
        network->setObjectName(name);
    }
    const auto host = api->baseUrl().host();
    const QHostAddress address(host);
    const bool loopback
        = host == QLatin1String("localhost") || (!address.isNull() && address.isLoopback());
    // A system proxy must never see (or swallow) traffic to the local daemon.
    network->setProxy(loopback ? QNetworkProxy(QNetworkProxy::NoProxy)
                               : QNetworkProxy(QNetworkProxy::DefaultProxy));
    return network;
}

QUrl urlFor(const QUrl &base, const QString &path, const QUrlQuery &query)
{
    QUrl url = base;
    QString prefix = url.path(QUrl::FullyEncoded);
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    url.setPath(prefix + (path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path),
        QUrl::TolerantMode);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

} // namespace

void requestRawBytes(ApiClient *api, const QByteArray &method, const QString &path,
    const QUrlQuery &query, std::function<void(ApiResult<QByteArray>)> callback)
{
    QNetworkRequest request(urlFor(api->baseUrl(), path, query));
    if (!api->token().isEmpty())
        request.setRawHeader("Authorization", "Bearer " + api->token().toUtf8());
    request.setTransferTimeout(15000);
    const QString what = QString::fromLatin1(method) + QLatin1Char(' ') + path;
    if (api->isVerbose())
        qCInfo(lcCompliance).noquote() << "→" << what << request.url().toDisplayString();
    QNetworkReply *reply = networkFor(api)->sendCustomRequest(request, method);
    QObject::connect(
        reply, &QNetworkReply::finished, api, [api, reply, what, callback = std::move(callback)] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray body = reply->readAll();
            if (api->isVerbose())
                qCInfo(lcCompliance).noquote() << "←" << status << what << body.size() << "bytes";
            if (status >= 200 && status < 300)
                return callback(ApiResult<QByteArray>::success(body));
            ProblemDetails problem;
            if (status == 0) {
                problem.status = 0;
                problem.title = QCoreApplication::translate("ComplianceClient", "Network error");
                problem.detail = QStringLiteral("%1 (%2)").arg(
                    reply->errorString(), api->baseUrl().toDisplayString());
            } else {
                problem = ProblemDetails::fromHttp(status, body);
            }
            callback(ApiResult<QByteArray>::failure(problem));
        });
}
