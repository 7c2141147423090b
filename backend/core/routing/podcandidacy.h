#pragma once

#include "backend/core/residency/dataclass.h"

#include <QString>
#include <QStringList>

/**
 * Whether residency lets one district's requests go to one pod, and where the pod ranks for it.
 * Tier: 0 the district's own edge pod (same jurisdiction), 1 primary, 2 compliance, 3 another
 * district's edge pod, 4 backup.
 */
struct PodCandidacy
{
    int pod = -1; // index into the planner's pod list
    bool allowed = false;
    QString ruleId; // deny: the rule that denied; allow: the rule that allowed the last class
    DataClass deniedClass = DataClass::StudentPii; // meaningful when !allowed
    QStringList consentIds; // consents an allow relied on
    int tier = 0;
    double distanceKm = 0;
    double measuredMs = -1; // the district's clients' measured round trip to it; < 0: none
    double rankMs = 0; // what ranks it in its tier: measured, else modeled from the distance
};
