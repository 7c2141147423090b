#pragma once

#include "backend/core/residency/consent.h"
#include "backend/core/residency/jurisdictionset.h"
#include "backend/core/residency/placementquery.h"
#include "backend/core/residency/policypack.h"
#include "backend/core/residency/residencyscope.h"
#include "backend/core/residency/verdict.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <array>

/**
 * A policy pack compiled for fast, allocation-free evaluation: jurisdictions become packed
 * codes in sorted vectors, zones are expanded, certifications become bits, and each data class
 * keeps the list of rules that can apply to it. No JSON or regex is touched per call.
 *
 * Semantics: every rule whose selector matches (data class, district jurisdiction) applies;
 * all applicable rules must allow; a deny names the first applicable rule (pack order) that
 * denied; no applicable rule → the pack's default rule denies. Immutable after construction,
 * so one instance may be used from several threads.
 */
class PolicyEvaluator
{
public:
    /** Returns the id used when the query itself is unusable (bad jurisdiction code). */
    static QString invalidQueryRuleId() { return QStringLiteral("invalid-query"); }

    /** Builds an evaluator with no pack: everything is denied by a built-in "default-deny". */
    PolicyEvaluator();
    /** Compiles @p pack; cannot fail because packs are validated when loaded. */
    explicit PolicyEvaluator(const PolicyPack &pack);

    /** Returns the verdict for @p query. @p consents are the district's (others are ignored);
     *  a consent counts while now < expires and it is not revoked. An unparsable jurisdiction in
     *  the query yields a deny with rule "invalid-query" (fail closed). */
    Verdict evaluate(
        const PlacementQuery &query, const QList<Consent> &consents, const QDateTime &now) const;

    /** Returns where data of @p dataClass held by a district in @p districtJurisdiction may go,
     *  ignoring consents; an invalid jurisdiction yields an empty scope ("nowhere"). */
    ResidencyScope allowedScopeFor(const QString &districtJurisdiction, DataClass dataClass) const;

private:
    struct CompiledSelector
    {
        quint32 classMask = 0;
        bool anyDistrict = true;
        JurisdictionSet districts;
    };

    struct CompiledRule
    {
        QString id;
        QString legalBasis;
        QString remedy;
        QString consentLegalBasis;
        Regime regime = Regime::Other;
        QList<CompiledSelector> selectors;
        bool targetAnywhere = false;
        bool targetDistrictOwn = false; // "$district"
        JurisdictionSet targetSet;
        quint64 requiredCertifications = 0;
        QStringList certificationNames;
        bool consentCanAllow = false;

        bool appliesTo(quint32 classBit, JurisdictionCode district) const;
        bool jurisdictionAllows(JurisdictionCode target, JurisdictionCode district) const;
    };

    JurisdictionSet expand(const QStringList &refs, const PolicyPack &pack) const;
    quint64 certificationMask(const QStringList &certifications) const;
    Verdict deny(const CompiledRule &rule) const;
    Verdict invalidQuery(const PlacementQuery &query) const;

    QString m_packName;
    QList<CompiledRule> m_rules;
    std::array<QList<int>, DataClassCount> m_rulesByClass;
    QHash<QString, int> m_certificationBits;
    CompiledRule m_default;
};
