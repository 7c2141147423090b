#pragma once

#include "backend/core/residency/consent.h"
#include "backend/core/residency/dataclass.h"

#include <QList>
#include <QString>

/** What routing needs to know about one district: its law, its place and what it sends. */
struct RoutingDistrict
{
    QString id;
    QString jurisdiction;
    double latitude = 0;
    double longitude = 0;
    QList<DataClass> requestClasses; // every one must be allowed on a pod
    QList<Consent> consents; // the district's own (revoked and expired ones are ignored)
};
