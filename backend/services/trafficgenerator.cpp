#include "backend/services/trafficgenerator.h"

#include "backend/core/geo.h"
#include "backend/core/routing/routeplanner.h"
#include "backend/core/traffic/schoolday.h"
#include "backend/services/logging.h"
#include "backend/services/podmanager.h"
#include "backend/services/routingtable.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QNetworkReply>

#include <cmath>

namespace {

constexpr int kWindowMs = 10000; // DistrictTraffic::rps is over this window

} // namespace

TrafficGenerator::TrafficGenerator(
    PodManager &pods, const RoutingTable &routing, TrafficSettings settings, QObject *parent)
    : QObject(parent)
    , m_pods(pods)
    , m_routing(routing)
    , m_settings(settings)
{
    m_network.setProxy(QNetworkProxy::NoProxy);
    m_timer.setInterval(m_settings.tickMs);
    connect(&m_timer, &QTimer::timeout, this, &TrafficGenerator::tick);
}

void TrafficGenerator::start()
{
    if (!m_settings.enabled || m_timer.isActive())
        return;
    qCInfo(lcTraffic).noquote() << QStringLiteral(
        "demo traffic: up to %1 req/s per district in its school day, %2 % of that at night")
                                       .arg(m_settings.peakRps)
                                       .arg(m_settings.eveningFloor * 100);
    m_timer.start();
}

void TrafficGenerator::stop()
{
    m_timer.stop();
}

int TrafficGenerator::poisson(double mean)
{
    // Knuth's method: fine for the small means of one tick.
    const double limit = std::exp(-mean);
    int k = 0;
    double p = m_random.generateDouble();
    while (p > limit && k < 10000) {
        ++k;
        p *= m_random.generateDouble();
    }
    return k;
}

double TrafficGenerator::networkMs(const District &district, const QString &podId) const
{
    const auto location = m_podLocations.constFind(podId);
    if (location == m_podLocations.cend())
        return 0;
    const double km
        = greatCircleKm(district.latitude, district.longitude, location->y(), location->x());
    return RoutePlanner::modeledRoundTripMs(km) - RoutePlanner::modeledRoundTripMs(0);
}

QHash<QString, QStringList> TrafficGenerator::endpoints() const
{
    QHash<QString, QString> urls; // "pod/index" → base URL
    for (const auto &target : m_pods.probeTargets())
        urls.insert(target.podId + QLatin1Char('/') + QString::number(target.index),
            target.url.toString(QUrl::StripTrailingSlash));
    QHash<QString, QStringList> out;
    for (const Pod &pod : m_pods.pods())
        for (const auto &replica : pod.replicaStatus)
            if (replica.health == HealthState::Healthy)
                if (const auto url
                    = urls.value(pod.id + QLatin1Char('/') + QString::number(replica.index));
                    !url.isEmpty())
                    out[pod.id].append(url);
    return out;
}

