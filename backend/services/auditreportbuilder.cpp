#include "backend/services/auditreportbuilder.h"

#include "backend/providers/objectstoreerror.h"
#include "backend/services/auditlog.h"
#include "backend/services/objectstoreregistry.h"
#include "backend/services/podmanager.h"
#include "backend/services/residencyservice.h"

#include <QJsonArray>

namespace {

QByteArray csvField(const QString &text)
{
    auto bytes = text.toUtf8();
    // Cells starting with = + - @ are neutralised so a spreadsheet never runs them as formulas.
    if (!bytes.isEmpty() && QByteArray("=+-@").contains(bytes.at(0)))
        bytes.prepend('\'');
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n')
        || bytes.contains('\r')) {
        bytes.replace("\"", "\"\"");
        return '"' + bytes + '"';
    }
    return bytes;
}

} // namespace

AuditReportBuilder::AuditReportBuilder(ResidencyService &residency)
    : m_residency(residency)
{ }

QJsonObject AuditReportBuilder::build(const QString &districtId) const
{
    const auto district = m_residency.requireDistrict(districtId);
    QJsonArray objects;
    QJsonArray storeErrors;
    const auto consents = m_residency.consents(district.id); // once, not per object
    int compliant = 0;
    int violating = 0;
    qint64 bytes = 0;
    for (const auto &region : m_residency.pods().regions()) {
        const auto jurisdiction = m_residency.storeJurisdiction(region.id);
        try {
            auto store = m_residency.stores().open(region.id);
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
                    const auto dataClass = info.meta.dataClass.isEmpty()
                        ? info.key.section(QLatin1Char('/'), 1, 1)
                        : info.meta.dataClass;
                    const auto verdict
                        = m_residency.judge(district, dataClass, region.id, consents);
                    verdict.allowed ? ++compliant : ++violating;
                    bytes += info.size;
                    objects.append(QJsonObject{
                        {QStringLiteral("store"), store->describe()},
                        {QStringLiteral("region"), region.id},
                        {QStringLiteral("jurisdiction"), jurisdiction},
                        {QStringLiteral("key"), info.key},
                        {QStringLiteral("data_class"), dataClass},
                        {QStringLiteral("size"), info.size},
                        {QStringLiteral("sha256"), info.meta.sha256},
                        {QStringLiteral("modified"),
                            info.modified.toUTC().toString(Qt::ISODateWithMs)},
                        {QStringLiteral("allowed"), verdict.allowed},
                        {QStringLiteral("verdict"),
                            verdict.allowed ? QStringLiteral("compliant")
                                            : QStringLiteral("violation")},
                        {QStringLiteral("rule"), verdict.ruleId},
                        {QStringLiteral("legal_basis"), verdict.legalBasis},
                        {QStringLiteral("remedy"), verdict.remedy},
                        {QStringLiteral("consents"),
                            QJsonArray::fromStringList(verdict.consentIds)},
                    });
                }
                token = page.nextToken;
            } while (!token.isEmpty());
        } catch (const ObjectStoreError &e) {
            storeErrors.append(QJsonObject{{QStringLiteral("region"), region.id},
                {QStringLiteral("error"), QString::fromStdString(e.what())}});
        }
    }

    AuditQuery query;
    query.district = district.id;
    query.limit = 10000;
    QJsonArray trail;
    for (const auto &record : m_residency.auditLog().list(query))
        trail.append(record.toJson());
    const auto verification = m_residency.auditLog().verify();

    return {
        {QStringLiteral("district"), district.toJson()},
        {QStringLiteral("generated_at"),
            QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("objects"), objects},
        {QStringLiteral("totals"),
            QJsonObject{{QStringLiteral("objects"), compliant + violating},
                {QStringLiteral("compliant"), compliant}, {QStringLiteral("violating"), violating},
                {QStringLiteral("bytes"), bytes}}},
        {QStringLiteral("store_errors"), storeErrors},
        {QStringLiteral("trail"), trail},
        {QStringLiteral("chain"), verification.toJson()},
    };
}

QByteArray AuditReportBuilder::toCsv(const QJsonObject &report)
{
    static const QStringList columns = {QStringLiteral("region"), QStringLiteral("jurisdiction"),
        QStringLiteral("store"), QStringLiteral("key"), QStringLiteral("data_class"),
        QStringLiteral("size"), QStringLiteral("sha256"), QStringLiteral("allowed"),
        QStringLiteral("rule"), QStringLiteral("legal_basis"), QStringLiteral("remedy")};
    QByteArray out = columns.join(QLatin1Char(',')).toUtf8() + "\r\n";
    for (const auto &value : report.value(QStringLiteral("objects")).toArray()) {
        const auto object = value.toObject();
        QByteArrayList cells;
        for (const auto &column : columns) {
            const auto cell = object.value(column);
            cells.append(csvField(cell.isBool()
                    ? (cell.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                    : cell.isDouble() ? QString::number(cell.toInteger())
                                      : cell.toString()));
        }
        out += cells.join(',') + "\r\n";
    }
    return out;
}
