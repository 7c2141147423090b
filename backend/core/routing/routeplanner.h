#pragma once

#include "backend/core/routing/podcandidacy.h"
#include "backend/core/routing/route.h"
#include "backend/core/routing/routingdistrict.h"
#include "backend/core/routing/routingpod.h"
#include "backend/core/routing/routingsettings.h"

#include <QDateTime>
#include <QList>

#include <functional>

class PolicyEvaluator;

/**
 * The routing decision, in two steps that change at different rates. judge() asks the residency
 * evaluator (the one behind POST /residency/validate) about every pod — it changes only with the
 * policy, consents, districts and the set of pods. plan() turns the allowed pods into a weighted
 * split from their health, drain, capacity and failback state — it runs on every health change
 * and allocates only its result. Pure functions; safe on any thread.
 */
class RoutePlanner
{
public:
    explicit RoutePlanner(RoutingSettings settings = {});

    /** The district's measured round trip to pod @p pod (an index into the pod list) in ms,
     *  or a negative value when none is known. */
    using MeasuredLatency = std::function<double(int pod)>;

    /** Returns one candidacy per pod: the allowed ones first, ranked by tier, then latency
     *  band (measured round trip when @p measured knows one, else modeled from the distance:
     *  see modeledRoundTripMs), then distance, then id; then the denied ones in pod order. A
     *  pod is allowed only when every request class of @p district is allowed there at the
     *  pod's own jurisdiction and certifications with the district's unexpired, unrevoked
     *  consents at @p now. */
    static QList<PodCandidacy> judge(const RoutingDistrict &district, const QList<RoutingPod> &pods,
        const PolicyEvaluator &evaluator, const QDateTime &now,
        const MeasuredLatency &measured = {}, double typicalServeMs = kDefaultServeMs);

    /** Serving time assumed for a pod nobody has measured yet, before the fleet's own
     *  measurements say better (RoutingTable passes their median). */
    static constexpr double kDefaultServeMs = 2.0;
    /** The round trip a client @p distanceKm from a pod sees before one is measured: light in
     *  fibre over real paths gives about 1 ms per 100 km, plus @p serveMs of serving. */
    static double modeledRoundTripMs(double distanceKm, double serveMs = kDefaultServeMs)
    {
        return serveMs + distanceKm / 100.0;
    }
    /** Latency band of a round trip: bands are 25 % wide, so pods whose round trips differ
     *  by less rank alike (then distance decides) and jitter does not move traffic. */
    static int latencyBand(double ms);

    /** Returns the route over the allowed @p candidacies (from judge()) given the pods' state.
     *  Pods are grouped into priority levels by (tier, region) in rank order; a level takes
     *  min(remaining, health × overprovisioning) of the traffic, where ramping (failback) pods
     *  count with their ramp share and no overprovisioning; within a level traffic is split by
     *  headroom. Fails closed (no weights) when no allowed pod is available. */
    Route plan(const QList<PodCandidacy> &candidacies, const QList<RoutingPod> &pods) const;

    /** Brings @p route (planned with plan()) up to date after pod @p pod changed state, without
     *  re-planning, when the change cannot move traffic: the pod sits in a priority level at or
     *  after the first one that took no share, and no allowed pod is at capacity. Then only its
     *  place among the fallbacks and the unavailable pods changes, in the order plan() gives.
     *  Returns false (and leaves @p route alone) when the district needs plan(). */
    bool patch(Route &route, const QList<PodCandidacy> &candidacies, int pod,
        const QList<RoutingPod> &pods) const;

    /** Tier of @p pod for a district in @p districtJurisdiction (see PodCandidacy). */
    static int tierOf(const RoutingPod &pod, const QString &districtJurisdiction);

    const RoutingSettings &settings() const { return m_settings; }

private:
    RoutingSettings m_settings;
};
