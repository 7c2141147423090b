#include "backend/services/drillprober.h"

#include "backend/services/routingtable.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

namespace {
constexpr int kMaxInFlight = 8; // per district: a hung pod must not pile up requests
}

DrillProber::DrillProber(
    const RoutingTable &routing, int intervalMs, int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_routing(routing)
    , m_timeoutMs(timeoutMs)
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &DrillProber::tick);
}

void DrillProber::start(
    const QStringList &districts, const QHash<QString, QStringList> &allowed, qint64 originMs)
{
    ++m_generation;
    m_districts = districts;
    m_allowed = allowed;
    m_inFlight.clear();
    m_originMs = originMs;
    m_elapsed.start();
    m_timer.start();
    tick();
}

void DrillProber::stop()
{
    ++m_generation;
    m_timer.stop();
}

void DrillProber::tick()
{
    const qint64 sentMs = m_originMs + m_elapsed.elapsed();
    for (const QString &district : std::as_const(m_districts)) {
        RouteDecision decision;
        try {
            decision = m_routing.decision(district);
        } catch (const std::exception &) {
            continue; // the district was deleted meanwhile
        }
        if (decision.failClosed || decision.endpoint.isEmpty()) {
            Q_EMIT probed(district, sentMs, QString(), false, 0, true);
            continue;
        }
        if (m_inFlight.value(district) >= kMaxInFlight)
            continue;
        const QString pod = decision.pod;
        const bool allowed = m_allowed.value(district).contains(pod);
        QNetworkRequest request(QUrl(decision.endpoint + QStringLiteral("/v1/infer")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setTransferTimeout(m_timeoutMs);
        request.setRawHeader("X-RP-Probe", "drill"); // counted apart from the demo traffic
        const QByteArray body
            = QJsonDocument(QJsonObject{{QStringLiteral("district"), district},
                                {QStringLiteral("input"), QStringLiteral("drill probe")}})
                  .toJson(QJsonDocument::Compact);
        ++m_inFlight[district];
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *reply = m_network.post(request, body);
        const quint64 generation = m_generation;
        connect(reply, &QNetworkReply::finished, this,
            [this, reply, district, pod, allowed, sentMs, timer, generation] {
                reply->deleteLater();
                if (generation != m_generation)
                    return;
                --m_inFlight[district];
                const int status
                    = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                const bool ok
                    = reply->error() == QNetworkReply::NoError && status >= 200 && status < 300;
                Q_EMIT probed(district, sentMs, pod, ok, timer.nsecsElapsed() / 1e6, allowed);
            });
    }
}
