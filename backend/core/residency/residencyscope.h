#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

/**
 * Where one district's data of one class may go, ignoring consents: what the console shades on
 * the map. A target is allowed iff it is inside `jurisdictions` (or `anywhere`) and holds every
 * certification in `requiredCertifications`.
 */
struct ResidencyScope
{
    bool anywhere = false;
    // Allowed target jurisdictions when !anywhere; a country code means the whole country;
    // empty (and !anywhere) means nowhere.
    QStringList jurisdictions;
    QStringList requiredCertifications;
    // True if a consent naming a region may lift the jurisdiction limit of at least one applicable
    // rule; the other applicable rules still have to allow that region.
    bool consentMayExtend = false;
    // The rules that shaped the scope, in pack order, or the default rule's id if none applied.
    QStringList ruleIds;

    /** Returns {"anywhere", "jurisdictions", "required_certifications", "consent_may_extend",
     *  "rules"}. */
    QJsonObject toJson() const
    {
        return {
            {QStringLiteral("anywhere"), anywhere},
            {QStringLiteral("jurisdictions"), QJsonArray::fromStringList(jurisdictions)},
            {QStringLiteral("required_certifications"),
                QJsonArray::fromStringList(requiredCertifications)},
            {QStringLiteral("consent_may_extend"), consentMayExtend},
            {QStringLiteral("rules"), QJsonArray::fromStringList(ruleIds)},
        };
    }

    friend bool operator==(const ResidencyScope &, const ResidencyScope &) = default;
};
