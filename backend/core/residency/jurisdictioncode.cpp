#include "backend/core/residency/jurisdictioncode.h"

#include <array>

namespace {

// ISO 3166-1 alpha-2 codes officially assigned (249, as in tzdata's iso3166.tab). Reserved codes
// such as "UK" or "EU" are deliberately absent: "UK" in a policy pack would otherwise silently
// never match a region in "GB".
// clang-format off
constexpr char AssignedCountries[] =
    "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR "
    "BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ "
    "EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW "
    "GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY "
    "KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV "
    "MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY "
    "QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG "
    "TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM "
    "ZW";
// clang-format on

constexpr std::array<bool, 26 * 26> buildCountryTable()
{
    std::array<bool, 26 * 26> table{};
    for (size_t i = 0; i + 1 < sizeof(AssignedCountries); i += 3)
        table[(AssignedCountries[i] - 'A') * 26 + (AssignedCountries[i + 1] - 'A')] = true;
    return table;
}

constexpr std::array<bool, 26 * 26> CountryTable = buildCountryTable();

bool isUpper(QChar c)
{
    return c.unicode() >= 'A' && c.unicode() <= 'Z';
}

// 1..36 for A–Z and 0–9, 0 for anything else.
int subdivisionDigit(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 'A' && u <= 'Z')
        return 1 + (u - 'A');
    if (u >= '0' && u <= '9')
        return 27 + (u - '0');
    return 0;
}

QChar subdivisionChar(int digit)
{
    return digit <= 26 ? QChar(u'A' + (digit - 1)) : QChar(u'0' + (digit - 27));
}

} // namespace

JurisdictionCode JurisdictionCode::parse(QStringView text)
{
    const qsizetype size = text.size();
    if (size != 2 && (size < 4 || size > 6))
        return {};
    if (!isUpper(text[0]) || !isUpper(text[1]))
        return {};
    const int country = (text[0].unicode() - 'A') * 26 + (text[1].unicode() - 'A');
    if (!CountryTable[country])
        return {};
    quint32 subdivision = 0;
    if (size > 2) {
        if (text[2] != u'-')
            return {};
        for (qsizetype i = 3; i < size; ++i) {
            const int digit = subdivisionDigit(text[i]);
            if (digit == 0)
                return {};
            subdivision = subdivision * 37 + digit;
        }
        // Left-align so "A" and "A0"/"AA" differ in every position, not just in magnitude.
        for (qsizetype i = size; i < 6; ++i)
            subdivision *= 37;
    }
    return JurisdictionCode((quint32(country + 1) << 16) | subdivision);
}

QString JurisdictionCode::validationError(QStringView text)
{
    if (parse(text).isValid())
        return {};
    if (text.size() >= 2 && isUpper(text[0]) && isUpper(text[1])
        && (text.size() == 2 || text[2] == u'-')) {
        const int country = (text[0].unicode() - 'A') * 26 + (text[1].unicode() - 'A');
        if (!CountryTable[country]) {
            return QStringLiteral("'%1' is not an assigned ISO 3166-1 alpha-2 country code%2")
                .arg(text.left(2),
                    text.left(2) == u"UK" ? QStringLiteral(" (the United Kingdom is 'GB')")
                                          : QString());
        }
    }
    return QStringLiteral("'%1' is not a jurisdiction code: expected an upper-case ISO 3166-1 "
                          "country ('DE') or ISO 3166-2 subdivision ('US-WA')")
        .arg(text);
}

QString JurisdictionCode::toString() const
{
    if (!isValid())
        return {};
    const int country = int(m_value >> 16) - 1;
    QString text;
    text.reserve(6);
    text.append(QChar(u'A' + country / 26));
    text.append(QChar(u'A' + country % 26));
    int subdivision = int(m_value & SubdivisionMask);
    if (subdivision != 0) {
        text.append(u'-');
        const int digits[3] = {subdivision / (37 * 37), (subdivision / 37) % 37, subdivision % 37};
        for (int digit : digits) {
            if (digit != 0)
                text.append(subdivisionChar(digit));
        }
    }
    return text;
}
