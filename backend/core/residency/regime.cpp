#include "backend/core/residency/regime.h"

#include "backend/core/enumnames.h"
#include <QStringList>

#include <array>
#include <utility>

namespace {

constexpr EnumNames<Regime, 7> kRegimeNames{{
    {Regime::StateStudentRecords, u"state_student_records"},
    {Regime::Gdpr, u"gdpr"},
    {Regime::CanadianProvincial, u"canadian_provincial"},
    {Regime::Apac, u"apac"},
    {Regime::Coppa, u"coppa"},
    {Regime::Unregulated, u"unregulated"},
    {Regime::Other, u"other"},
}};

} // namespace

QString regimeName(Regime regime)
{
    const QString name = enumName(kRegimeNames, regime);
    return name.isEmpty() ? QStringLiteral("other") : name;
}

std::optional<Regime> regimeFromName(const QString &name)
{
    return enumFromName(kRegimeNames, name);
}

QList<Regime> allRegimes()
{
    QList<Regime> out;
    for (const auto &entry : kRegimeNames)
        out.append(entry.first);
    return out;
}

QString regimeNamesForHumans()
{
    return enumNames(kRegimeNames).join(QStringLiteral(", "));
}
