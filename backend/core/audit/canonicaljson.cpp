#include "backend/core/audit/canonicaljson.h"

#include <QCborValue>
#include <QJsonArray>
#include <QJsonObject>
#include <QVarLengthArray>

#include <algorithm>
#include <charconv>
#include <cmath>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace {

constexpr char kJsonHexDigits[] = "0123456789abcdef";

#ifdef __SSE2__
// Copies the leading run of ASCII that needs no escaping, 8 UTF-16 units at a time; audit
// records are almost entirely such text, and this loop is most of the hashing cost otherwise.
qsizetype copyPlainAscii(char *&d, const char16_t *p, qsizetype i, qsizetype n, bool escape)
{
    const __m128i nonAscii = _mm_set1_epi16(short(0xFF80));
    const __m128i space = _mm_set1_epi16(0x20);
    const __m128i quote = _mm_set1_epi16(u'"');
    const __m128i backslash = _mm_set1_epi16(u'\\');
    const __m128i zero = _mm_setzero_si128();
    while (i + 8 <= n) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + i));
        __m128i special
            = _mm_xor_si128(_mm_cmpeq_epi16(_mm_and_si128(v, nonAscii), zero), _mm_set1_epi16(-1));
        if (escape) {
            special = _mm_or_si128(special, _mm_cmplt_epi16(v, space));
            special = _mm_or_si128(special, _mm_cmpeq_epi16(v, quote));
            special = _mm_or_si128(special, _mm_cmpeq_epi16(v, backslash));
        }
        if (_mm_movemask_epi8(special) != 0)
            break;
        _mm_storel_epi64(reinterpret_cast<__m128i *>(d), _mm_packus_epi16(v, v));
        d += 8;
        i += 8;
    }
    return i;
}
#endif

// Writes one UTF-16 string as UTF-8 into @p d; escapes JSON specials when @p escape is set.
char *writeUtf8(char *d, QStringView text, bool escape)
{
    const char16_t *p = text.utf16();
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
#ifdef __SSE2__
        i = copyPlainAscii(d, p, i, n, escape);
        if (i == n)
            break;
#endif
        const char16_t c = p[i];
        if (c < 0x80) {
            if (!escape || (c >= 0x20 && c != u'"' && c != u'\\')) {
                *d++ = char(c);
                continue;
            }
            *d++ = '\\';
            switch (c) {
            case u'"':
                *d++ = '"';
                break;
            case u'\\':
                *d++ = '\\';
                break;
            case u'\b':
                *d++ = 'b';
                break;
            case u'\t':
                *d++ = 't';
                break;
            case u'\n':
                *d++ = 'n';
                break;
            case u'\f':
                *d++ = 'f';
                break;
            case u'\r':
                *d++ = 'r';
                break;
            default:
                *d++ = 'u';
                *d++ = '0';
                *d++ = '0';
                *d++ = kJsonHexDigits[(c >> 4) & 0xF];
                *d++ = kJsonHexDigits[c & 0xF];
                break;
            }
        } else if (c < 0x800) {
            *d++ = char(0xC0 | (c >> 6));
            *d++ = char(0x80 | (c & 0x3F));
        } else if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(p[i + 1])) {
            const char32_t cp = QChar::surrogateToUcs4(c, p[i + 1]);
            ++i;
            *d++ = char(0xF0 | (cp >> 18));
            *d++ = char(0x80 | ((cp >> 12) & 0x3F));
            *d++ = char(0x80 | ((cp >> 6) & 0x3F));
            *d++ = char(0x80 | (cp & 0x3F));
        } else {
            const char16_t unit = QChar::isSurrogate(c) ? char16_t(0xFFFD) : c;
            *d++ = char(0xE0 | (unit >> 12));
            *d++ = char(0x80 | ((unit >> 6) & 0x3F));
            *d++ = char(0x80 | (unit & 0x3F));
        }
    }
    return d;
}

// The most bytes writeUtf8() produces for @p units UTF-16 units, quotes included: 6 per unit
// ("\u001f"); a surrogate pair needs only 4 for its 2 units, a lone surrogate 3 (U+FFFD).
constexpr qsizetype maxUtf8Bytes(qsizetype units)
{
    return units * 6 + 2;
}

// The only place that writes through a raw pointer: the room is reserved here, for this text,
// right before the write, and what was not used is given back.
void appendText(QByteArray &out, QStringView text, bool escape, bool quote)
{
    const qsizetype start = out.size();
    const qsizetype room = maxUtf8Bytes(text.size());
    out.resize(start + room);
    char *begin = out.data();
    char *d = begin + start;
    if (quote)
        *d++ = '"';
    d = writeUtf8(d, text, escape);
    if (quote)
        *d++ = '"';
    Q_ASSERT(d - begin <= start + room);
    out.truncate(d - begin);
}

void appendTwoDigits(char *d, int value)
{
    d[0] = char('0' + value / 10);
    d[1] = char('0' + value % 10);
}

} // namespace

QByteArray CanonicalJson::serialize(const QJsonValue &value)
{
    QByteArray out;
    append(out, value);
    return out;
}

