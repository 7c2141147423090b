#pragma once

#include <QList>

/** Why an allowed pod takes none of a district's traffic right now. */
enum class Unavailability {
    Unhealthy,
    NotProbed, // health still unknown
    Draining,
    Recovering, // healthy again but still in its failback hold-down
    AtCapacity,
    Outlier, // ejected: most of its recent answers were errors (LoadGuard)
    Overridden, // an operator's override sends the district to other allowed pods
};

/**
 * A planned route for one district, in pod indices: the weighted split (weights sum to 100),
 * the ordered fallbacks (allowed, available, not weighted) and the allowed pods that are out and
 * why. No weights means the district fails closed.
 */
struct Route
{
    struct Weight
    {
        int pod = -1;
        int weight = 0;
        friend bool operator==(const Weight &, const Weight &) = default;
    };
    struct Out
    {
        int pod = -1;
        Unavailability reason = Unavailability::Unhealthy;
        friend bool operator==(const Out &, const Out &) = default;
    };

    QList<Weight> weights; // highest first; the first is "the" pod
    QList<int> fallbacks;
    QList<Out> unavailable;
    bool overCapacity = false; // every allowed pod is full: served anyway, above capacity
    // Rank (index into the district's candidacies) where the priority levels after the one that
    // used up the traffic begin: pods from there on take nothing whatever their state. -1 when
    // the levels together hold less than all of it (a degraded total).
    int idleFrom = -1;

    bool failsClosed() const { return weights.isEmpty(); }
    int primaryPod() const { return weights.isEmpty() ? -1 : weights.constFirst().pod; }
    friend bool operator==(const Route &, const Route &) = default;
};
