#include "backend/core/audit/auditrecord.h"

#include "backend/core/audit/canonicaljson.h"
#include "backend/core/validationerror.h"

#include <QStringList>

#include <cstring>

namespace {

constexpr char HexDigits[] = "0123456789abcdef";

template <size_t N> char *literal(char *d, const char (&text)[N])
{
    std::memcpy(d, text, N - 1);
    return d + N - 1;
}

QString optionalString(const QJsonObject &json, const QString &key)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString())
        throw ValidationError(key, QStringLiteral("must be a string"));
    return value.toString();
}

QString requiredString(const QJsonObject &json, const QString &key)
{
    if (json.value(key).isUndefined())
        throw ValidationError(key, QStringLiteral("is required"));
    const QString value = optionalString(json, key);
    if (value.isEmpty())
        throw ValidationError(key, QStringLiteral("must not be empty"));
    return value;
}

bool isLowerHex64(const QString &text)
{
    if (text.size() != 64)
        return false;
    for (QChar c : text) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

} // namespace

namespace {

/** The text fields of a record, whichever form it comes in. */
struct HashFields
{
    qint64 seq;
    QStringView actor, action, district, dataClass, fromRegion, toRegion, rule, legalBasis,
        prevHash;
};

/**
 * Writes the hash input with keys in RFC 8785 order (UTF-16 code units) straight into one buffer
 * sized for the worst case: no QJsonObject is built and nothing is allocated once it is warm.
 * @p appendDetails appends the canonical details; @p writeTime writes the timestamp's characters.
 */
template <typename AppendDetails, typename WriteTime>
void writeHashInput(
    QByteArray &out, const HashFields &f, AppendDetails appendDetails, WriteTime writeTime)
{
    using CJ = CanonicalJson;

    qsizetype start = out.size();
    // The key literals of this part ({"action":,"actor":,"data_class":,"details":) take 44
    // bytes; budget them in full, never borrowing from a field's allowance (an empty prev_hash
    // in a tampered row has none).
    out.resize(start + CJ::maxStringBytes(f.prevHash.size()) + CJ::maxStringBytes(f.action.size())
        + CJ::maxStringBytes(f.actor.size()) + CJ::maxStringBytes(f.dataClass.size()) + 64);
    char *d = out.data() + start;
    d = CJ::writeRawUtf8(d, f.prevHash);
    d = literal(d, "{\"action\":");
    d = CJ::writeString(d, f.action);
    d = literal(d, ",\"actor\":");
    d = CJ::writeString(d, f.actor);
    d = literal(d, ",\"data_class\":");
    d = CJ::writeString(d, f.dataClass);
    d = literal(d, ",\"details\":");
    out.truncate(d - out.constData());
    appendDetails(out);

    start = out.size();
    out.resize(start + CJ::maxStringBytes(f.district.size())
        + CJ::maxStringBytes(f.fromRegion.size()) + CJ::maxStringBytes(f.legalBasis.size())
        + CJ::maxStringBytes(f.prevHash.size()) + CJ::maxStringBytes(f.rule.size())
        + CJ::maxStringBytes(f.toRegion.size()) + CJ::MaxTimestampBytes + 160);
    d = out.data() + start;
    d = literal(d, ",\"district\":");
    d = CJ::writeString(d, f.district);
    d = literal(d, ",\"from_region\":");
    d = CJ::writeString(d, f.fromRegion);
    d = literal(d, ",\"legal_basis\":");
    d = CJ::writeString(d, f.legalBasis);
    d = literal(d, ",\"prev_hash\":");
    d = CJ::writeString(d, f.prevHash);
    d = literal(d, ",\"rule\":");
    d = CJ::writeString(d, f.rule);
    d = literal(d, ",\"seq\":");
    d = CJ::writeInteger(d, f.seq);
    d = literal(d, ",\"time\":\"");
    d = writeTime(d);
    d = literal(d, "\",\"to_region\":");
    d = CJ::writeString(d, f.toRegion);
    *d++ = '}';
    out.truncate(d - out.constData());
}

} // namespace

void AuditRecord::appendHashInput(QByteArray &out) const
{
    writeHashInput(
        out,
        {seq, actor, action, district, dataClass, fromRegion, toRegion, rule, legalBasis, prevHash},
        [this](QByteArray &o) { CanonicalJson::appendObject(o, details); },
        [this](char *d) { return CanonicalJson::writeUtcTimestamp(d, time); });
}

void AuditRecord::appendStoredHashInput(QByteArray &out, const StoredAuditRow &r)
{
    // The stored time is written as stored: an edited or reformatted time changes the hash input.
    const QStringView time = QStringView(r.time).left(CanonicalJson::MaxTimestampBytes);
    writeHashInput(
        out,
        {r.seq, r.actor, r.action, r.district, r.dataClass, r.fromRegion, r.toRegion, r.rule,
            r.legalBasis, r.prevHash},
        [&r](QByteArray &o) { o.append(r.details); },
        [time](char *d) {
            for (const QChar c : time)
                *d++ = c.unicode() < 0x80 ? char(c.unicode()) : '?';
            return d;
        });
}

