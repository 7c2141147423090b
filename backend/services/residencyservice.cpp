#include "backend/services/residencyservice.h"

#include "backend/core/jsonreader.h"
#include "backend/core/residency/dataclass.h"
#include "backend/core/residency/placementquery.h"
#include "backend/core/validationerror.h"
#include "backend/services/auditlog.h"
#include "backend/services/logging.h"
#include "backend/services/objectstoreregistry.h"
#include "backend/services/podmanager.h"
#include "backend/services/policyservice.h"
#include "backend/services/serviceerror.h"
#include "backend/store/consentstore.h"

#include <QUuid>

ResidencyService::ResidencyService(PodManager &pods, PolicyService &policy, ConsentStore &consents,
    AuditLog &audit, ObjectStoreRegistry &stores, QObject *parent)
    : QObject(parent)
    , m_pods(pods)
    , m_policy(policy)
    , m_consents(consents)
    , m_audit(audit)
    , m_stores(stores)
{ }

District ResidencyService::requireDistrict(const QString &id, const QString &field) const
{
    const auto district = m_pods.district(id);
    if (!district)
        throw ServiceError(
            ServiceError::Kind::NotFound, QStringLiteral("no district '%1'").arg(id), field);
    return *district;
}

void ResidencyService::requireRegion(const QString &id, const QString &field) const
{
    if (!m_pods.region(id))
        throw ServiceError(
            ServiceError::Kind::NotFound, QStringLiteral("no region '%1'").arg(id), field);
}

QString ResidencyService::storeJurisdiction(const QString &region) const
{
    const auto own = m_stores.jurisdiction(region);
    if (!own.isEmpty())
        return own;
    const auto r = m_pods.region(region);
    return r ? r->jurisdiction : QString();
}

QString ResidencyService::effectiveJurisdiction(
    const QString &region, const QString &podId, QStringList *certifications) const
{
    const auto r = m_pods.region(region);
    if (!r)
        return {};
    *certifications = r->certifications;
    if (!podId.isEmpty()) {
        const auto pod = m_pods.pod(podId);
        if (pod) {
            *certifications += pod->certifications;
            if (!pod->jurisdiction.isEmpty())
                return pod->jurisdiction;
        }
        return r->jurisdiction;
    }
    return storeJurisdiction(region);
}

Verdict ResidencyService::localized(const Verdict &verdict, const QStringList &languages) const
{
    const auto &pack = m_policy.pack();
    return pack && !languages.isEmpty() ? pack->localized(verdict, languages) : verdict;
}

Verdict ResidencyService::judge(const District &district, const QString &dataClass,
    const QString &region, const QString &podId) const
{
    PlacementQuery query;
    query.districtId = district.id;
    query.districtJurisdiction = district.jurisdiction;
    query.dataClass = dataClassFromString(dataClass).value_or(DataClass::StudentPii);
    query.targetRegionId = region;
    query.targetJurisdiction = effectiveJurisdiction(region, podId, &query.targetCertifications);
    return m_policy.evaluator().evaluate(
        query, m_consents.list(district.id), QDateTime::currentDateTimeUtc());
}

Verdict ResidencyService::judge(const District &district, const QString &dataClass,
    const QString &region, const QList<Consent> &consents) const
{
    PlacementQuery query;
    query.districtId = district.id;
    query.districtJurisdiction = district.jurisdiction;
    query.dataClass = dataClassFromString(dataClass).value_or(DataClass::StudentPii);
    query.targetRegionId = region;
    query.targetJurisdiction = effectiveJurisdiction(region, {}, &query.targetCertifications);
    return m_policy.evaluator().evaluate(query, consents, QDateTime::currentDateTimeUtc());
}

Verdict ResidencyService::judgeReplica(const District &district, const QString &dataClass,
    const QString &region, const QList<Consent> &consents, bool *consentWouldAllow) const
{
    const auto r = m_pods.region(region);
    if (!r)
        return {};
    PlacementQuery query;
    query.districtId = district.id;
    query.districtJurisdiction = district.jurisdiction;
    query.dataClass = dataClassFromString(dataClass).value_or(DataClass::StudentPii);
    query.targetRegionId = region;
    query.targetCertifications = r->certifications;
    const auto own = m_stores.replicaJurisdiction(region);
    query.targetJurisdiction = own.isEmpty() ? r->jurisdiction : own;
    const auto now = QDateTime::currentDateTimeUtc();
    const Verdict verdict = m_policy.evaluator().evaluate(query, consents, now);
    if (consentWouldAllow) {
        *consentWouldAllow = false;
        if (!verdict.allowed) {
            // The same question with a consent naming this region: the remedy to offer.
            Consent hypothetical;
            hypothetical.id = QStringLiteral("hypothetical");
            hypothetical.districtId = district.id;
            hypothetical.dataClass = query.dataClass;
            hypothetical.regionId = region;
            hypothetical.expires = now.addYears(1);
            auto with = consents;
            with.append(hypothetical);
            *consentWouldAllow = m_policy.evaluator().evaluate(query, with, now).allowed;
        }
    }
    return verdict;
}

