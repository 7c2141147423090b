#include "backend/core/replication/drtarget.h"

#include <algorithm>

DrChoice chooseDrTarget(const QString &districtJurisdiction, const QString &dataClass,
    const QString &sourceRegion, const QString &sourceStore, QList<DrCandidate> candidates)
{
    // The source's own failure domain never holds its DR copy, whatever the policy says.
    candidates.removeIf([&](const DrCandidate &c) {
        return c.region == sourceRegion
            || (!sourceStore.isEmpty() && c.replicaStore == sourceStore);
    });
    std::sort(candidates.begin(), candidates.end(), [](const DrCandidate &a, const DrCandidate &b) {
        if (a.verdict.allowed != b.verdict.allowed)
            return a.verdict.allowed;
        if (a.hasBackupPod != b.hasBackupPod)
            return a.hasBackupPod;
        if (a.distanceKm != b.distanceKm)
            return a.distanceKm < b.distanceKm;
        return a.region < b.region;
    });
    DrChoice choice;
    if (!candidates.isEmpty() && candidates.constFirst().verdict.allowed) {
        const DrCandidate &best = candidates.constFirst();
        choice.targetRegion = best.region;
        choice.targetStore = best.replicaStore;
        choice.rule = best.verdict.ruleId;
        choice.reason
            = QStringLiteral("rule '%1' allows %2 data in %3%4")
                  .arg(best.verdict.ruleId, dataClass, best.region,
                      best.hasBackupPod ? QStringLiteral(" (a backup pod's region)") : QString());
        return choice;
    }
    choice.reason = candidates.isEmpty()
        ? QStringLiteral("no region other than %1 has a store").arg(sourceRegion)
        : QStringLiteral("the policy allows %1 data in no store outside %2 (rule '%3')")
              .arg(dataClass, sourceRegion, candidates.constFirst().verdict.ruleId);
    choice.remedy = QStringLiteral("add a replica store in %1 outside region %2")
                        .arg(districtJurisdiction, sourceRegion);
    const auto consent = std::find_if(candidates.cbegin(), candidates.cend(),
        [](const DrCandidate &c) { return c.consentWouldAllow; });
    if (consent != candidates.cend())
        choice.remedy += QStringLiteral(", or record a consent of the district naming region %1")
                             .arg(consent->region);
    return choice;
}
