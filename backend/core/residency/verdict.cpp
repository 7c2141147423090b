#include "backend/core/residency/verdict.h"

#include "backend/core/jsonreader.h"
#include "backend/core/validationerror.h"

Regime Verdict::readRegime(const JsonReader &r)
{
    const auto name = r.optionalString(QStringLiteral("regime"));
    if (!name || name->isEmpty())
        return Regime::Other;
    const auto regime = regimeFromName(*name);
    if (!regime)
        throw ValidationError(r.fieldName(QStringLiteral("regime")),
            QStringLiteral("'%1' is not a regime (%2)").arg(*name, regimeNamesForHumans()));
    return *regime;
}

Verdict Verdict::fromJson(const QJsonObject &json, const QString &prefix)
{
    const JsonReader r(json, prefix);
    Verdict verdict;
    const auto allowed = r.optionalBool(QStringLiteral("allowed"));
    if (!allowed)
        throw ValidationError(
            r.fieldName(QStringLiteral("allowed")), QStringLiteral("is required"));
    verdict.allowed = *allowed;
    verdict.ruleId = r.optionalString(QStringLiteral("rule")).value_or(QString());
    verdict.legalBasis = r.optionalString(QStringLiteral("legal_basis")).value_or(QString());
    verdict.remedy = r.optionalString(QStringLiteral("remedy")).value_or(QString());
    verdict.consentIds = r.stringList(QStringLiteral("consent_ids"));
    verdict.regime = readRegime(r);
    return verdict;
}
