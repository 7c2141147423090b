#pragma once

// One way to give an enum its wire names: a constexpr table of (value, name) pairs, and these
// three to read it (TokenRole, DrillState, DrillScenario, …).

#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <optional>
#include <utility>

template <class E, std::size_t N> using EnumNames = std::array<std::pair<E, const char16_t *>, N>;

/** @p value's wire name, or "" when the table lacks it. */
template <class E, std::size_t N> QString enumName(const EnumNames<E, N> &table, E value)
{
    for (const auto &[known, name] : table)
        if (known == value)
            return QString::fromUtf16(name);
    return {};
}

/** The value named @p name, or nothing. */
template <class E, std::size_t N>
std::optional<E> enumFromName(const EnumNames<E, N> &table, QStringView name)
{
    for (const auto &[known, text] : table)
        if (name == QStringView(text))
            return known;
    return std::nullopt;
}

/** Every name, in the table's order. */
template <class E, std::size_t N> QStringList enumNames(const EnumNames<E, N> &table)
{
    QStringList names;
    for (const auto &entry : table)
        names.append(QString::fromUtf16(entry.second));
    return names;
}
