#include "backend/core/residency/dataclass.h"

#include <QStringList>

#include <array>

namespace {

const std::array<QLatin1StringView, DataClassCount> &names()
{
    static const std::array<QLatin1StringView, DataClassCount> table{
        QLatin1StringView("student_pii"),
        QLatin1StringView("child_under_13"),
        QLatin1StringView("eu_personal"),
        QLatin1StringView("ca_personal"),
        QLatin1StringView("deidentified"),
        QLatin1StringView("model_artifact"),
    };
    return table;
}

} // namespace

QString dataClassName(DataClass dataClass)
{
    const auto index = static_cast<size_t>(dataClass);
    return index < names().size() ? QString(names()[index]) : QString();
}

std::optional<DataClass> dataClassFromString(QStringView name)
{
    for (size_t i = 0; i < names().size(); ++i) {
        if (name == names()[i])
            return static_cast<DataClass>(i);
    }
    return std::nullopt;
}

QList<DataClass> allDataClasses()
{
    QList<DataClass> result;
    for (int i = 0; i < DataClassCount; ++i)
        result.append(static_cast<DataClass>(i));
    return result;
}

QString dataClassNamesForHumans()
{
    QStringList list;
    for (const auto &name : names())
        list.append(QString(name));
    return list.join(QLatin1StringView(", "));
}
