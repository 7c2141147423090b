#pragma once

#include "backend/core/residency/dataclass.h"

#include <QList>
#include <QStringList>

/** Which data a rule applies to: these data classes, held by districts in these jurisdictions. */
struct PolicySelector
{
    QList<DataClass> dataClasses; // never empty in a loaded pack
    // Jurisdiction codes ("US", "CA-ON") and zone references ("@EEA"); empty = any district.
    QStringList districtIn;

    friend bool operator==(const PolicySelector &, const PolicySelector &) = default;
};
