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

QJsonObject ResidencyService::validate(const QJsonObject &body) const
{
    JsonReader root(body);
    root.rejectUnknown({QStringLiteral("placements")});
    const auto placements = root.requiredArray(QStringLiteral("placements"));
    if (placements.size() > 10000)
        throw ValidationError(
            QStringLiteral("placements"), QStringLiteral("at most 10000 per request"));
    QJsonArray results;
    for (qsizetype i = 0; i < placements.size(); ++i) {
        const auto prefix = QStringLiteral("placements[%1].").arg(i);
        if (!placements.at(i).isObject())
            throw ValidationError(
                QStringLiteral("placements[%1]").arg(i), QStringLiteral("must be an object"));
        JsonReader r(placements.at(i).toObject(), prefix);
        r.rejectUnknown({QStringLiteral("district"), QStringLiteral("data_class"),
            QStringLiteral("region"), QStringLiteral("pod")});
        const auto districtId = r.requiredString(QStringLiteral("district"));
        const auto dataClass = r.requiredString(QStringLiteral("data_class"));
        const auto region = r.requiredString(QStringLiteral("region"));
        const auto podId = r.optionalString(QStringLiteral("pod")).value_or(QString());
        const auto district = requireDistrict(districtId, prefix + QStringLiteral("district"));
        if (!dataClassFromString(dataClass))
            throw ValidationError(prefix + QStringLiteral("data_class"),
                QStringLiteral("'%1' is not a known data class").arg(dataClass));
        requireRegion(region, prefix + QStringLiteral("region"));
        if (!podId.isEmpty()) {
            const auto pod = m_pods.pod(podId);
            if (!pod || pod->region != region)
                throw ServiceError(ServiceError::Kind::NotFound,
                    QStringLiteral("no pod '%1' in region '%2'").arg(podId, region),
                    prefix + QStringLiteral("pod"));
        }
        const auto verdict = judge(district, dataClass, region, podId);
        auto json = verdict.toJson();
        json.insert(QStringLiteral("consents"), json.value(QStringLiteral("consent_ids")));
        results.append(json);
    }
    return {{QStringLiteral("results"), results}};
}

QJsonObject ResidencyService::scope(const QString &districtId) const
{
    const auto district = requireDistrict(districtId);
    QJsonObject classes;
    for (const auto &name : district.dataClasses) {
        const auto cls = dataClassFromString(name);
        if (cls)
            classes.insert(
                name, m_policy.evaluator().allowedScopeFor(district.jurisdiction, *cls).toJson());
    }
    QJsonArray regions;
    for (const auto &region : m_pods.regions()) {
        QJsonObject perClass;
        for (const auto &name : district.dataClasses)
            perClass.insert(name, judge(district, name, region.id).allowed);
        regions.append(QJsonObject{{QStringLiteral("region"), region.id},
            {QStringLiteral("jurisdiction"), storeJurisdiction(region.id)},
            {QStringLiteral("allowed"), perClass}});
    }
    return {{QStringLiteral("district"), district.id},
        {QStringLiteral("jurisdiction"), district.jurisdiction},
        {QStringLiteral("data_classes"), classes}, {QStringLiteral("regions"), regions}};
}

Consent ResidencyService::createConsent(const QJsonObject &body, const QString &actor)
{
    JsonReader r(body);
    r.rejectUnknown({QStringLiteral("district"), QStringLiteral("data_class"),
        QStringLiteral("region"), QStringLiteral("reference"), QStringLiteral("expires")});
    auto input = body;
    input.insert(QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    auto consent = Consent::fromJson(input);
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
    return errors;
}
