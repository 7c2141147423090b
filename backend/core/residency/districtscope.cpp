#include "backend/core/residency/districtscope.h"

#include "backend/core/jsonreader.h"
#include "backend/core/validationerror.h"

#include <QJsonArray>

namespace {

ResidencyScope scopeFromJson(const QJsonObject &json, const QString &prefix)
{
    const JsonReader r(json, prefix);
    ResidencyScope scope;
    scope.anywhere = r.optionalBool(QStringLiteral("anywhere")).value_or(false);
    scope.jurisdictions = r.stringList(QStringLiteral("jurisdictions"));
    scope.requiredCertifications = r.stringList(QStringLiteral("required_certifications"));
    scope.consentMayExtend = r.optionalBool(QStringLiteral("consent_may_extend")).value_or(false);
    scope.ruleIds = r.stringList(QStringLiteral("rules"));
    return scope;
}

} // namespace

QStringList DistrictScope::shadedJurisdictions(const QString &dataClass) const
{
    QStringList codes;
    const auto add = [&codes](const QString &code) {
        if (!code.isEmpty() && !codes.contains(code))
            codes.append(code);
    };
    for (auto it = dataClasses.cbegin(); it != dataClasses.cend(); ++it) {
        if (!dataClass.isEmpty() && it.key() != dataClass)
            continue;
        if (it->anywhere)
            continue;
        for (const auto &code : it->jurisdictions)
            add(code);
        for (const auto &region : regions) {
            if (region.allowed.value(it.key()))
                add(region.jurisdiction);
        }
    }
    return codes;
}

bool DistrictScope::mayGoAnywhere(const QString &dataClass) const
{
    if (dataClasses.isEmpty())
        return false;
    for (auto it = dataClasses.cbegin(); it != dataClasses.cend(); ++it) {
        if ((dataClass.isEmpty() || it.key() == dataClass) && !it->anywhere)
            return false;
    }
    return dataClass.isEmpty() || dataClasses.contains(dataClass);
}

QStringList DistrictScope::allowedRegions(const QString &dataClass) const
{
    QStringList ids;
    for (const auto &region : regions) {
        bool ok = !region.allowed.isEmpty();
        for (auto it = region.allowed.cbegin(); it != region.allowed.cend(); ++it) {
            if (dataClass.isEmpty() ? !it.value() : (it.key() == dataClass && !it.value()))
                ok = false;
        }
        if (!dataClass.isEmpty() && !region.allowed.contains(dataClass))
            ok = false;
        if (ok)
            ids.append(region.region);
    }
    return ids;
}

QJsonObject DistrictScope::toJson() const
{
    QJsonObject classes;
    for (auto it = dataClasses.cbegin(); it != dataClasses.cend(); ++it)
        classes.insert(it.key(), it.value().toJson());
    QJsonArray regionArray;
    for (const auto &allowance : regions) {
        QJsonObject perClass;
        for (auto it = allowance.allowed.cbegin(); it != allowance.allowed.cend(); ++it)
            perClass.insert(it.key(), it.value());
        regionArray.append(QJsonObject{{QStringLiteral("region"), allowance.region},
            {QStringLiteral("jurisdiction"), allowance.jurisdiction},
            {QStringLiteral("allowed"), perClass}});
    }
    return {{QStringLiteral("district"), district}, {QStringLiteral("jurisdiction"), jurisdiction},
        {QStringLiteral("data_classes"), classes}, {QStringLiteral("regions"), regionArray}};
}

DistrictScope DistrictScope::fromJson(const QJsonObject &json)
{
    const JsonReader r(json);
    DistrictScope scope;
    scope.district = r.requiredString(QStringLiteral("district"));
    scope.jurisdiction = r.optionalString(QStringLiteral("jurisdiction")).value_or(QString());
    const auto classes = json.value(QStringLiteral("data_classes"));
    if (!classes.isObject())
        throw ValidationError(QStringLiteral("data_classes"), QStringLiteral("must be an object"));
    const auto classObject = classes.toObject();
    for (auto it = classObject.begin(); it != classObject.end(); ++it) {
        const auto prefix = QStringLiteral("data_classes.%1.").arg(it.key());
        if (!it.value().isObject())
            throw ValidationError(prefix.chopped(1), QStringLiteral("must be an object"));
        scope.dataClasses.insert(it.key(), scopeFromJson(it.value().toObject(), prefix));
    }
    const auto regions = r.requiredArray(QStringLiteral("regions"));
    for (qsizetype i = 0; i < regions.size(); ++i) {
        const auto prefix = QStringLiteral("regions[%1].").arg(i);
        const auto object = regions.at(i).toObject();
        const JsonReader rr(object, prefix);
        RegionAllowance allowance;
        allowance.region = rr.requiredString(QStringLiteral("region"));
        allowance.jurisdiction
            = rr.optionalString(QStringLiteral("jurisdiction")).value_or(QString());
        const auto allowed = object.value(QStringLiteral("allowed")).toObject();
        for (auto it = allowed.begin(); it != allowed.end(); ++it) {
            if (!it.value().isBool())
                throw ValidationError(prefix + QStringLiteral("allowed.") + it.key(),
                    QStringLiteral("must be true or false"));
            allowance.allowed.insert(it.key(), it.value().toBool());
        }
        scope.regions.append(allowance);
    }
    return scope;
}
