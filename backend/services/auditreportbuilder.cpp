#include "backend/services/auditreportbuilder.h"

#include "backend/providers/objectstoreerror.h"
#include "backend/services/auditlog.h"
#include "backend/services/objectstoreregistry.h"
#include "backend/services/podmanager.h"
#include "backend/services/residencyservice.h"

AuditReportBuilder::AuditReportBuilder(ResidencyService &residency)
    : m_residency(residency)
{ }

AuditReport AuditReportBuilder::build(const QString &districtId, const QStringList &languages) const
{
    AuditReport report;
    report.district = m_residency.requireDistrict(districtId);
    const District &district = report.district;
    const auto consents = m_residency.consents(district.id); // once, not per object
    for (const auto &region : m_residency.pods().regions()) {
        const auto jurisdiction = m_residency.storeJurisdiction(region.id);
        try {
            ObjectStore *store = &m_residency.stores().store(region.id);
            QString token;
            do {
                const auto page = store->list(district.id + QLatin1Char('/'), token, 1000);
                for (const auto &listed : page.objects) {
                    auto info = listed;
                    if (info.meta.sha256.isEmpty() || info.meta.dataClass.isEmpty()) {
                        const auto head = store->head(info.key);
                        if (!head)
                            continue; // deleted between list and head
                        info = *head;
                    }
                    AuditObject object;
                    object.store = store->describe();
                    object.region = region.id;
                    object.jurisdiction = jurisdiction;
                    object.key = info.key;
                    object.dataClass = info.meta.dataClass.isEmpty()
                        ? info.key.section(QLatin1Char('/'), 1, 1)
                        : info.meta.dataClass;
                    object.size = info.size;
                    object.sha256 = info.meta.sha256;
                    object.modified = info.modified;
                    object.verdict = m_residency.localized(
                        m_residency.judge(district, object.dataClass, region.id, consents),
                        languages);
                    object.verdict.allowed ? ++report.compliant : ++report.violating;
                    report.bytes += info.size;
                    report.objects.append(std::move(object));
                }
                token = page.nextToken;
            } while (!token.isEmpty());
        } catch (const ObjectStoreError &e) {
            report.storeErrors.append({region.id, QString::fromStdString(e.what())});
        }
    }
    report.totalObjects = report.compliant + report.violating;
    // The agreements the allowed placements rely on, named in the report itself.
    QSet<QString> relied;
    for (const auto &object : std::as_const(report.objects))
        for (const auto &id : object.verdict.consentIds)
            relied.insert(id);
    for (const auto &consent : consents)
        if (relied.contains(consent.id))
            report.consents.append(consent);

    AuditQuery query;
    query.district = district.id;
    query.limit = 10000;
    report.trail = m_residency.auditLog().list(query);
    report.chain = m_residency.auditLog().verify();
    report.generatedAt = QDateTime::currentDateTimeUtc();
    return report;
}
