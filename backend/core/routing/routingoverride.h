#pragma once

#include "backend/core/routing/podcandidacy.h"
#include "backend/core/routing/routingpod.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

/**
 * An operator's pin of some districts' traffic to one pod or one region's pods, until it
 * expires or is removed. It only narrows the candidates residency allows: a target the policy
 * forbids is refused when the override is made, and when none of the target's pods is available
 * the district is planned as if there were no override (it never fails closed because of one).
 *
 * Wire shape: {"id", "district" | "region", "target_pod" | "target_region", "reason",
 * "expires": ISO 8601, "created", "actor", "districts": [district ids it covers]}.
 * `region` scopes the districts the region serves when the override is made.
 */
struct RoutingOverride
{
    QString id;
    QString scopeDistrict;
    QString scopeRegion;
    QString targetPod;
    QString targetRegion;
    QString reason;
    QString actor;
    QDateTime created; // UTC
    QDateTime expires; // UTC
    QStringList districts; // resolved when made

    /** The target as people read it: "pod us-west-primary" or "region us-west". */
    QString targetText() const;
    bool targets(const RoutingPod &pod) const;
    bool covers(const QString &districtId) const { return districts.contains(districtId); }
    bool expiredAt(const QDateTime &now) const { return expires <= now; }

    QJsonObject toJson() const;
    /** Parses a POST /routing/override body (district|region, target_pod|target_region, reason,
     *  expires in the future and at most 30 days after @p now); throws ValidationError naming
     *  the field. id, actor, created and districts are left for the caller. */
    static RoutingOverride fromRequest(const QJsonObject &json, const QDateTime &now);
    /** Parses the stored wire shape (toJson()); throws ValidationError. */
    static RoutingOverride fromJson(const QJsonObject &json);
    friend bool operator==(const RoutingOverride &, const RoutingOverride &) = default;
};

/**
 * @p candidacies (from RoutePlanner::judge) narrowed to the allowed pods @p override targets,
 * in the same rank order, followed by every other candidacy marked not allowed so plan()
 * stops before them.
 */
QList<PodCandidacy> narrowedTo(const QList<PodCandidacy> &candidacies,
    const QList<RoutingPod> &pods, const RoutingOverride &override);
