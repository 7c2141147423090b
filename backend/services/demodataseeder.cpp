#include "backend/services/demodataseeder.h"

#include "backend/providers/objectstore.h"
#include "backend/services/auditlog.h"
#include "backend/services/logging.h"
#include "backend/services/objectstoreregistry.h"
#include "backend/services/podmanager.h"
#include "backend/services/residencyservice.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace {

/** The region a district's data normally lives in. */
QString homeRegion(const QString &jurisdiction)
{
    const auto country = jurisdiction.left(2);
    static const QStringList west = {QStringLiteral("US-WA"), QStringLiteral("US-OR"),
        QStringLiteral("US-CA"), QStringLiteral("US-CO"), QStringLiteral("US-AZ")};
    if (country == QLatin1String("US"))
        return west.contains(jurisdiction) ? QStringLiteral("us-west") : QStringLiteral("us-east");
    if (country == QLatin1String("CA"))
        return QStringLiteral("ca-central");
    if (QStringList{QStringLiteral("DE"), QStringLiteral("NL")}.contains(country))
        return QStringLiteral("eu-central");
    if (QStringList{
            QStringLiteral("IE"), QStringLiteral("FR"), QStringLiteral("ES"), QStringLiteral("GB")}
            .contains(country))
        return QStringLiteral("eu-west");
    return QStringLiteral("ap-southeast");
}

QByteArray syntheticRecords(const QString &district, const QString &kind, int rows)
{
    QByteArray out = "record_id,district,kind,grade,value\n";
    for (int i = 0; i < rows; ++i)
        out += QStringLiteral("%1-%2-%3,%1,%2,%4,%5\n")
                   .arg(district, kind)
                   .arg(i, 5, 10, QLatin1Char('0'))
                   .arg(i % 13)
                   .arg((i * 7919) % 1000)
                   .toUtf8();
    return out;
}

struct Planned
{
    QString region;
    QString key;
    QByteArray data;
};

} // namespace

DemoDataSeeder::DemoDataSeeder(ResidencyService &residency)
    : m_residency(residency)
{ }

int DemoDataSeeder::seedIfEmpty(const QString &markerPath)
{
    if (QFileInfo::exists(markerPath))
        return 0;
    const QString actor = QStringLiteral("system:demo");
    const QDateTime expires = QDateTime::currentDateTimeUtc().addYears(2);
    QList<Planned> plan;
    for (const auto &district : m_residency.pods().districts()) {
        const auto home = homeRegion(district.jurisdiction);
        const auto id = district.id;
        const bool us = district.jurisdiction.startsWith(QLatin1String("US-"));
        const bool apac = home == QLatin1String("ap-southeast");
        if (district.dataClasses.contains(QStringLiteral("student_pii")))
            plan.append({home, id + QStringLiteral("/student_pii/roster-2026.csv"),
                syntheticRecords(id, QStringLiteral("roster"), 40)});
        if (district.dataClasses.contains(QStringLiteral("child_under_13")) && !apac) {
            // eu-central holds no COPPA certification: EU under-13 records live in eu-west.
            const auto childRegion
                = home == QLatin1String("eu-central") ? QStringLiteral("eu-west") : home;
            plan.append({childRegion, id + QStringLiteral("/child_under_13/k5-records.csv"),
                syntheticRecords(id, QStringLiteral("k5"), 25)});
        }
        for (const auto &cls : {QStringLiteral("eu_personal"), QStringLiteral("ca_personal")}) {
            if (district.dataClasses.contains(cls))
                plan.append({home, id + QLatin1Char('/') + cls + QStringLiteral("/guardians.csv"),
                    syntheticRecords(id, QStringLiteral("guardian"), 30)});
        }
        plan.append({home, id + QStringLiteral("/deidentified/attendance-aggregates.csv"),
            syntheticRecords(id, QStringLiteral("aggregate"), 12)});
        plan.append({QStringLiteral("us-east"),
            id + QStringLiteral("/deidentified/statewide-benchmark.csv"),
            syntheticRecords(id, QStringLiteral("benchmark"), 8)});
        plan.append({home, id + QStringLiteral("/model_artifact/tutor-v3-finetune.bin"),
            syntheticRecords(id, QStringLiteral("weights"), 20)});

        // A US district's home region is usually in another state: its data-sharing agreement
        // (a consent) names that region. Houston's and Miami's don't cover the copies below.
        const auto region = m_residency.pods().region(home);
        if (us && region && region->jurisdiction != district.jurisdiction) {
            m_residency.createConsent({id, DataClass::StudentPii, home,
                                          QStringLiteral("DPA-%1-2026").arg(id.toUpper()), expires},
                actor);
        }
    }
    // Deliberately misplaced copies for the audit to find.
    plan.append(
        {QStringLiteral("us-west"), QStringLiteral("us-tx-houston/student_pii/roster-copy.csv"),
            syntheticRecords(QStringLiteral("us-tx-houston"), QStringLiteral("roster"), 40)});
    plan.append(
        {QStringLiteral("eu-central"), QStringLiteral("de-munich/child_under_13/k5-backup.csv"),
            syntheticRecords(QStringLiteral("de-munich"), QStringLiteral("k5"), 25)});
    plan.append(
        {QStringLiteral("us-east"), QStringLiteral("fr-lyon/eu_personal/guardians-export.csv"),
            syntheticRecords(QStringLiteral("fr-lyon"), QStringLiteral("guardian"), 30)});
    plan.append(
        {QStringLiteral("us-east"), QStringLiteral("ca-on-toronto/student_pii/roster-dr-copy.csv"),
            syntheticRecords(QStringLiteral("ca-on-toronto"), QStringLiteral("roster"), 40)});
    plan.append(
        {QStringLiteral("us-east"), QStringLiteral("gb-london/student_pii/roster-analytics.csv"),
            syntheticRecords(QStringLiteral("gb-london"), QStringLiteral("roster"), 40)});
    plan.append(
        {QStringLiteral("eu-west"), QStringLiteral("us-fl-miami/student_pii/roster-vendor.csv"),
            syntheticRecords(QStringLiteral("us-fl-miami"), QStringLiteral("roster"), 40)});

    for (const auto &item : std::as_const(plan))
        m_residency.stores().store(item.region).put(item.key, item.data, ObjectMeta{});
    AuditRecord record;
    record.actor = actor;
    record.action = QStringLiteral("demo.seed");
    record.details = {{QStringLiteral("objects"), int(plan.size())}};
    m_residency.auditLog().append(record);

    QDir().mkpath(QFileInfo(markerPath).absolutePath());
    QFile marker(markerPath);
    if (marker.open(QIODevice::WriteOnly))
        marker.write("seeded\n");
    qCInfo(lcResidency) << "seeded" << plan.size() << "demo objects into the region stores";
    return int(plan.size());
}
