#pragma once

#include "backend/core/residency/regime.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

class JsonReader;

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
    Regime regime = Regime::Other; // the deciding rule's regime

    /** Returns {"allowed", "rule", "regime", "legal_basis", "remedy", "consent_ids"}. */
    QJsonObject toJson() const
    {
        return {
            {QStringLiteral("allowed"), allowed},
            {QStringLiteral("rule"), ruleId},
            {QStringLiteral("regime"), regimeName(regime)},
            {QStringLiteral("legal_basis"), legalBasis},
            {QStringLiteral("remedy"), remedy},
            {QStringLiteral("consent_ids"), QJsonArray::fromStringList(consentIds)},
        };
    }

    /** Parses the shape toJson() writes (fields named with @p prefix in errors); "allowed" is
     *  required, the texts default to empty, the regime to "other" (a daemon before 0.2).
     *  Throws ValidationError, also for a regime this build does not know. */
    static Verdict fromJson(const QJsonObject &json, const QString &prefix = {});

    /** The "regime" of @p r: absent or "" is Other; an unknown name throws ValidationError. */
    static Regime readRegime(const JsonReader &r);

    friend bool operator==(const Verdict &, const Verdict &) = default;
};