void CanonicalJson::append(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out.append("null");
        return;
    case QJsonValue::Bool:
        out.append(value.toBool() ? "true" : "false");
        return;
    case QJsonValue::Double: {
        // Up to 2^53 a double prints as its integer, exactly as ECMAScript does. Beyond that,
        // QJsonValue may hold an exact qint64; rounding it through double would let two
        // different integers canonicalise — and hash — the same.
        const double d = value.toDouble();
        if (std::abs(d) < 9007199254740992.0 && d == std::trunc(d) && d != 0) {
            appendInteger(out, qint64(d));
            return;
        }
        const QCborValue cbor = QCborValue::fromJsonValue(value);
        if (cbor.isInteger())
            appendInteger(out, cbor.toInteger());
        else
            appendDouble(out, d);
        return;
    }
    case QJsonValue::String:
        appendString(out, value.toString());
        return;
    case QJsonValue::Array: {
        out.append('[');
        const QJsonArray array = value.toArray();
        bool first = true;
        for (const QJsonValue &element : array) {
            if (!first)
                out.append(',');
            first = false;
            append(out, element);
        }
        out.append(']');
        return;
    }
    case QJsonValue::Object:
        appendObject(out, value.toObject());
        return;
    }
}

void CanonicalJson::appendObject(QByteArray &out, const QJsonObject &object)
{
    // One pass collects the members (QJsonObject usually keeps them sorted already); sorting is
    // only paid when needed. QString's operator< compares UTF-16 code units: RFC 8785's order.
    QVarLengthArray<std::pair<QString, QJsonValue>, 16> members;
    bool sorted = true;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        members.append({it.key(), it.value()});
        if (members.size() > 1 && !(members[members.size() - 2].first < members.back().first))
            sorted = false;
    }
    if (!sorted) {
        std::sort(members.begin(), members.end(),
            [](const auto &a, const auto &b) { return a.first < b.first; });
    }
    out.append('{');
    bool first = true;
    for (const auto &[key, member] : members) {
        if (!first)
            out.append(',');
        first = false;
        appendString(out, key);
        out.append(':');
        append(out, member);
    }
    out.append('}');
}

void CanonicalJson::appendString(QByteArray &out, QStringView text)
{
    appendText(out, text, true, true);
}

void CanonicalJson::appendRawUtf8(QByteArray &out, QStringView text)
{
    appendText(out, text, false, false);
}

void CanonicalJson::appendInteger(QByteArray &out, qint64 value)
{
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof(buffer), value);
    out.append(buffer, result.ptr - buffer);
}

void CanonicalJson::appendDouble(QByteArray &out, double value)
{
    if (!std::isfinite(value)) {
        out.append("null");
        return;
    }
    if (value == 0) { // covers -0, which ECMAScript prints as "0"
        out.append('0');
        return;
    }
    // Shortest round-trip digits and exponent, then ECMAScript's Number::toString layout.
    char buffer[32];
    const auto result
        = std::to_chars(buffer, buffer + sizeof(buffer), value, std::chars_format::scientific);
    const char *p = buffer;
    const char *end = result.ptr;
    if (*p == '-') {
        out.append('-');
        ++p;
    }
    char digits[20];
    int k = 0;
    while (p < end && *p != 'e') {
        if (*p != '.')
            digits[k++] = *p;
        ++p;
    }
    int exponent = 0;
    std::from_chars(p + 1 + (p[1] == '+' ? 1 : 0), end, exponent);
    const int n = exponent + 1; // position of the decimal point relative to the digits

    if (k <= n && n <= 21) {
        out.append(digits, k);
        out.append(QByteArray(n - k, '0'));
    } else if (0 < n && n <= 21) {
        out.append(digits, n);
        out.append('.');
        out.append(digits + n, k - n);
    } else if (-6 < n && n <= 0) {
        out.append("0.");
        out.append(QByteArray(-n, '0'));
        out.append(digits, k);
    } else {
        out.append(digits[0]);
        if (k > 1) {
            out.append('.');
            out.append(digits + 1, k - 1);
        }
        out.append('e');
        out.append(n - 1 >= 0 ? '+' : '-');
        appendInteger(out, std::abs(n - 1));
    }
}

void CanonicalJson::appendUtcTimestamp(QByteArray &out, const QDateTime &time)
{
    if (!time.isValid())
        return;
    const qint64 msecs = time.toMSecsSinceEpoch();
    constexpr qint64 MsPerDay = 86400000;
    qint64 days = msecs / MsPerDay;
    qint64 msOfDay = msecs % MsPerDay;
    if (msOfDay < 0) {
        msOfDay += MsPerDay;
        --days;
    }
    // Civil date from days since 1970-01-01 (H. Hinnant's algorithm), proleptic Gregorian.
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int day = int(doy - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 0 || year > 9999) {
        // Outside four-digit years (never in practice): Qt's form, cut to the promised size.
        out.append(time.toUTC().toString(Qt::ISODateWithMs).toLatin1().left(MaxTimestampChars));
        return;
    }
    const int ms = int(msOfDay % 1000);
    const int seconds = int(msOfDay / 1000);
    char text[24];
    appendTwoDigits(text, int(year / 100));
    appendTwoDigits(text + 2, int(year % 100));
    text[4] = '-';
    appendTwoDigits(text + 5, month);
    text[7] = '-';
    appendTwoDigits(text + 8, day);
    text[10] = 'T';
    appendTwoDigits(text + 11, seconds / 3600);
    text[13] = ':';
    appendTwoDigits(text + 14, (seconds / 60) % 60);
    text[16] = ':';
    appendTwoDigits(text + 17, seconds % 60);
    text[19] = '.';
    text[20] = char('0' + ms / 100);
    appendTwoDigits(text + 21, ms % 100);
    text[23] = 'Z';
    out.append(text, sizeof text);
}

QString CanonicalJson::utcTimestamp(const QDateTime &time)
{
    QByteArray out;
    appendUtcTimestamp(out, time);
    return QString::fromLatin1(out);
}
