#include "backend/core/residency/policyevaluator.h"

namespace {

quint32 classBit(DataClass dataClass)
{
    return 1u << static_cast<int>(dataClass);
}

} // namespace

bool PolicyEvaluator::CompiledRule::appliesTo(quint32 bit, JurisdictionCode district) const
{
    for (const CompiledSelector &selector : selectors) {
        if ((selector.classMask & bit) != 0
            && (selector.anyDistrict || selector.districts.contains(district)))
            return true;
    }
    return false;
}

bool PolicyEvaluator::CompiledRule::jurisdictionAllows(
    JurisdictionCode target, JurisdictionCode district) const
{
    return targetAnywhere || (targetDistrictOwn && district.contains(target))
        || targetSet.contains(target);
}

PolicyEvaluator::PolicyEvaluator()
{
    m_default.id = QStringLiteral("default-deny");
    m_default.legalBasis = QStringLiteral("No policy pack is loaded: data is placed nowhere until "
                                          "one is (deny by default).");
    m_default.remedy = QStringLiteral("Load a valid residency policy pack.");
}

PolicyEvaluator::PolicyEvaluator(const PolicyPack &pack)
    : m_packName(pack.name())
{
    m_default.id = pack.defaultRule().id;
    m_default.legalBasis = pack.defaultRule().legalBasis;
    m_default.remedy = pack.defaultRule().remedy;
    m_default.regime = pack.defaultRule().regime;

    for (const PolicyRule &rule : pack.rules()) {
        CompiledRule compiled;
        compiled.id = rule.id;
        compiled.legalBasis = rule.legalBasis;
        compiled.remedy = rule.remedy;
        compiled.regime = rule.regime;
        compiled.consentCanAllow = rule.consentCanAllow;
        compiled.consentLegalBasis
            = rule.consentLegalBasis.isEmpty() ? rule.legalBasis : rule.consentLegalBasis;

        quint32 ruleClasses = 0;
        for (const PolicySelector &selector : rule.appliesTo) {
            CompiledSelector cs;
            for (DataClass dataClass : selector.dataClasses)
                cs.classMask |= classBit(dataClass);
            cs.anyDistrict = selector.districtIn.isEmpty();
            cs.districts = expand(selector.districtIn, pack);
            ruleClasses |= cs.classMask;
            compiled.selectors.append(cs);
        }

        compiled.targetAnywhere = rule.targetIn.contains(QStringLiteral("*"));
        compiled.targetDistrictOwn = rule.targetIn.contains(QStringLiteral("$district"));
        compiled.targetSet = expand(rule.targetIn, pack);

        for (const QString &certification : rule.targetCertifications) {
            auto it = m_certificationBits.constFind(certification);
            if (it == m_certificationBits.cend())
                it = m_certificationBits.insert(certification, int(m_certificationBits.size()));
            // The parser caps a pack at 64 names, so the shift stays in range.
            compiled.requiredCertifications |= quint64(1) << it.value();
        }
        compiled.certificationNames = rule.targetCertifications;

        const int index = int(m_rules.size());
        m_rules.append(compiled);
        for (int c = 0; c < DataClassCount; ++c) {
            if ((ruleClasses & (1u << c)) != 0)
                m_rulesByClass[c].append(index);
        }
    }
}

JurisdictionSet PolicyEvaluator::expand(const QStringList &refs, const PolicyPack &pack) const
{
    JurisdictionSet set;
    for (const QString &ref : refs) {
        if (ref.startsWith(u'@')) {
            for (const QString &member : pack.zones().value(ref.mid(1)))
                set.insert(JurisdictionCode::parse(member));
        } else {
            // "*" and "$district" are not codes and parse as invalid, which insert() skips.
            set.insert(JurisdictionCode::parse(ref));
        }
    }
    return set;
}

quint64 PolicyEvaluator::certificationMask(const QStringList &certifications) const
{
    quint64 mask = 0;
    for (const QString &certification : certifications) {
        const auto it = m_certificationBits.constFind(certification);
        if (it != m_certificationBits.cend())
            mask |= quint64(1) << it.value();
    }
    return mask;
}

Verdict PolicyEvaluator::deny(const CompiledRule &rule) const
{
    return Verdict{false, rule.id, rule.legalBasis, rule.remedy, {}, rule.regime};
}

