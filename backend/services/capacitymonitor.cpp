#include "backend/services/capacitymonitor.h"

#include "backend/services/logging.h"
#include "backend/store/capacityhistorystore.h"

#include <QDateTime>
#include <QNetworkProxy>
#include <QNetworkReply>

CapacityMonitor::CapacityMonitor(
    PodManager &pods, CapacitySettings settings, CapacityHistoryStore *history, QObject *parent)
    : QObject(parent)
    , m_pods(pods)
    , m_settings(settings)
    , m_history(history)
{
    m_network.setProxy(QNetworkProxy::NoProxy);
    m_timer.setInterval(m_settings.scrapeIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &CapacityMonitor::scrapeAll);
    m_clock.start();
}

void CapacityMonitor::start()
{
    m_timer.start();
    scrapeAll();
}

void CapacityMonitor::stop()
{
    m_timer.stop();
    flushHistory(); // the bucket in progress, as far as it went
}

void CapacityMonitor::recordHistory(qint64 nowMs, const QHash<QString, PodCapacity> &figures)
{
    if (!m_history)
        return;
    const qint64 start = nowMs - nowMs % m_settings.historyBucketMs;
    if (start != m_bucketStartMs) {
        flushHistory();
        m_bucketStartMs = start;
    }
    for (auto it = figures.cbegin(); it != figures.cend(); ++it) {
        BucketSum &sum = m_bucket[it.key()];
        sum.rps += it->rps;
        sum.capacityRps += it->capacityRps;
        ++sum.points;
    }
}

void CapacityMonitor::flushHistory()
{
    if (!m_history || m_bucket.isEmpty())
        return;
    QList<CapacityBucket> buckets;
    for (auto it = m_bucket.cbegin(); it != m_bucket.cend(); ++it)
        if (it->points > 0)
            buckets.append(
                {it.key(), m_bucketStartMs, it->rps / it->points, it->capacityRps / it->points});
    m_bucket.clear();
    try {
        m_history->append(buckets);
        // Pruned about hourly: the table stays at pods × (keep / bucket) rows.
        if (m_bucketStartMs - m_lastPruneMs >= 3'600'000) {
            m_history->pruneBefore(m_bucketStartMs - m_settings.historyKeepMs);
            m_lastPruneMs = m_bucketStartMs;
        }
    } catch (const std::exception &e) {
        qCWarning(lcHealth) << "capacity history not stored:" << e.what();
    }
}

void CapacityMonitor::scrapeAll()
{
    // A point per pod from the scrapes so far, then the next round of scrapes.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSet<QString> live;
    QHash<QString, PodCapacity> round;
    QList<PodCapacity> measured;
    for (const Pod &pod : m_pods.pods()) {
        live.insert(pod.id);
        const PodCapacity f = figures(pod);
        round.insert(pod.id, f);
        measured.append(f);
        auto &points = m_series[pod.id];
        points.push_back({now, f.rps, f.capacityRps});
        while (qsizetype(points.size()) > m_settings.seriesPoints)
            points.pop_front();
    }
    m_series.removeIf([&live](const auto &it) { return !live.contains(it.key()); });
    recordHistory(now, round);
    Q_EMIT roundMeasured(measured);

    QHash<QString, Replica> next;
    const auto targets = m_pods.probeTargets();
    for (const auto &target : targets) {
        Replica replica = m_replicas.value(target.instance);
        replica.podId = target.podId;
        replica.index = target.index;
        next.insert(target.instance, replica);
    }
    m_replicas = std::move(next);
    for (const auto &target : targets) {
        if (!m_replicas.value(target.instance).inFlight)
            scrape(target);
    }
}

void CapacityMonitor::scrape(const ProbeTarget &target)
{
    m_replicas[target.instance].inFlight = true;
    QNetworkRequest request(target.url.resolved(QUrl(QStringLiteral("/metrics"))));
    request.setTransferTimeout(m_settings.timeoutMs);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    auto *reply = m_network.get(request);
    // QNAM reads the socket as fast as it can unless told otherwise: cap its buffer, so a
    // flooding replica costs at most this much before the check below cuts it off.
    reply->setReadBufferSize(m_settings.maxBodyBytes + 64 * 1024);
    const QString instance = target.instance;
    // A replica that sends more than a scrape can hold is cut off, not buffered.
    connect(reply, &QNetworkReply::downloadProgress, reply, [this, reply](qint64 received) {
        if (received > m_settings.maxBodyBytes) {
            reply->setProperty("rpTooLarge", true);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, instance] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        QString error;
        if (reply->property("rpTooLarge").toBool())
            error = QStringLiteral("/metrics is larger than %1 bytes").arg(m_settings.maxBodyBytes);
        else if (reply->error() == QNetworkReply::OperationCanceledError)
            error
                = QStringLiteral("/metrics did not answer within %1 ms").arg(m_settings.timeoutMs);
        else if (reply->error() != QNetworkReply::NoError)
            error = reply->errorString();
        else if (status != 200)
            error = QStringLiteral("/metrics answered %1").arg(status);
        const QByteArray body = error.isEmpty() ? reply->readAll() : QByteArray();
        record(instance, body, error);
    });
}

