#pragma once

#include "backend/core/routing/podcandidacy.h"
#include "backend/core/routing/route.h"
#include "backend/core/routing/routedecision.h"
#include "backend/core/routing/routingdistrict.h"
#include "backend/core/routing/routingpod.h"

#include <QDateTime>

class PolicyEvaluator;

/**
 * Turns a planned Route (pod indices) into the RouteDecision people and scripts read: pod ids,
 * one exclusion per pod that takes no traffic with its rule or state, and sentences. For a
 * fail-closed district it also works out what would fix it: restoring a region whose allowed
 * pods are down, or a consent the policy would honour for a region with an available pod —
 * found by asking the same evaluator, never by bending a rule.
 */
class RouteExplainer
{
public:
    static RouteDecision explain(const RoutingDistrict &district,
        const QList<PodCandidacy> &candidacies, const Route &route, const QList<RoutingPod> &pods,
        const PolicyEvaluator &evaluator, const QDateTime &now);

    /** Wire name of @p reason ("unhealthy", "draining", …). */
    static QString reasonName(Unavailability reason);
};