Verdict PolicyEvaluator::invalidQuery(const PlacementQuery &query) const
{
    QStringList problems;
    if (const QString why = JurisdictionCode::validationError(query.districtJurisdiction);
        !why.isEmpty())
        problems.append(QStringLiteral("district %1: %2").arg(query.districtId, why));
    if (const QString why = JurisdictionCode::validationError(query.targetJurisdiction);
        !why.isEmpty())
        problems.append(QStringLiteral("target %1: %2").arg(query.targetRegionId, why));
    if (static_cast<int>(query.dataClass) >= DataClassCount)
        problems.append(QStringLiteral("unknown data class"));
    return Verdict{false, invalidQueryRuleId(),
        QStringLiteral("A placement that cannot be checked against the residency "
                       "policy is not allowed (fail closed)."),
        QStringLiteral("Correct the configuration: ") + problems.join(QStringLiteral("; ")), {}};
}

Verdict PolicyEvaluator::evaluate(
    const PlacementQuery &query, const QList<Consent> &consents, const QDateTime &now) const
{
    const JurisdictionCode district = JurisdictionCode::parse(query.districtJurisdiction);
    const JurisdictionCode target = JurisdictionCode::parse(query.targetJurisdiction);
    const int cls = static_cast<int>(query.dataClass);
    if (!district.isValid() || !target.isValid() || cls < 0 || cls >= DataClassCount)
        return invalidQuery(query);
    const quint32 bit = 1u << cls;

    quint64 certifications = 0;
    bool certificationsKnown = false;
    bool consentsChecked = false;
    QStringList consentIds;
    const CompiledRule *firstApplicable = nullptr;
    const CompiledRule *allowedByConsent = nullptr;

    for (int index : m_rulesByClass[cls]) {
        const CompiledRule &rule = m_rules[index];
        if (!rule.appliesTo(bit, district))
            continue;
        if (!firstApplicable)
            firstApplicable = &rule;

        if (rule.requiredCertifications != 0) {
            if (!certificationsKnown) {
                certifications = certificationMask(query.targetCertifications);
                certificationsKnown = true;
            }
            if ((certifications & rule.requiredCertifications) != rule.requiredCertifications)
                return deny(rule);
        }
        if (rule.jurisdictionAllows(target, district))
            continue;
        if (rule.consentCanAllow) {
            if (!consentsChecked) {
                for (const Consent &consent : consents) {
                    if (consent.permits(
                            query.districtId, query.dataClass, query.targetRegionId, now))
                        consentIds.append(consent.id);
                }
                consentsChecked = true;
            }
            if (!consentIds.isEmpty()) {
                if (!allowedByConsent)
                    allowedByConsent = &rule;
                continue;
            }
        }
        return deny(rule);
    }

    if (!firstApplicable)
        return deny(m_default);
    if (allowedByConsent) {
        return Verdict{true, allowedByConsent->id, allowedByConsent->consentLegalBasis, QString(),
            consentIds, allowedByConsent->regime};
    }
    return Verdict{true, firstApplicable->id, firstApplicable->legalBasis, QString(), {},
        firstApplicable->regime};
}

ResidencyScope PolicyEvaluator::allowedScopeFor(
    const QString &districtJurisdiction, DataClass dataClass) const
{
    ResidencyScope scope;
    const JurisdictionCode district = JurisdictionCode::parse(districtJurisdiction);
    const int cls = static_cast<int>(dataClass);
    if (!district.isValid() || cls < 0 || cls >= DataClassCount) {
        scope.ruleIds.append(invalidQueryRuleId());
        return scope;
    }

    bool anywhere = true;
    JurisdictionSet allowed;
    for (int index : m_rulesByClass[cls]) {
        const CompiledRule &rule = m_rules[index];
        if (!rule.appliesTo(1u << cls, district))
            continue;
        scope.ruleIds.append(rule.id);
        for (const QString &certification : rule.certificationNames) {
            if (!scope.requiredCertifications.contains(certification))
                scope.requiredCertifications.append(certification);
        }
        scope.consentMayExtend = scope.consentMayExtend || rule.consentCanAllow;
        if (rule.targetAnywhere)
            continue;
        JurisdictionSet ruleSet = rule.targetSet;
        if (rule.targetDistrictOwn)
            ruleSet.insert(district);
        allowed = anywhere ? ruleSet : allowed.intersected(ruleSet);
        anywhere = false;
    }

    if (scope.ruleIds.isEmpty()) {
        scope.ruleIds.append(m_default.id);
        return scope;
    }
    scope.anywhere = anywhere;
    if (!anywhere)
        scope.jurisdictions = allowed.toStringList();
    return scope;
}
