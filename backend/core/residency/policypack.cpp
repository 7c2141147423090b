#include "backend/core/residency/policypack.h"

#include "backend/core/residency/policypackparser.h"

#include <QJsonArray>

namespace {

/** A text field as the pack writes it: a string, or {"en": …, "de": …} when translated. */
QJsonValue text(const PolicyRule &rule, const QString &field, const QString &english)
{
    const auto texts = rule.translations.constFind(field);
    if (texts == rule.translations.cend() || texts->isEmpty())
        return english;
    QJsonObject object{{QStringLiteral("en"), english}};
    for (auto it = texts->cbegin(); it != texts->cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QJsonObject ruleHeader(const PolicyRule &rule)
{
    QJsonObject object{{QStringLiteral("id"), rule.id}};
    if (rule.regime != Regime::Other)
        object.insert(QStringLiteral("regime"), regimeName(rule.regime));
    if (!rule.description.isEmpty())
        object.insert(QStringLiteral("description"),
            text(rule, QStringLiteral("description"), rule.description));
    object.insert(
        QStringLiteral("legal_basis"), text(rule, QStringLiteral("legal_basis"), rule.legalBasis));
    object.insert(QStringLiteral("remedy"), text(rule, QStringLiteral("remedy"), rule.remedy));
    return object;
}

} // namespace

PolicyPack::LoadResult PolicyPack::fromJson(const QByteArray &bytes, const QString &fileName)
{
    return PolicyPackParser(fileName).parse(bytes);
}

QJsonObject PolicyPack::toJson() const
{
    QJsonObject zones;
    for (auto it = m_zones.cbegin(); it != m_zones.cend(); ++it)
        zones.insert(it.key(), QJsonArray::fromStringList(it.value()));

    QJsonArray rules;
    for (const PolicyRule &rule : m_rules) {
        QJsonObject object = ruleHeader(rule);
        QJsonArray appliesTo;
        for (const PolicySelector &selector : rule.appliesTo) {
            QJsonArray classes;
            for (DataClass dataClass : selector.dataClasses)
                classes.append(dataClassName(dataClass));
            QJsonObject selectorObject{{QStringLiteral("data_classes"), classes}};
            if (!selector.districtIn.isEmpty()) {
                selectorObject.insert(
                    QStringLiteral("district_in"), QJsonArray::fromStringList(selector.districtIn));
            }
            appliesTo.append(selectorObject);
        }
        object.insert(QStringLiteral("applies_to"), appliesTo);
        QJsonObject allowTarget{{QStringLiteral("in"), QJsonArray::fromStringList(rule.targetIn)}};
        if (!rule.targetCertifications.isEmpty()) {
            allowTarget.insert(QStringLiteral("certifications"),
                QJsonArray::fromStringList(rule.targetCertifications));
        }
        object.insert(QStringLiteral("allow_target"), allowTarget);
        if (rule.consentCanAllow) {
            object.insert(QStringLiteral("consent_can_allow"), true);
            if (!rule.consentLegalBasis.isEmpty())
                object.insert(QStringLiteral("consent_legal_basis"),
                    text(rule, QStringLiteral("consent_legal_basis"), rule.consentLegalBasis));
        }
        rules.append(object);
    }

    QJsonObject root{
        {QStringLiteral("version"), m_version},
        {QStringLiteral("name"), m_name},
        {QStringLiteral("zones"), zones},
        {QStringLiteral("rules"), rules},
        {QStringLiteral("default"), ruleHeader(m_defaultRule)},
    };
    if (!m_description.isEmpty())
        root.insert(QStringLiteral("description"), m_description);
    return root;
}

const PolicyRule *PolicyPack::rule(const QString &id) const
{
    for (const PolicyRule &rule : m_rules) {
        if (rule.id == id)
            return &rule;
    }
    return m_defaultRule.id == id ? &m_defaultRule : nullptr;
}

Verdict PolicyPack::localized(const Verdict &verdict, const QStringList &languages) const
{
    const PolicyRule *rule = this->rule(verdict.ruleId);
    if (!rule || languages.isEmpty())
        return verdict;
    // Only texts that are this rule's own are translated (never a text the evaluator wrote).
    Verdict localized = verdict;
    if (!rule->consentLegalBasis.isEmpty() && verdict.legalBasis == rule->consentLegalBasis)
        localized.legalBasis = rule->translated(
            QStringLiteral("consent_legal_basis"), rule->consentLegalBasis, languages);
    else if (verdict.legalBasis == rule->legalBasis)
        localized.legalBasis
            = rule->translated(QStringLiteral("legal_basis"), rule->legalBasis, languages);
    if (!verdict.remedy.isEmpty() && verdict.remedy == rule->remedy)
        localized.remedy = rule->translated(QStringLiteral("remedy"), rule->remedy, languages);
    return localized;
}
