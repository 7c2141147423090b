#pragma once

#include "backend/core/capacity/capacityreport.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointF>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QTimer>

class PodManager;
class RoutingTable;

/** The demo's synthetic clients (config `traffic`; on by default with --demo). */
struct TrafficSettings
{
    bool enabled = false;
    double peakRps = 8; // per district at the height of its school day
    double eveningFloor = 0.25; // share of the peak at night and on weekends
    int tickMs = 200;
    int timeoutMs = 2000; // a request unanswered this long is failed
    int slowMs = 250; // an answer slower than this is counted slow
    int stallMs = 400; // no answer yet after this long: reported stalled (passive detection)
    int maxInFlightPerDistrict = 64; // beyond, a request is failed at once (the client gives up)
};

/**
 * Demo mode's clients (issue #9): for each district, requests at a rate that follows the
 * district's instructional hours in its own time zone (schoolDayLoad) with Poisson arrivals;
 * each asks the routing table and sends `POST /v1/infer` to a healthy replica of a pod picked
 * by the route's weights. Every chart's figures are measured from this traffic by scraping the
 * replicas, never made up here. Failed and slow requests are counted per district.
 */
class TrafficGenerator : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrafficGenerator)

public:
    TrafficGenerator(PodManager &pods, const RoutingTable &routing, TrafficSettings settings,
        QObject *parent = nullptr);

    void start();
    void stop();
    bool running() const { return m_timer.isActive(); }

    /** Every district's counters, in fleet order. */
    QList<DistrictTraffic> districts() const;
    const TrafficSettings &settings() const { return m_settings; }

Q_SIGNALS:
    /** A request to the replica at @p authority ("host:port") was answered (any status), or
     *  not (@p answered false: refused, reset, or still unanswered after stallMs; once per
     *  request) — what passive health detection counts. */
    void replicaOutcome(const QString &authority, bool answered);
    /** A request from @p districtId to @p podId was answered: its round trip as the
     *  district's clients see it. The synthetic clients all run on this host, so the answer's
     *  own time (serving, queueing, injected faults) is measured and the network's is modeled
     *  from the great-circle distance (RoutePlanner::modeledRoundTripMs without its serving
     *  allowance): a slow pod measures slow, a far one measures far. */
    void latencyMeasured(const QString &districtId, const QString &podId, double ms);

private:
    struct State
    {
        DistrictTraffic traffic;
        QTimeZone zone;
        QList<int> sentPerTick; // ring of the last 10 s of ticks
        int tickIndex = 0;
    };

    void tick();
    void send(State &state, const QString &podId, const QString &endpoint, double networkMs);
    /** The modeled network share of a round trip from @p district to pod @p podId, in ms. */
    double networkMs(const struct District &district, const QString &podId) const;
    /** Healthy replica URLs by pod id. */
    QHash<QString, QStringList> endpoints() const;
    int poisson(double mean);

    PodManager &m_pods;
    const RoutingTable &m_routing;
    TrafficSettings m_settings;
    QNetworkAccessManager m_network;
    QTimer m_timer;
    QHash<QString, State> m_states; // by district id
    QHash<QString, int> m_roundRobin; // by pod id
    QHash<QString, QPointF> m_podLocations; // (longitude, latitude) by pod id, this tick
    QRandomGenerator m_random{20261203};
};
