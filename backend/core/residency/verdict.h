#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

/**
 * The answer to a PlacementQuery. A deny names the first rule (in pack order) that denied, or
 * the pack's default rule when no rule applied; an allow names the rule that allowed (the rule a
 * consent satisfied, else the first applicable rule).
 */
struct Verdict
{
    bool allowed = false;
    QString ruleId;
    QString legalBasis;
    QString remedy; // what would make the placement allowed; empty when allowed
    QStringList consentIds; // consents the allow relied on; empty otherwise

    /** Returns {"allowed", "rule", "legal_basis", "remedy", "consent_ids"}. */
    QJsonObject toJson() const
    {
        return {
            {QStringLiteral("allowed"), allowed},
            {QStringLiteral("rule"), ruleId},
            {QStringLiteral("legal_basis"), legalBasis},
            {QStringLiteral("remedy"), remedy},
            {QStringLiteral("consent_ids"), QJsonArray::fromStringList(consentIds)},
        };
    }

    /** Parses the shape toJson() writes (fields named with @p prefix in errors); "allowed" is
     *  required, the texts default to empty. Throws ValidationError. */
    static Verdict fromJson(const QJsonObject &json, const QString &prefix = {});

    friend bool operator==(const Verdict &, const Verdict &) = default;
};
