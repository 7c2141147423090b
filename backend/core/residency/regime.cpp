#include "backend/core/residency/regime.h"

#include <QStringList>

#include <array>
#include <utility>

namespace {

constexpr std::array<std::pair<Regime, const char16_t *>, 7> kRegimeNames{{
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
    for (const auto &[known, name] : kRegimeNames) {
        if (known == regime)
            return QString::fromUtf16(name);
    }
    return QStringLiteral("other");
}

std::optional<Regime> regimeFromName(const QString &name)
{
    for (const auto &[known, text] : kRegimeNames) {
        if (name == QStringView(text))
            return known;
    }
    return std::nullopt;
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
    QStringList names;
    for (const auto &entry : kRegimeNames)
        names.append(QString::fromUtf16(entry.second));
    return names.join(QStringLiteral(", "));
}
