#pragma once

#include "backend/core/residency/dataclass.h"
#include "backend/core/residency/verdict.h"

#include <QJsonObject>
#include <QList>
#include <QString>

/** One placement to judge: @p dataClass of @p district in @p region (on @p pod when named). */
struct Placement
{
    QString district;
    DataClass dataClass = DataClass::StudentPii;
    QString region;
    QString pod; // empty: the region's object store

    friend bool operator==(const Placement &, const Placement &) = default;
};

/**
 * Body of POST /residency/validate: {"placements":[{"district","data_class","region"[,"pod"]}…]},
 * at most 10000 placements. fromJson() throws ValidationError naming the field
 * ("placements[2].data_class"); whether the ids exist is the service's to say.
 */
struct ValidateRequest
{
    static constexpr qsizetype MaxPlacements = 10000;
    QList<Placement> placements;

    QJsonObject toJson() const;
    static ValidateRequest fromJson(const QJsonObject &json);
};

/**
 * Answer of POST /residency/validate: {"results":[Verdict…]} in request order; each verdict also
 * carries its consent ids as "consents" (the name the audit report uses).
 */
struct ValidateResponse
{
    QList<Verdict> results;

    QJsonObject toJson() const;
    /** Throws ValidationError naming the field ("results[1].allowed"). */
    static ValidateResponse fromJson(const QJsonObject &json);
};
