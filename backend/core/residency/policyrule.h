#pragma once

#include "backend/core/residency/policyselector.h"

#include <QList>
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

    friend bool operator==(const PolicyRule &, const PolicyRule &) = default;
};
