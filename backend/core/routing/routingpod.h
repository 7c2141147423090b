#pragma once

#include "backend/core/healthstate.h"
#include "backend/core/podtype.h"

#include <QString>
#include <QStringList>

/**
 * What routing needs to know about one pod: where it is in law (its own jurisdiction, else its
 * region's) and on the globe (its region's location), what it is certified for (region's plus
 * pod's), and its state right now.
 */
struct RoutingPod
{
    QString id;
    QString region;
    QString endpoint; // base URL of its first healthy replica; empty when none
    PodType type = PodType::Primary;
    double latitude = 0;
    double longitude = 0;
    QString jurisdiction; // effective: the pod's own, else its region's
    QStringList certifications; // the region's plus the pod's
    HealthState health = HealthState::Unknown;
    bool draining = false;
    double nominalRps = 0; // desired replicas × capacity per replica
    double capacityRps = 0; // healthy replicas × capacity per replica
    double loadRps = 0; // measured; 0 while unknown (or not overloaded: see LoadGuard)
    bool outlier = false; // ejected for answering errors (LoadGuard)
    double ramp = 1.0; // failback share of its traffic: 0 (held down) … 1 (full)
};
