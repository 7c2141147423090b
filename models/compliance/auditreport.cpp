#include "models/compliance/auditreport.h"

#include "backend/core/jsonreader.h"
#include "backend/core/validationerror.h"

#include <QJsonArray>

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

AuditVerifyResult::Failure failureFromName(const QString &name)
{
    using F = AuditVerifyResult::Failure;
    for (const auto f : {F::HashMismatch, F::BrokenLink, F::SeqGap, F::Reordered}) {
        if (AuditVerifyResult::failureName(f) == name)
            return f;
    }
    return F::None;
}

} // namespace

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

AuditVerifyResult AuditReport::chainFromJson(const QJsonObject &json)
{
    const JsonReader r(json);
    AuditVerifyResult chain;
    const auto ok = r.optionalBool(QStringLiteral("ok"));
    if (!ok)
        throw ValidationError(QStringLiteral("ok"), QStringLiteral("is required"));
    chain.ok = *ok;
    chain.recordsChecked = r.optionalInt(QStringLiteral("records_checked")).value_or(0);
    chain.firstBadSeq = r.optionalInt(QStringLiteral("first_bad_seq")).value_or(-1);
    chain.failure
        = failureFromName(r.optionalString(QStringLiteral("failure")).value_or(QString()));
    chain.reason = r.optionalString(QStringLiteral("reason")).value_or(QString());
    chain.lastSeq = r.optionalInt(QStringLiteral("last_seq")).value_or(0);
    chain.headHash = r.optionalString(QStringLiteral("head_hash")).value_or(QString());
    return chain;
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
    report.generatedAt = QDateTime::fromString(
        r.requiredString(QStringLiteral("generated_at")), Qt::ISODateWithMs);
    if (!report.generatedAt.isValid())
        throw ValidationError(
            QStringLiteral("generated_at"), QStringLiteral("must be an ISO 8601 time"));
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
    report.totalObjects
        = int(t.optionalInt(QStringLiteral("objects")).value_or(report.objects.size()));
    report.violating = int(t.optionalInt(QStringLiteral("violating")).value_or(violating));
    report.compliant = int(t.optionalInt(QStringLiteral("compliant"))
                               .value_or(report.totalObjects - report.violating));
    report.bytes = t.optionalInt(QStringLiteral("bytes")).value_or(bytes);

    report.storeErrors
        = parseArray<StoreError>(json, QStringLiteral("store_errors"), [](const QJsonObject &o) {
              const JsonReader e(o);
              return StoreError{e.optionalString(QStringLiteral("region")).value_or(QString()),
                  e.optionalString(QStringLiteral("error")).value_or(QString())};
          });
    report.trail = parseArray<AuditRecord>(json, QStringLiteral("trail"), &AuditRecord::fromJson);
    const auto chain = json.value(QStringLiteral("chain"));
    if (!chain.isObject())
        throw ValidationError(QStringLiteral("chain"), QStringLiteral("must be an object"));
    try {
        report.chain = chainFromJson(chain.toObject());
    } catch (const ValidationError &e) {
        throw ValidationError(QStringLiteral("chain.") + e.field(), e.reason());
    }
    return report;
}
