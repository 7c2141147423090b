#pragma once

#include <QHashFunctions>
#include <QString>
#include <QStringView>

#include <compare>

/**
 * An ISO 3166-1 alpha-2 country ("DE") or ISO 3166-2 subdivision ("US-WA") packed into 32 bits,
 * so the evaluator compares and looks up jurisdictions without touching strings or allocating.
 * A country-only code stands for the whole country: "US" contains "US-WA".
 */
class JurisdictionCode
{
public:
    constexpr JurisdictionCode() = default;

    /** Returns the code for @p text, or an invalid code if it is not "CC" or "CC-SSS" with CC an
     *  assigned ISO 3166-1 country and SSS one to three of A–Z/0–9 (upper case only). */
    static JurisdictionCode parse(QStringView text);
    /** Returns why @p text is not a valid code, or an empty string if it is one. */
    static QString validationError(QStringView text);

    bool isValid() const { return m_value != 0; }
    /** Returns true for a country-only code ("DE", "US"). */
    bool isCountry() const { return isValid() && (m_value & SubdivisionMask) == 0; }
    /** Returns the country-only code of this code ("US-WA" → "US"); invalid stays invalid. */
    JurisdictionCode country() const { return JurisdictionCode(m_value & ~SubdivisionMask); }
    /** Returns true if @p other lies inside this code: equal, or this is the country of other. */
    bool contains(JurisdictionCode other) const
    {
        return isValid() && (other == *this || (isCountry() && other.country() == *this));
    }
    /** Returns the packed value (stable within one build; for hashing and sorting only). */
    quint32 value() const { return m_value; }
    /** Returns the text form ("US-WA"), or an empty string for an invalid code. */
    QString toString() const;

    friend bool operator==(JurisdictionCode a, JurisdictionCode b)
    {
        return a.m_value == b.m_value;
    }
    friend auto operator<=>(JurisdictionCode a, JurisdictionCode b)
    {
        return a.m_value <=> b.m_value;
    }

private:
    static constexpr quint32 SubdivisionMask = 0xFFFFu;

    explicit constexpr JurisdictionCode(quint32 value)
        : m_value(value)
    { }

    // High 16 bits: 1 + country index (26 * first letter + second letter); low 16 bits: the
    // subdivision in base 37, one digit per character (0 = no character), so no two texts collide.
    quint32 m_value = 0;
};

inline size_t qHash(JurisdictionCode code, size_t seed = 0) noexcept
{
    return ::qHash(code.value(), seed);
}
