#include "backend/core/residency/jurisdictionset.h"

#include <algorithm>

JurisdictionSet JurisdictionSet::fromStrings(const QStringList &codes)
{
    JurisdictionSet set;
    for (const QString &text : codes)
        set.insert(JurisdictionCode::parse(text));
    return set;
}

void JurisdictionSet::insert(JurisdictionCode code)
{
    if (!code.isValid())
        return;
    const auto it = std::lower_bound(m_codes.begin(), m_codes.end(), code);
    if (it == m_codes.end() || *it != code)
        m_codes.insert(it, code);
}

void JurisdictionSet::unite(const JurisdictionSet &other)
{
    for (JurisdictionCode code : other.m_codes)
        insert(code);
}

bool JurisdictionSet::contains(JurisdictionCode target) const
{
    if (!target.isValid())
        return false;
    if (std::binary_search(m_codes.cbegin(), m_codes.cend(), target))
        return true;
    return !target.isCountry()
        && std::binary_search(m_codes.cbegin(), m_codes.cend(), target.country());
}

JurisdictionSet JurisdictionSet::intersected(const JurisdictionSet &other) const
{
    JurisdictionSet result;
    for (JurisdictionCode a : m_codes) {
        if (other.contains(a))
            result.insert(a);
    }
    for (JurisdictionCode b : other.m_codes) {
        if (contains(b))
            result.insert(b);
    }
    result.normalize();
    return result;
}

QStringList JurisdictionSet::toStringList() const
{
    QStringList list;
    for (JurisdictionCode code : m_codes) {
        if (code.isCountry()
            || !std::binary_search(m_codes.cbegin(), m_codes.cend(), code.country()))
            list.append(code.toString());
    }
    list.sort();
    return list;
}

void JurisdictionSet::normalize()
{
    // A subdivision adds nothing next to its own country.
    QList<JurisdictionCode> kept;
    kept.reserve(m_codes.size());
    for (JurisdictionCode code : m_codes) {
        if (code.isCountry()
            || !std::binary_search(m_codes.cbegin(), m_codes.cend(), code.country()))
            kept.append(code);
    }
    m_codes = std::move(kept);
}
