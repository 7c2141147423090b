#pragma once

#include "backend/core/residency/verdict.h"

#include <QList>
#include <QString>

/** One region whose replica store could hold a DR copy, as the residency engine judged it. */
struct DrCandidate
{
    QString region;
    bool hasBackupPod = false; // a backup pod's region is preferred
    double distanceKm = 0; // from the source region: the nearer allowed one wins a tie
    QString replicaStore; // describe() of the region's replica store
    Verdict verdict; // may this district's data of this class be copied there?
    bool consentWouldAllow = false; // a consent of the district naming this region would
};

/** Where a district's data of one class, held in one source region, gets its DR copy. */
struct DrChoice
{
    QString targetRegion; // empty: no copy anywhere (reason and remedy say why)
    QString targetStore;
    QString rule; // the rule that allowed the chosen target
    QString reason; // one sentence for operators and auditors
    QString remedy; // when there is no target: what would give the district one

    bool hasTarget() const { return !targetRegion.isEmpty(); }
    bool operator==(const DrChoice &) const = default;
};

/**
 * Chooses the DR target of data of @p dataClass of a district in @p districtJurisdiction held
 * in @p sourceRegion: a replica store the policy allows (its verdict), never in the source's own
 * failure domain (its region, or a store that is the source's store itself), a backup pod's
 * region before others, then the nearest, then by id so the choice is stable. With none allowed
 * the choice is empty and its remedy says what would do: a replica store in the district's own
 * jurisdiction outside the source region, or a consent naming the best region one would allow.
 */
DrChoice chooseDrTarget(const QString &districtJurisdiction, const QString &dataClass,
    const QString &sourceRegion, const QString &sourceStore, QList<DrCandidate> candidates);
