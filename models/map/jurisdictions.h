#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

/// Maps the identifiers used in the bundled map data to ISO 3166 codes, so callers address
/// shapes the way regions and districts are described: "DE", "GB", "US-WA", "CA-ON".
///
/// The country file identifies shapes by ISO 3166-1 numeric code ("276"); the US file by
/// two-digit state FIPS code ("53"). Neither carries alpha codes, hence these tables.
class Jurisdictions
{
public:
    Jurisdictions() = delete;

    /** ISO 3166-1 alpha-2 for a numeric code ("276" or "76" → "DE"); empty if unknown. */
    static QString alpha2ForNumeric(QStringView numeric);
    /** Alpha-2 for a country shape, falling back on its name for the few shapes the data
     *  leaves without a numeric code (Kosovo → "XK"); empty if there is none. */
    static QString alpha2ForCountry(QStringView numeric, QStringView name);
    /** ISO 3166-2 code for a US state or territory FIPS code ("53" → "US-WA"); empty if
     *  unknown. */
    static QString codeForUsStateFips(QStringView fips);
    /** Upper-cased, trimmed, with common non-ISO spellings fixed ("uk" → "GB",
     *  "EL" → "GR" as the EU writes Greece). */
    static QString normalized(QStringView code);
    /** Codes to try, most specific first: "ca-on" → {"CA-ON", "CA"}, so a subdivision the
     *  map has no shape for falls back to its country. */
    static QStringList lookupChain(QStringView code);
};