StoredAuditRow AuditRecord::toStored() const
{
    return {seq, CanonicalJson::utcTimestamp(time), actor, action, district, dataClass, fromRegion,
        toRegion, rule, legalBasis, CanonicalJson::serialize(details), prevHash, hash};
}

QByteArray AuditRecord::canonicalJson() const
{
    QByteArray input;
    appendHashInput(input);
    QByteArray prefix;
    CanonicalJson::appendRawUtf8(prefix, prevHash);
    return input.mid(prefix.size());
}

Sha256::Digest AuditRecord::computeDigest(QByteArray &scratch, Sha256 &sha) const
{
    scratch.truncate(0);
    appendHashInput(scratch);
    sha.reset();
    sha.addData(scratch);
    return sha.result();
}

QString AuditRecord::computeHash() const
{
    QByteArray scratch;
    Sha256 sha;
    const Sha256::Digest digest = computeDigest(scratch, sha);
    QString hex(64, Qt::Uninitialized);
    QChar *d = hex.data();
    for (unsigned char byte : digest) {
        *d++ = QLatin1Char(HexDigits[byte >> 4]);
        *d++ = QLatin1Char(HexDigits[byte & 0xF]);
    }
    return hex;
}

QJsonObject AuditRecord::toJson() const
{
    return {
        {QStringLiteral("seq"), seq},
        {QStringLiteral("time"), CanonicalJson::utcTimestamp(time)},
        {QStringLiteral("actor"), actor},
        {QStringLiteral("action"), action},
        {QStringLiteral("district"), district},
        {QStringLiteral("data_class"), dataClass},
        {QStringLiteral("from_region"), fromRegion},
        {QStringLiteral("to_region"), toRegion},
        {QStringLiteral("rule"), rule},
        {QStringLiteral("legal_basis"), legalBasis},
        {QStringLiteral("details"), details},
        {QStringLiteral("prev_hash"), prevHash},
        {QStringLiteral("hash"), hash},
    };
}

AuditRecord AuditRecord::fromJson(const QJsonObject &json)
{
    static const QStringList known{
        QStringLiteral("seq"),
        QStringLiteral("time"),
        QStringLiteral("actor"),
        QStringLiteral("action"),
        QStringLiteral("district"),
        QStringLiteral("data_class"),
        QStringLiteral("from_region"),
        QStringLiteral("to_region"),
        QStringLiteral("rule"),
        QStringLiteral("legal_basis"),
        QStringLiteral("details"),
        QStringLiteral("prev_hash"),
        QStringLiteral("hash"),
    };
    // An unknown field would not be covered by the hash, so it is refused rather than dropped.
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key()))
            throw ValidationError(
                ValidationError::keyName(it.key()), QStringLiteral("unknown field"));
    }

    AuditRecord record;
    const QJsonValue seq = json.value(QLatin1StringView("seq"));
    if (seq.isUndefined())
        throw ValidationError(QStringLiteral("seq"), QStringLiteral("is required"));
    if (!seq.isDouble() || seq.toDouble() != double(seq.toInteger(-1)) || seq.toInteger(-1) < 0)
        throw ValidationError(
            QStringLiteral("seq"), QStringLiteral("must be a non-negative integer"));
    record.seq = seq.toInteger();

    const QString time = requiredString(json, QStringLiteral("time"));
    record.time = QDateTime::fromString(time, Qt::ISODateWithMs);
    if (!record.time.isValid() || record.time.timeSpec() == Qt::LocalTime) {
        throw ValidationError(QStringLiteral("time"),
            QStringLiteral("'%1' is not an ISO 8601 UTC date-time").arg(time));
    }
    record.time = record.time.toUTC();

    record.actor = requiredString(json, QStringLiteral("actor"));
    record.action = requiredString(json, QStringLiteral("action"));
    record.district = optionalString(json, QStringLiteral("district"));
    record.dataClass = optionalString(json, QStringLiteral("data_class"));
    record.fromRegion = optionalString(json, QStringLiteral("from_region"));
    record.toRegion = optionalString(json, QStringLiteral("to_region"));
    record.rule = optionalString(json, QStringLiteral("rule"));
    record.legalBasis = optionalString(json, QStringLiteral("legal_basis"));

    const QJsonValue details = json.value(QLatin1StringView("details"));
    if (!details.isUndefined() && !details.isNull()) {
        if (!details.isObject())
            throw ValidationError(QStringLiteral("details"), QStringLiteral("must be an object"));
        record.details = details.toObject();
    }

    record.prevHash = requiredString(json, QStringLiteral("prev_hash"));
    if (!isLowerHex64(record.prevHash))
        throw ValidationError(
            QStringLiteral("prev_hash"), QStringLiteral("must be 64 lower-case hex digits"));
    record.hash = requiredString(json, QStringLiteral("hash"));
    if (!isLowerHex64(record.hash))
        throw ValidationError(
            QStringLiteral("hash"), QStringLiteral("must be 64 lower-case hex digits"));
    return record;
}
