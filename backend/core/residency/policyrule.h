#pragma once

#include "backend/core/residency/policyselector.h"
#include "backend/core/residency/regime.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

/**
 * One residency rule of a policy pack, as written in the pack. It applies when any of its
 * selectors matches the placement's data class and district; it then allows the placement
 * only if the target's jurisdiction is in targetIn and the target holds every certification
 * in targetCertifications. PolicyPack documents the JSON form.
 */
struct PolicyRule
{
    QString id;
    QString description;
    QList<PolicySelector> appliesTo;
    // Jurisdiction codes, zone references ("@EU"), "$district" (inside the district's own
    // jurisdiction) or the single entry "*" (any jurisdiction).
    QStringList targetIn;
    QStringList targetCertifications;
    // A valid consent naming the target region satisfies targetIn (never the certifications).
    bool consentCanAllow = false;
    QString consentLegalBasis; // cited instead of legalBasis when a consent allowed; may be empty
    QString legalBasis;
    QString remedy;
    Regime regime = Regime::Other; // "regime" in the pack; which law this rule enforces
    // The texts in other languages: field ("description", "legal_basis", "remedy",
    // "consent_legal_basis") → language tag ("de", "fr-CA") → text. The fields above are English.
    QMap<QString, QMap<QString, QString>> translations;

    /** @p english (this rule's text of @p field) in the first of @p languages the rule has it
     *  in; "fr-CA" falls back to "fr"; English when none. */
    QString translated(
        const QString &field, const QString &english, const QStringList &languages) const
    {
        const auto texts = translations.constFind(field);
        if (texts == translations.cend())
            return english;
        for (const auto &language : languages) {
            if (language.startsWith(QLatin1String("en")))
                return english;
            if (const auto it = texts->constFind(language); it != texts->cend())
                return *it;
            const auto primary = language.section(QLatin1Char('-'), 0, 0);
            if (const auto it = texts->constFind(primary); it != texts->cend())
                return *it;
        }
        return english;
    }

    friend bool operator==(const PolicyRule &, const PolicyRule &) = default;
};