void CapacityMonitor::record(
    const QString &instance, const QByteArray &body, const QString &networkError)
{
    auto it = m_replicas.find(instance);
    if (it == m_replicas.end())
        return; // the replica went away meanwhile
    it->inFlight = false;
    QString error = networkError;
    std::optional<ReplicaScrape> scrape;
    if (error.isEmpty()) {
        PrometheusText::Error parseError;
        const auto samples = PrometheusText::parse(body, &parseError);
        if (!samples)
            error = QStringLiteral("/metrics line %1: %2")
                        .arg(parseError.line)
                        .arg(parseError.reason);
        else
            scrape = ReplicaScrape::fromSamples(*samples, m_clock.elapsed(), &error);
    }
    if (!scrape) {
        if (it->error != error)
            qCWarning(lcHealth).noquote()
                << it->podId << "replica" << it->index << "cannot be scraped:" << error;
        it->error = error;
        it->rates.reset();
        it->last.reset(); // the next good scrape starts a new rate
        return;
    }
    it->error.clear();
    if (it->last)
        it->rates = ratesBetween(*it->last, *scrape); // none after a restart: counters began again
    it->last = scrape;
}

PodCapacity CapacityMonitor::figures(const Pod &pod) const
{
    PodCapacity f;
    f.pod = pod.id;
    f.region = pod.region;
    double errors = 0;
    for (const auto &replica : m_replicas) {
        if (replica.podId != pod.id)
            continue;
        if (!replica.error.isEmpty()) {
            f.scrapeErrors.append(
                QStringLiteral("replica %1: %2").arg(replica.index).arg(replica.error));
            continue;
        }
        if (!replica.last)
            continue;
        ++f.replicas;
        f.capacityRps += replica.last->capacityRps;
        f.requestsTotal += replica.last->requests;
        if (!replica.rates)
            continue;
        f.rps += replica.rates->rps;
        errors += replica.rates->errorRate * replica.rates->rps;
        if (replica.rates->p95Seconds)
            f.p95Seconds = std::max(f.p95Seconds.value_or(0.0), *replica.rates->p95Seconds);
    }
    f.errorRate = f.rps > 0 ? errors / f.rps : 0.0;
    f.scrapeErrors.sort();
    // Trend: least-squares slope of rps over the last 15 minutes of the series.
    const auto series = m_series.constFind(pod.id);
    if (series != m_series.cend() && series->size() >= 2) {
        const qint64 since = series->back().atMs - 15 * 60 * 1000;
        double n = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (auto p = series->crbegin(); p != series->crend() && p->atMs >= since; ++p) {
            const double x = (p->atMs - since) / 60000.0;
            n += 1;
            sx += x;
            sy += p->rps;
            sxx += x * x;
            sxy += x * p->rps;
        }
        const double d = n * sxx - sx * sx;
        if (n >= 2 && d > 0)
            f.trendRpsPerMinute = (n * sxy - sx * sy) / d;
    }
    return f;
}

QList<PodCapacity> CapacityMonitor::pods() const
{
    QList<PodCapacity> out;
    for (const Pod &pod : m_pods.pods())
        out.append(figures(pod));
    return out;
}

QList<CapacityPoint> CapacityMonitor::series(
    const QString &podId, qint64 sinceMs, qint64 stepMs) const
{
    QList<CapacityPoint> out;
    const auto it = m_series.constFind(podId);
    if (it == m_series.cend())
        return out;
    // Before the ring (a restart, or more than its 24 h): the stored bucket means.
    const qint64 ringStart = it->empty() ? QDateTime::currentMSecsSinceEpoch() : it->front().atMs;
    if (m_history && sinceMs < ringStart) {
        try {
            for (const auto &b : m_history->range(podId, sinceMs, ringStart)) {
                if (!out.isEmpty() && b.startMs - out.constLast().atMs < stepMs)
                    continue;
                out.append({b.startMs, b.rps, b.capacityRps});
            }
        } catch (const std::exception &e) {
            qCWarning(lcHealth) << "capacity history not read:" << e.what();
        }
    }
    for (const auto &p : *it) {
        if (p.atMs < sinceMs)
            continue;
        // Scrape rounds come a timer tick apart, give or take: half an interval of slack, so
        // a step of one interval returns every point, not every other one after a late tick.
        if (!out.isEmpty()
            && p.atMs - out.constLast().atMs < stepMs - m_settings.scrapeIntervalMs / 2)
            continue;
        out.append(p);
    }
    return out;
}
