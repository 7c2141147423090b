#include "backend/services/agentfaultclient.h"

#include "backend/providers/computeprovider.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>

AgentFaultClient::AgentFaultClient(ComputeProvider &provider, int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_provider(provider)
    , m_timeoutMs(timeoutMs)
{ }

void AgentFaultClient::apply(const Replica &replica, const QJsonObject &spec, Done done)
{
    send(replica, "POST", QJsonDocument(spec).toJson(QJsonDocument::Compact), std::move(done));
}

void AgentFaultClient::read(const Replica &replica, Done done)
{
    send(replica, "GET", {}, std::move(done));
}

void AgentFaultClient::send(
    const Replica &replica, const QByteArray &method, const QByteArray &body, Done done)
{
    QUrl url = m_provider.endpoint(replica);
    url.setPath(QStringLiteral("/faults"));
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setRawHeader("Authorization", "Bearer " + m_provider.controlToken(replica));
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done), url] {
        reply->deleteLater();
        Result result;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray answer = reply->readAll();
        if (reply->error() == QNetworkReply::NoError && status == 200) {
            result.ok = true;
            result.body = QJsonDocument::fromJson(answer).object();
        } else {
            result.error = status > 0
                ? QStringLiteral("%1 answered %2: %3")
                      .arg(url.authority())
                      .arg(status)
                      .arg(QString::fromUtf8(answer.left(200)))
                : QStringLiteral("%1: %2").arg(url.authority(), reply->errorString());
        }
        done(result);
    });
}
