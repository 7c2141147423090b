#include "backend/services/healthmonitor.h"

#include "backend/services/logging.h"

#include <QElapsedTimer>

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <cmath>

HealthMonitor::HealthMonitor(PodManager &pods, HealthSettings settings, QObject *parent)
    : QObject(parent)
    , m_pods(pods)
    , m_settings(settings)
{
    m_network.setProxy(QNetworkProxy::NoProxy);
    m_timer.setInterval(m_settings.intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &HealthMonitor::probeAll);
    connect(&m_pods, &PodManager::targetsChanged, this, &HealthMonitor::refreshTargets);
}

void HealthMonitor::start()
{
    refreshTargets();
    m_timer.start();
    probeAll();
}

void HealthMonitor::stop()
{
    m_timer.stop();
}

void HealthMonitor::refreshTargets()
{
    QHash<QString, Tracked> next;
    for (const auto &target : m_pods.probeTargets()) {
        auto it = m_tracked.find(target.instance);
        if (it != m_tracked.end())
            next.insert(target.instance, *it);
        else
            next.insert(target.instance,
                Tracked{target, HealthTracker(m_settings.failThreshold, m_settings.passThreshold),
                    ProbeLog()});
    }
    m_tracked = std::move(next);
    m_byAuthority.clear();
    for (auto it = m_tracked.cbegin(); it != m_tracked.cend(); ++it)
        m_byAuthority.insert(it->target.url.authority(), it.key());
}

void HealthMonitor::observeTraffic(const QString &authority, bool answered)
{
    if (m_settings.passiveFailThreshold <= 0)
        return;
    const auto key = m_byAuthority.constFind(authority);
    if (key == m_byAuthority.cend())
        return;
    auto it = m_tracked.find(*key);
    if (it == m_tracked.end())
        return;
    if (!m_clock.isValid())
        m_clock.start();
    if (answered) {
        it->passiveFailures = 0;
        it->lastAnswerMs = m_clock.elapsed();
        return;
    }
    if (++it->passiveFailures < m_settings.passiveFailThreshold
        || m_clock.elapsed() - it->lastAnswerMs < m_settings.passiveSilenceMs
        || it->tracker.state() == HealthState::Unhealthy)
        return;
    const int stalled = it->passiveFailures;
    it->passiveFailures = 0;
    if (!it->tracker.markDown())
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    it->log.addProbe({now, false, 0,
        QStringLiteral("%1 live requests in a row unanswered, none answered for %2 ms (passive "
                       "detection)")
            .arg(stalled)
            .arg(m_clock.elapsed() - it->lastAnswerMs)});
    it->log.addChange({now, HealthState::Unhealthy});
    qCInfo(lcHealth) << it->target.podId << "replica" << it->target.index
                     << "is now unhealthy: live requests stall (passive detection)";
    m_pods.applyReplicaHealth(
        it->target.podId, it->target.index, it->target.instance, HealthState::Unhealthy);
    // Probes decide when it is back (passThreshold good ones), at the fast interval.
    const QString instance = *key;
    QTimer::singleShot(m_settings.fastIntervalMs, this, [this, instance] {
        const auto again = m_tracked.constFind(instance);
        if (again != m_tracked.cend() && !again->inFlight)
            probe(again->target);
    });
}

void HealthMonitor::probeAll()
{
    for (auto &tracked : m_tracked) {
        // A probe still waiting counts once (as a failure on timeout), never piles up.
        if (!tracked.inFlight)
            probe(tracked.target);
    }
}

void HealthMonitor::probe(const ProbeTarget &target)
{
    auto it = m_tracked.find(target.instance);
    if (it == m_tracked.end())
        return;
    it->inFlight = true;
    QNetworkRequest request(target.url.resolved(QUrl(QStringLiteral("/healthz"))));
    request.setTransferTimeout(m_settings.timeoutMs);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    auto *reply = m_network.get(request);
    // A /healthz answer is a few bytes: a replica that floods it is cut off, never buffered.
    constexpr qint64 kMaxHealthBody = 64 * 1024;
    reply->setReadBufferSize(kMaxHealthBody);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received) {
        if (received >= kMaxHealthBody) {
            reply->setProperty("rpTooLarge", true);
            reply->abort();
        }
    });
    const auto key = target.instance;
    QElapsedTimer sent;
    sent.start();
    connect(reply, &QNetworkReply::finished, this, [this, reply, key, sent, pod = target.podId] {
        reply->deleteLater();
        const double seconds = double(sent.nsecsElapsed()) / 1e9;
        m_probeLatency[pod].observe(seconds);
        ProbeResult result{
            QDateTime::currentDateTimeUtc(), false, std::round(seconds * 1e5) / 100, {}};
        const auto status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->property("rpTooLarge").toBool())
            result.error = QStringLiteral("answered more than 64 KiB");
        else if (reply->error() == QNetworkReply::OperationCanceledError
            || reply->error() == QNetworkReply::TimeoutError)
            result.error = QStringLiteral("no answer within %1 ms").arg(m_settings.timeoutMs);
        else if (reply->error() == QNetworkReply::ConnectionRefusedError)
            result.error = QStringLiteral("connection refused");
        else if (status != 0 && status != 200)
            result.error = QStringLiteral("answered %1").arg(status);
        else if (reply->error() != QNetworkReply::NoError)
            result.error = reply->errorString();
        // Another process may answer on a port our replica failed to bind: only our own
        // instance counts as healthy.
        else if (QJsonDocument::fromJson(reply->readAll())
                     .object()
                     .value(QStringLiteral("instance"))
                     .toString()
            != key)
            result.error = QStringLiteral("answered by another process");
        else
            result.ok = true;
        auto it = m_tracked.find(key);
        if (it == m_tracked.end())
            return;
        it->inFlight = false;
        record(key, result);
    });
}

PodProbes HealthMonitor::probes(const Pod &pod) const
{
    PodProbes out{pod.id, pod.region, m_settings.intervalMs, m_settings.timeoutMs, {}};
    for (const auto &replica : pod.replicaStatus) {
        ReplicaProbes r{replica.index, replica.instance, replica.health, {}, {}};
        const auto it = m_tracked.constFind(replica.instance);
        if (it != m_tracked.cend()) {
            r.probes = it->log.probes();
            r.changes = it->log.changes();
        }
        out.replicas.append(r);
    }
    return out;
}

void HealthMonitor::record(const QString &key, const ProbeResult &result)
{
    auto it = m_tracked.find(key);
    if (it == m_tracked.end())
        return;
    it->log.addProbe(result);
    if (it->tracker.record(result.ok)) {
        it->log.addChange({result.time, it->tracker.state()});
        qCInfo(lcHealth) << it->target.podId << "replica" << it->target.index << "is now"
                         << healthStateName(it->tracker.state());
        m_pods.applyReplicaHealth(
            it->target.podId, it->target.index, it->target.instance, it->tracker.state());
    }
    // A first failure (or success) is confirmed quickly rather than at the next interval.
    if (it->tracker.settling() && m_settings.fastIntervalMs < m_settings.intervalMs) {
        QTimer::singleShot(m_settings.fastIntervalMs, this, [this, key] {
            const auto again = m_tracked.constFind(key);
            if (again != m_tracked.cend() && !again->inFlight && again->tracker.settling())
                probe(again->target);
        });
    }
}
