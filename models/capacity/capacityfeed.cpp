#include "models/capacity/capacityfeed.h"

#include "models/capacity/capacityclient.h"

#include <algorithm>
#include <cmath>

CapacityFeed::CapacityFeed(CapacityClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_timer.setInterval(5000);
    connect(&m_timer, &QTimer::timeout, this, &CapacityFeed::poll);
}

CapacityFeed::~CapacityFeed() = default;

int CapacityFeed::step() const
{
    return std::max(1, m_rangeSeconds / 1440);
}

void CapacityFeed::setRange(int seconds)
{
    seconds = std::clamp(seconds, 60, 24 * 3600);
    if (seconds == m_rangeSeconds)
        return;
    m_rangeSeconds = seconds;
    m_needFull = true;
    if (isRunning())
        poll();
}

void CapacityFeed::start()
{
    if (!m_timer.isActive())
        m_timer.start();
    poll();
}

void CapacityFeed::stop()
{
    m_timer.stop();
    m_call.cancel();
}

void CapacityFeed::clear()
{
    m_call.cancel();
    m_report = {};
    m_series.clear();
    m_newest = {};
    m_lastUpdate = {};
    m_needFull = true;
    emit updated();
}

void CapacityFeed::poll()
{
    if (m_call.isRunning())
        return;
    const bool full = m_needFull || !m_newest.isValid();
    // Incremental: from the newest point held, plus a step of overlap (duplicates are skipped).
    const int range = full
        ? m_rangeSeconds
        : std::clamp(int(std::ceil(m_newest.secsTo(QDateTime::currentDateTimeUtc()))) + 2 * step(),
            1, m_rangeSeconds);
    m_call = m_client->fetch(this, range, step(), [this, full](ApiResult<CapacityReport> result) {
        if (!result) {
            emit errorOccurred(tr("Could not load capacity: %1").arg(result.error().message()));
            return;
        }
        merge(result.value(), full);
    });
}

void CapacityFeed::merge(const CapacityReport &report, bool full)
{
    if (full) {
        m_series.clear();
        m_needFull = false;
    }
    const QDateTime oldest = QDateTime::currentDateTimeUtc().addSecs(-m_rangeSeconds);
    QHash<QString, QList<CapacitySample>> kept;
    for (const CapacityFigures &pod : report.pods) {
        QList<CapacitySample> points = m_series.value(pod.pod);
        const QDateTime last = points.isEmpty() ? QDateTime() : points.constLast().time;
        for (const CapacitySample &p : pod.series) {
            if (last.isValid() && p.time <= last.addSecs(step() - 1).addMSecs(999))
                continue; // already held, or closer than a step to what is
            points.append(p);
        }
        points.erase(points.begin(),
            std::find_if(points.begin(), points.end(),
                [&](const CapacitySample &p) { return p.time >= oldest; }));
        if (!points.isEmpty() && (!m_newest.isValid() || points.constLast().time > m_newest))
            m_newest = points.constLast().time;
        kept.insert(pod.pod, points); // pods deleted meanwhile drop out
    }
    m_series = std::move(kept);
    m_report = report;
    for (auto &pod : m_report.pods)
        pod.series.clear();
    m_lastUpdate = QDateTime::currentDateTime();
    emit updated();
}

QByteArray CapacityFeed::toCsv() const
{
    QByteArray csv("time,pod,region,rps,capacity_rps\n");
    for (const CapacityFigures &pod : m_report.pods) {
        for (const CapacitySample &p : m_series.value(pod.pod)) {
            csv += p.time.toUTC().toString(Qt::ISODateWithMs).toUtf8() + ',' + pod.pod.toUtf8()
                + ',' + pod.region.toUtf8() + ',' + QByteArray::number(p.rps, 'f', 3) + ','
                + QByteArray::number(p.capacityRps, 'f', 3) + '\n';
        }
    }
    return csv;
}