void TrafficGenerator::tick()
{
    const auto now = QDateTime::currentDateTimeUtc();
    const int ticksPerWindow = std::max(1, kWindowMs / m_settings.tickMs);
    const auto urls = endpoints();
    m_podLocations.clear();
    for (const Pod &pod : m_pods.pods())
        if (const auto region = m_pods.region(pod.region))
            m_podLocations.insert(pod.id, QPointF(region->longitude, region->latitude));
    for (const District &district : m_pods.districts()) {
        State &state = m_states[district.id];
        if (state.traffic.district.isEmpty()) {
            state.traffic.district = district.id;
            state.zone = QTimeZone(district.timeZone.toUtf8());
            state.sentPerTick.fill(0, ticksPerWindow);
        }
        const auto local = state.zone.isValid() ? now.toTimeZone(state.zone) : now;
        state.traffic.targetRps
            = m_settings.peakRps * schoolDayLoad(local, m_settings.eveningFloor);
        const int count = poisson(state.traffic.targetRps * m_settings.tickMs / 1000.0);
        state.tickIndex = (state.tickIndex + 1) % ticksPerWindow;
        state.sentPerTick[state.tickIndex] = 0;
        if (count == 0)
            continue;

        RouteDecision route;
        try {
            route = m_routing.decision(district.id);
        } catch (const std::exception &) {
            continue; // the district is new to the fleet and not routed yet
        }
        for (int i = 0; i < count; ++i) {
            if (route.failClosed || route.weights.isEmpty()) {
                ++state.traffic.unserved;
                continue;
            }
            // Pick a pod by the route's weights, then a healthy replica round-robin.
            int pick = int(m_random.bounded(100u));
            QString podId = route.weights.constLast().pod;
            for (const auto &w : route.weights) {
                if (pick < w.weight) {
                    podId = w.pod;
                    break;
                }
                pick -= w.weight;
            }
            const QStringList replicas = urls.value(podId);
            if (replicas.isEmpty()) {
                ++state.traffic.sent;
                ++state.traffic.failed;
                state.traffic.lastError
                    = QStringLiteral("%1 has no healthy replica (the table had not moved yet)")
                          .arg(podId);
                continue;
            }
            send(state, podId, replicas.at(m_roundRobin[podId]++ % replicas.size()),
                networkMs(district, podId));
        }
    }
    for (auto &state : m_states) {
        int window = 0;
        for (int sent : std::as_const(state.sentPerTick))
            window += sent;
        state.traffic.rps = window * 1000.0 / (ticksPerWindow * m_settings.tickMs);
    }
}

void TrafficGenerator::send(
    State &state, const QString &podId, const QString &endpoint, double networkMs)
{
    ++state.traffic.sent;
    ++state.sentPerTick[state.tickIndex];
    if (state.traffic.inFlight >= m_settings.maxInFlightPerDistrict) {
        ++state.traffic.failed;
        state.traffic.lastError
            = QStringLiteral("gave up: %1 requests already waiting").arg(state.traffic.inFlight);
        return;
    }
    QNetworkRequest request(QUrl(endpoint + QStringLiteral("/v1/infer")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(m_settings.timeoutMs);
    const QString districtId = state.traffic.district;
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("district"), districtId},
                                              {QStringLiteral("input"), QStringLiteral("demo")}})
                                .toJson(QJsonDocument::Compact);
    QElapsedTimer timer;
    timer.start();
    ++state.traffic.inFlight;
    QNetworkReply *reply = m_network.post(request, body);
    const QString authority = reply->url().authority();
    // A replica that leaves live requests hanging is seen here long before its probes time
    // out: report the stall once, while the client still waits (timer owned by the reply).
    QTimer::singleShot(m_settings.stallMs, reply, [this, reply, authority] {
        if (!reply->isFinished()) {
            reply->setProperty("rpStalled", true);
            Q_EMIT replicaOutcome(authority, false);
        }
    });
    connect(reply, &QNetworkReply::finished, this,
        [this, reply, districtId, podId, networkMs, timer, authority] {
            reply->deleteLater();
            const bool gotAnswer
                = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() > 0;
            if (gotAnswer)
                Q_EMIT replicaOutcome(authority, true);
            else if (!reply->property("rpStalled").toBool())
                Q_EMIT replicaOutcome(authority, false);
            const auto it = m_states.find(districtId);
            if (it == m_states.end())
                return;
            DistrictTraffic &t = it->traffic;
            --t.inFlight;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300) {
                ++t.ok;
                if (timer.elapsed() > m_settings.slowMs)
                    ++t.slow;
                emit latencyMeasured(districtId, podId, timer.nsecsElapsed() / 1e6 + networkMs);
                return;
            }
            ++t.failed;
            t.lastError = status > 0
                ? QStringLiteral("%1 answered %2").arg(reply->url().authority()).arg(status)
                : QStringLiteral("%1: %2").arg(reply->url().authority(), reply->errorString());
        });
}

QList<DistrictTraffic> TrafficGenerator::districts() const
{
    QList<DistrictTraffic> out;
    for (const District &district : m_pods.districts()) {
        DistrictTraffic t = m_states.value(district.id).traffic;
        t.district = district.id;
        out.append(t);
    }
    return out;
}
