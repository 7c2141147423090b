#pragma once

#include "backend/core/residency/jurisdictioncode.h"

#include <QList>
#include <QStringList>

/**
 * A set of jurisdictions kept as sorted packed codes. Membership follows "a country-only code
 * means the whole country": a set holding "US" contains "US-WA"; a set holding only "US-WA"
 * does not contain "US" (a nationwide target is not inside one state).
 */
class JurisdictionSet
{
public:
    JurisdictionSet() = default;

    /** Returns the set of the valid codes in @p codes; invalid texts are skipped. */
    static JurisdictionSet fromStrings(const QStringList &codes);

    /** Adds @p code (ignored if invalid). */
    void insert(JurisdictionCode code);
    /** Adds every member of @p other. */
    void unite(const JurisdictionSet &other);

    /** Returns true if @p target lies inside some member. Never allocates. */
    bool contains(JurisdictionCode target) const;
    /** Returns the jurisdictions inside both sets (country ∩ its subdivision = the subdivision). */
    JurisdictionSet intersected(const JurisdictionSet &other) const;

    bool isEmpty() const { return m_codes.isEmpty(); }
    qsizetype size() const { return m_codes.size(); }
    /** Returns the members as sorted text, subdivisions of a member country left out. */
    QStringList toStringList() const;

    friend bool operator==(const JurisdictionSet &, const JurisdictionSet &) = default;

private:
    void normalize();

    QList<JurisdictionCode> m_codes; // sorted, unique
};
