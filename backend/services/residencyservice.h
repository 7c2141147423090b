#pragma once

#include "backend/core/district.h"
#include "backend/core/residency/consent.h"
#include "backend/core/residency/consentrequest.h"
#include "backend/core/residency/districtscope.h"
#include "backend/core/residency/placementrequest.h"
#include "backend/core/residency/verdict.h"

#include <QObject>

class AuditLog;
class ConsentStore;
class ObjectStoreRegistry;
class PodManager;
class PolicyService;
struct PolicyError;

/**
 * Judges data placements against the residency policy in force (where the data physically is:
 * the store's or pod's jurisdiction, else the region's), keeps consents, and builds per-district
 * audits from the object stores and the audit trail. Bad input throws ValidationError naming
 * the field; unknown ids ServiceError(NotFound); storage StoreError; stores ObjectStoreError.
 */
class ResidencyService : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResidencyService)

public:
    ResidencyService(PodManager &pods, PolicyService &policy, ConsentStore &consents,
        AuditLog &audit, ObjectStoreRegistry &stores, QObject *parent = nullptr);

    /** Verdict for placing @p dataClass of @p district in @p region (or on @p podId there). */
    Verdict judge(const District &district, const QString &dataClass, const QString &region,
        const QString &podId = {}) const;
    /** As judge(), with the district's consents already at hand (for scans of many objects). */
    Verdict judge(const District &district, const QString &dataClass, const QString &region,
        const QList<Consent> &consents) const;
    /** As judge() for a DR copy in @p region's replica store (its own jurisdiction when it has
     *  one). *consentWouldAllow (when given) says whether a consent of the district naming
     *  @p region would turn a denial into an allow. */
    Verdict judgeReplica(const District &district, const QString &dataClass, const QString &region,
        const QList<Consent> &consents, bool *consentWouldAllow = nullptr) const;
    /** @p verdict's rule texts in the first of @p languages the policy pack has. */
    Verdict localized(const Verdict &verdict, const QStringList &languages) const;
    /** One verdict per placement, in order. Throws ServiceError(NotFound) naming the field
     *  ("placements[2].region") for an unknown district, region or pod. */
    ValidateResponse validate(const ValidateRequest &request) const;
    /** Per data class the district holds: where it may go (for map shading). */
    DistrictScope scope(const QString &districtId) const;

    /** Records the consent (audited); throws ServiceError(NotFound) for an unknown district or
     *  region and ValidationError("expires") when it has already expired. */
    Consent createConsent(const ConsentRequest &request, const QString &actor);
    QList<Consent> consents(const QString &districtId) const;
    /** Revokes; returns the consent. Throws ServiceError(NotFound) when unknown or revoked. */
    Consent revokeConsent(const QString &id, const QString &actor);

    /** Reloads the pack from its file and writes an audit record either way. */
    QList<PolicyError> reloadPolicy(const QString &actor);

    /** The district or ServiceError(NotFound) naming @p field. */
    District requireDistrict(
        const QString &id, const QString &field = QStringLiteral("district")) const;
    void requireRegion(const QString &id, const QString &field) const;
    /** Effective jurisdiction of a region's object store. */
    QString storeJurisdiction(const QString &region) const;
    PodManager &pods() const { return m_pods; }
    ObjectStoreRegistry &stores() const { return m_stores; }
    AuditLog &auditLog() const { return m_audit; }

Q_SIGNALS:
    /** A consent of @p districtId was recorded or revoked (after it was committed). */
    void consentsChanged(const QString &districtId);
    /** A new policy pack is in force (after its audit record was committed). */
    void policyReloaded();

private:
    QString effectiveJurisdiction(
        const QString &region, const QString &podId, QStringList *certifications) const;

    PodManager &m_pods;
    PolicyService &m_policy;
    ConsentStore &m_consents;
    AuditLog &m_audit;
    ObjectStoreRegistry &m_stores;
};
