#include "models/compliance/auditobject.h"

#include "backend/core/jsonreader.h"
#include "backend/core/validationerror.h"

#include <QJsonArray>

AuditObject AuditObject::fromJson(const QJsonObject &json)
{
    const JsonReader r(json);
    AuditObject o;
    o.store = r.optionalString(QStringLiteral("store")).value_or(QString());
    o.region = r.requiredString(QStringLiteral("region"));
    o.jurisdiction = r.optionalString(QStringLiteral("jurisdiction")).value_or(QString());
    o.key = r.requiredString(QStringLiteral("key"));
    o.dataClass = r.optionalString(QStringLiteral("data_class")).value_or(QString());
    o.size = r.optionalInt(QStringLiteral("size")).value_or(0);
    o.sha256 = r.optionalString(QStringLiteral("sha256")).value_or(QString());
    o.modified = QDateTime::fromString(
        r.optionalString(QStringLiteral("modified")).value_or(QString()), Qt::ISODateWithMs);
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
    return o;
}
