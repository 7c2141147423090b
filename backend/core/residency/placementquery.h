#pragma once

#include "backend/core/residency/dataclass.h"

#include <QString>
#include <QStringList>

/**
 * "May this district's data of this class be placed on this target?" The caller resolves the
 * target first: its effective jurisdiction is the pod's/store's own if it has one, else its
 * region's; its certifications are the region's plus the pod's.
 */
struct PlacementQuery
{
    QString districtId;
    QString districtJurisdiction; // "US-WA", "DE", …
    DataClass dataClass = DataClass::StudentPii;
    QString targetRegionId; // consents name regions
    QString targetJurisdiction; // effective jurisdiction of the region/pod/store
    QStringList targetCertifications; // region's plus the pod's, e.g. {"SOC2", "COPPA"}
};