ValidateResponse ResidencyService::validate(const ValidateRequest &request) const
{
    ValidateResponse response;
    response.results.reserve(request.placements.size());
    for (qsizetype i = 0; i < request.placements.size(); ++i) {
        const Placement &p = request.placements.at(i);
        const auto prefix = QStringLiteral("placements[%1].").arg(i);
        const auto district = requireDistrict(p.district, prefix + QStringLiteral("district"));
        requireRegion(p.region, prefix + QStringLiteral("region"));
        if (!p.pod.isEmpty()) {
            const auto pod = m_pods.pod(p.pod);
            if (!pod || pod->region != p.region)
                throw ServiceError(ServiceError::Kind::NotFound,
                    QStringLiteral("no pod '%1' in region '%2'").arg(p.pod, p.region),
                    prefix + QStringLiteral("pod"));
        }
        response.results.append(judge(district, dataClassName(p.dataClass), p.region, p.pod));
    }
    return response;
}

DistrictScope ResidencyService::scope(const QString &districtId) const
{
    const auto district = requireDistrict(districtId);
    DistrictScope scope;
    scope.district = district.id;
    scope.jurisdiction = district.jurisdiction;
    for (const auto &name : district.dataClasses) {
        if (const auto cls = dataClassFromString(name))
            scope.dataClasses.insert(
                name, m_policy.evaluator().allowedScopeFor(district.jurisdiction, *cls));
    }
    for (const auto &region : m_pods.regions()) {
        DistrictScope::RegionAllowance allowance;
        allowance.region = region.id;
        allowance.jurisdiction = storeJurisdiction(region.id);
        for (const auto &name : district.dataClasses)
            allowance.allowed.insert(name, judge(district, name, region.id).allowed);
        scope.regions.append(allowance);
    }
    return scope;
}

Consent ResidencyService::createConsent(const ConsentRequest &request, const QString &actor)
{
    const Consent consent = request.toConsent(QUuid::createUuid().toString(QUuid::WithoutBraces));
    requireDistrict(consent.districtId);
    requireRegion(consent.regionId, QStringLiteral("region"));
    if (consent.expires <= QDateTime::currentDateTimeUtc())
        throw ValidationError(QStringLiteral("expires"), QStringLiteral("must be in the future"));
    AuditRecord record;
    record.actor = actor;
    record.action = QStringLiteral("consent.create");
    record.district = consent.districtId;
    record.dataClass = dataClassName(consent.dataClass);
    record.toRegion = consent.regionId;
    record.details = consent.toJson();
    m_audit.append(record, [&] { m_consents.insert(consent); });
    Q_EMIT consentsChanged(consent.districtId);
    return consent;
}

QList<Consent> ResidencyService::consents(const QString &districtId) const
{
    return m_consents.list(districtId);
}

Consent ResidencyService::revokeConsent(const QString &id, const QString &actor)
{
    auto consent = m_consents.find(id);
    if (!consent || consent->revoked)
        throw ServiceError(ServiceError::Kind::NotFound,
            QStringLiteral("no active consent '%1'").arg(id), QStringLiteral("id"));
    consent->revoked = true;
    AuditRecord record;
    record.actor = actor;
    record.action = QStringLiteral("consent.revoke");
    record.district = consent->districtId;
    record.dataClass = dataClassName(consent->dataClass);
    record.toRegion = consent->regionId;
    record.details = consent->toJson();
    m_audit.append(record, [&] { m_consents.revoke(id); });
    Q_EMIT consentsChanged(consent->districtId);
    return *consent;
}

QList<PolicyError> ResidencyService::reloadPolicy(const QString &actor)
{
    const auto errors = m_policy.reload();
    AuditRecord record;
    record.actor = actor;
    record.action = errors.isEmpty() ? QStringLiteral("policy.reload")
                                     : QStringLiteral("policy.reload_refused");
    QJsonArray problems;
    for (const auto &e : errors)
        problems.append(e.toString());
    record.details = {{QStringLiteral("file"), m_policy.path()},
        {QStringLiteral("pack"), m_policy.pack() ? m_policy.pack()->name() : QString()},
        {QStringLiteral("errors"), problems}};
    m_audit.append(record);
    if (errors.isEmpty())
        Q_EMIT policyReloaded();
    return errors;
}
