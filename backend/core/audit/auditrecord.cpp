#include "backend/core/audit/auditrecord.h"

#include "backend/core/audit/canonicaljson.h"
#include "backend/core/jsonreader.h"
#include "backend/core/validationerror.h"

#include <QStringList>

namespace {

constexpr char kRecordHexDigits[] = "0123456789abcdef";

QString optionalString(const QJsonObject &json, const QString &key)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString())
        throw ValidationError(key, QStringLiteral("must be a string"));
    return value.toString();
}

QString requiredRecordField(const QJsonObject &json, const QString &key)
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
 * Appends the hash input, keys in RFC 8785 order (UTF-16 code units), to @p out without building
 * a QJsonObject. Every write goes through CanonicalJson's QByteArray appenders, which size the
 * buffer for the text they are given: no budget is computed here, so none can be wrong. A reused
 * @p out (the chain's scratch buffer) allocates nothing once it is warm.
 * @p appendDetails appends the canonical details; @p appendTime the timestamp's characters.
 */
template <typename AppendDetails, typename AppendTime>
void appendHashInputFields(
    QByteArray &out, const HashFields &f, AppendDetails appendDetails, AppendTime appendTime)
{
    using CJ = CanonicalJson;
    CJ::appendRawUtf8(out, f.prevHash);
    out.append("{\"action\":");
    CJ::appendString(out, f.action);
    out.append(",\"actor\":");
    CJ::appendString(out, f.actor);
    out.append(",\"data_class\":");
    CJ::appendString(out, f.dataClass);
    out.append(",\"details\":");
    appendDetails(out);
    out.append(",\"district\":");
    CJ::appendString(out, f.district);
    out.append(",\"from_region\":");
    CJ::appendString(out, f.fromRegion);
    out.append(",\"legal_basis\":");
    CJ::appendString(out, f.legalBasis);
    out.append(",\"prev_hash\":");
    CJ::appendString(out, f.prevHash);
    out.append(",\"rule\":");
    CJ::appendString(out, f.rule);
    out.append(",\"seq\":");
    CJ::appendInteger(out, f.seq);
    out.append(",\"time\":\"");
    appendTime(out);
    out.append("\",\"to_region\":");
    CJ::appendString(out, f.toRegion);
    out.append('}');
}

} // namespace

void AuditRecord::appendHashInput(QByteArray &out) const
{
    appendHashInputFields(
        out,
        {seq, actor, action, district, dataClass, fromRegion, toRegion, rule, legalBasis, prevHash},
        [this](QByteArray &o) { CanonicalJson::appendObject(o, details); },
        [this](QByteArray &o) { CanonicalJson::appendUtcTimestamp(o, time); });
}

void AuditRecord::appendStoredHashInput(QByteArray &out, const StoredAuditRow &r)
{
    // The stored time is written as stored: an edited or reformatted time changes the hash input.
    const QStringView time = QStringView(r.time).left(CanonicalJson::MaxTimestampChars);
    appendHashInputFields(
        out,
        {r.seq, r.actor, r.action, r.district, r.dataClass, r.fromRegion, r.toRegion, r.rule,
            r.legalBasis, r.prevHash},
        [&r](QByteArray &o) { o.append(r.details); },
        [time](QByteArray &o) {
            for (const QChar c : time)
                o.append(c.unicode() < 0x80 ? char(c.unicode()) : '?');
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
        *d++ = QLatin1Char(kRecordHexDigits[byte >> 4]);
        *d++ = QLatin1Char(kRecordHexDigits[byte & 0xF]);
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

    record.time
        = parseIsoTime(requiredRecordField(json, QStringLiteral("time")), QStringLiteral("time"));

    record.actor = requiredRecordField(json, QStringLiteral("actor"));
    record.action = requiredRecordField(json, QStringLiteral("action"));
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

    record.prevHash = requiredRecordField(json, QStringLiteral("prev_hash"));
    if (!isLowerHex64(record.prevHash))
        throw ValidationError(
            QStringLiteral("prev_hash"), QStringLiteral("must be 64 lower-case hex digits"));
    record.hash = requiredRecordField(json, QStringLiteral("hash"));
    if (!isLowerHex64(record.hash))
        throw ValidationError(
            QStringLiteral("hash"), QStringLiteral("must be 64 lower-case hex digits"));
    return record;
}
