#include "backend/core/residency/auditobject.h"

#include "backend/core/jsonreader.h"
#include "backend/core/validationerror.h"

#include <QJsonArray>

QJsonObject AuditObject::toJson() const
{
    return {
        {QStringLiteral("store"), store},
        {QStringLiteral("region"), region},
        {QStringLiteral("jurisdiction"), jurisdiction},
        {QStringLiteral("key"), key},
        {QStringLiteral("data_class"), dataClass},
        {QStringLiteral("size"), size},
        {QStringLiteral("sha256"), sha256},
        {QStringLiteral("modified"), modified.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("allowed"), verdict.allowed},
        {QStringLiteral("verdict"),
            verdict.allowed ? QStringLiteral("compliant") : QStringLiteral("violation")},
        {QStringLiteral("rule"), verdict.ruleId},
        {QStringLiteral("regime"), regimeName(verdict.regime)},
        {QStringLiteral("legal_basis"), verdict.legalBasis},
        {QStringLiteral("remedy"), verdict.remedy},
        {QStringLiteral("consents"), QJsonArray::fromStringList(verdict.consentIds)},
    };
}

AuditObject AuditObject::fromJson(const QJsonObject &json)
{
    const JsonReader r(json);
    AuditObject o;
    o.store = r.optionalString(QStringLiteral("store")).value_or(QString());
    o.region = r.requiredString(QStringLiteral("region"));
    o.jurisdiction = r.optionalString(QStringLiteral("jurisdiction")).value_or(QString());
    o.key = r.requiredString(QStringLiteral("key"));
    o.dataClass = r.optionalString(QStringLiteral("data_class")).value_or(QString());
    o.size = r.optionalIntIn(QStringLiteral("size"), 0, qint64(1) << 53).value_or(0);
    o.sha256 = r.optionalString(QStringLiteral("sha256")).value_or(QString());
    o.modified = r.optionalTime(QStringLiteral("modified")).value_or(QDateTime());
    const auto allowed = r.optionalBool(QStringLiteral("allowed"));
    if (!allowed) {
        // Older daemons only sent the verdict word; never guess "compliant" from nothing.
        const auto word = r.optionalString(QStringLiteral("verdict"));
        if (!word)
            throw ValidationError(QStringLiteral("allowed"), QStringLiteral("is required"));
        o.verdict.allowed = *word == QLatin1String("compliant");
    } else {
        o.verdict.allowed = *allowed;
    }
    o.verdict.ruleId = r.optionalString(QStringLiteral("rule")).value_or(QString());
    o.verdict.legalBasis = r.optionalString(QStringLiteral("legal_basis")).value_or(QString());
    o.verdict.remedy = r.optionalString(QStringLiteral("remedy")).value_or(QString());
    o.verdict.consentIds = r.stringList(QStringLiteral("consents"));
    o.verdict.regime = Verdict::readRegime(r);
    return o;
}
