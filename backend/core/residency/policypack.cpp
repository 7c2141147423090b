#include "backend/core/residency/policypack.h"

#include "backend/core/residency/policypackparser.h"

#include <QJsonArray>

namespace {

QJsonObject ruleHeader(const PolicyRule &rule)
{
    QJsonObject object{{QStringLiteral("id"), rule.id}};
    if (!rule.description.isEmpty())
        object.insert(QStringLiteral("description"), rule.description);
    object.insert(QStringLiteral("legal_basis"), rule.legalBasis);
    object.insert(QStringLiteral("remedy"), rule.remedy);
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
                object.insert(QStringLiteral("consent_legal_basis"), rule.consentLegalBasis);
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
