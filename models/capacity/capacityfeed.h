#pragma once

#include "backend/core/capacity/capacityreport.h"
#include "models/apicall.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimer>

class CapacityClient;

/**
 * The console's live copy of GET /capacity/metrics: the figures now and each pod's series over
 * a chosen range (15 min … 24 h). The first load fetches the whole range (about 1,440 points
 * per pod: two per pixel of a wide chart); every poll after it fetches only what is new and
 * drops what fell out of the range, so a 24 h view costs a few points per poll.
 */
class CapacityFeed : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CapacityFeed)

public:
    /** Uses (does not own) @p client, which must outlive it. */
    explicit CapacityFeed(CapacityClient *client, QObject *parent = nullptr);
    ~CapacityFeed() override;

    /** Shows the last @p seconds (reloads the series). */
    void setRange(int seconds);
    int range() const { return m_rangeSeconds; }
    /** The spacing of fetched points for the range: range / 1440, at least 1 s. */
    int step() const;
    /** Polls every @p intervalMs (default 5 s, the daemon's scrape interval). */
    void setPollInterval(int intervalMs) { m_timer.setInterval(intervalMs); }
    void start();
    void stop();
    bool isRunning() const { return m_timer.isActive(); }
    /** Fetches now. */
    void poll();
    /** Forgets everything (another daemon). */
    void clear();

    /** The last answer's figures (series cleared: see series()). */
    const CapacityReport &report() const { return m_report; }
    /** @p podId's points within the range, oldest first. */
    QList<CapacitySample> series(const QString &podId) const { return m_series.value(podId); }
    QDateTime lastUpdate() const { return m_lastUpdate; }
    /** The shown data as CSV: one row per pod and point ("time,pod,region,rps,capacity_rps"),
     *  times in UTC ISO 8601. */
    QByteArray toCsv() const;

signals:
    void updated();
    void errorOccurred(const QString &message);

private:
    void merge(const CapacityReport &report, bool full);

    CapacityClient *m_client;
    QTimer m_timer;
    int m_rangeSeconds = 3600;
    CapacityReport m_report;
    QHash<QString, QList<CapacitySample>> m_series;
    QDateTime m_lastUpdate;
    QDateTime m_newest; // the newest point held
    bool m_needFull = true;
    ApiCall m_call;
};
