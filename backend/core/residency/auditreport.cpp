#include "backend/core/residency/auditreport.h"

#include "backend/core/jsonreader.h"
#include "backend/core/validationerror.h"

#include <QJsonArray>

#include <algorithm>
#include <limits>

namespace {

template <typename T, typename Parse>
QList<T> parseArray(const QJsonObject &json, const QString &key, Parse parse)
{
    QList<T> list;
    const auto value = json.value(key);
    if (value.isUndefined() || value.isNull())
        return list;
    if (!value.isArray())
        throw ValidationError(key, QStringLiteral("must be an array"));
    const auto array = value.toArray();
    list.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject())
            throw ValidationError(
                QStringLiteral("%1[%2]").arg(key).arg(i), QStringLiteral("must be an object"));
        try {
            list.append(parse(array.at(i).toObject()));
        } catch (const ValidationError &e) {
            throw ValidationError(
                QStringLiteral("%1[%2].%3").arg(key).arg(i).arg(e.field()), e.reason());
        }
    }
    return list;
}

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

QJsonObject AuditReport::toJson() const
{
    QJsonArray objectArray;
    for (const auto &object : objects)
        objectArray.append(object.toJson());
    QJsonArray errorArray;
    for (const auto &error : storeErrors)
        errorArray.append(QJsonObject{
            {QStringLiteral("region"), error.region}, {QStringLiteral("error"), error.error}});
    QJsonArray trailArray;
    for (const auto &record : trail)
        trailArray.append(record.toJson());
    QJsonArray consentArray;
    for (const auto &c : consents)
        consentArray.append(c.toJson());
    return {
        {QStringLiteral("consents"), consentArray},
        {QStringLiteral("district"), district.toJson()},
        {QStringLiteral("generated_at"), generatedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("objects"), objectArray},
        {QStringLiteral("totals"),
            QJsonObject{{QStringLiteral("objects"), totalObjects},
                {QStringLiteral("compliant"), compliant}, {QStringLiteral("violating"), violating},
                {QStringLiteral("bytes"), bytes}}},
        {QStringLiteral("store_errors"), errorArray},
        {QStringLiteral("trail"), trailArray},
        {QStringLiteral("chain"), chain.toJson()},
    };
}

const Consent *AuditReport::consent(const QString &id) const
{
    for (const auto &c : consents)
        if (c.id == id)
            return &c;
    return nullptr;
}

QByteArray AuditReport::toCsv() const
{
    QByteArray out = "district,region,jurisdiction,store,key,data_class,size,sha256,allowed,rule,"
                     "legal_basis,remedy,consents\r\n";
    for (const auto &o : objects) {
        // The agreements an allowed placement relies on: reference and term, as a reader
        // would look them up.
        QStringList relied;
        for (const auto &id : o.verdict.consentIds) {
            const Consent *c = consent(id);
            relied << (c ? QStringLiteral("%1 (to %2, until %3)")
                               .arg(c->reference, c->regionId,
                                   c->expires.toUTC().toString(QStringLiteral("yyyy-MM-dd")))
                         : id);
        }
        const QString cells[] = {district.id, o.region, o.jurisdiction, o.store, o.key, o.dataClass,
            QString::number(o.size), o.sha256,
            o.verdict.allowed ? QStringLiteral("true") : QStringLiteral("false"), o.verdict.ruleId,
            o.verdict.legalBasis, o.verdict.remedy, relied.join(QStringLiteral("; "))};
        bool first = true;
        for (const auto &cell : cells) {
            if (!first)
                out += ',';
            first = false;
            out += csvField(cell);
        }
        out += "\r\n";
    }
    return out;
}

QList<AuditObject> AuditReport::violations() const
{
    QList<AuditObject> list;
    for (const auto &object : objects) {
        if (object.isViolation())
            list.append(object);
    }
    return list;
}

QHash<QString, AuditReport::RegionCounts> AuditReport::countsByRegion() const
{
    QHash<QString, RegionCounts> counts;
    for (const auto &object : objects) {
        auto &c = counts[object.region];
        ++c.objects;
        c.bytes += object.size;
        if (object.isViolation())
            ++c.violating;
    }
    return counts;
}

AuditReport AuditReport::fromJson(const QJsonObject &json)
{
    const JsonReader r(json);
    AuditReport report;
    const auto district = json.value(QStringLiteral("district"));
    if (!district.isObject())
        throw ValidationError(QStringLiteral("district"), QStringLiteral("must be an object"));
    try {
        report.district = District::fromJson(district.toObject());
    } catch (const ValidationError &e) {
        throw ValidationError(QStringLiteral("district.") + e.field(), e.reason());
    }
    report.generatedAt = r.requiredTime(QStringLiteral("generated_at"));
    report.objects
        = parseArray<AuditObject>(json, QStringLiteral("objects"), &AuditObject::fromJson);

    const auto totals = json.value(QStringLiteral("totals")).toObject();
    const JsonReader t(totals, QStringLiteral("totals."));
    // The totals are the daemon's; recount only when it left them out.
    int violating = 0;
    qint64 bytes = 0;
    for (const auto &o : std::as_const(report.objects)) {
        violating += o.isViolation() ? 1 : 0;
        bytes += o.size;
    }
    constexpr qint64 MaxCount = std::numeric_limits<int>::max();
    constexpr qint64 MaxBytes = qint64(1) << 53;
    report.totalObjects = int(
        t.optionalIntIn(QStringLiteral("objects"), 0, MaxCount).value_or(report.objects.size()));
    report.violating
        = int(t.optionalIntIn(QStringLiteral("violating"), 0, MaxCount).value_or(violating));
    report.compliant = int(t.optionalIntIn(QStringLiteral("compliant"), 0, MaxCount)
                               .value_or(std::max(0, report.totalObjects - report.violating)));
    report.bytes = t.optionalIntIn(QStringLiteral("bytes"), 0, MaxBytes).value_or(bytes);

    report.storeErrors
        = parseArray<StoreError>(json, QStringLiteral("store_errors"), [](const QJsonObject &o) {
              const JsonReader e(o);
              return StoreError{e.optionalString(QStringLiteral("region")).value_or(QString()),
                  e.optionalString(QStringLiteral("error")).value_or(QString())};
          });
    report.trail = parseArray<AuditRecord>(json, QStringLiteral("trail"), &AuditRecord::fromJson);
    if (json.contains(QStringLiteral("consents")))
        report.consents = parseArray<Consent>(json, QStringLiteral("consents"), &Consent::fromJson);
    const auto chain = json.value(QStringLiteral("chain"));
    if (!chain.isObject())
        throw ValidationError(QStringLiteral("chain"), QStringLiteral("must be an object"));
    try {
        report.chain = AuditVerifyResult::fromJson(chain.toObject());
    } catch (const ValidationError &e) {
        throw ValidationError(QStringLiteral("chain.") + e.field(), e.reason());
    }
    return report;
}
