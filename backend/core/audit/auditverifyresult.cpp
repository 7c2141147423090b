#include "backend/core/audit/auditverifyresult.h"

#include "backend/core/jsonreader.h"
#include "backend/core/validationerror.h"

namespace {

AuditVerifyResult::Failure failureFromName(const QString &name)
{
    using F = AuditVerifyResult::Failure;
    for (const auto f : {F::HashMismatch, F::BrokenLink, F::SeqGap, F::Reordered}) {
        if (AuditVerifyResult::failureName(f) == name)
            return f;
    }
    return F::None;
}

} // namespace

AuditVerifyResult AuditVerifyResult::fromJson(const QJsonObject &json)
{
    const JsonReader r(json);
    AuditVerifyResult chain;
    const auto ok = r.optionalBool(QStringLiteral("ok"));
    if (!ok)
        throw ValidationError(QStringLiteral("ok"), QStringLiteral("is required"));
    chain.ok = *ok;
    chain.recordsChecked = r.optionalInt(QStringLiteral("records_checked")).value_or(0);
    chain.firstBadSeq = r.optionalInt(QStringLiteral("first_bad_seq")).value_or(-1);
    chain.failure
        = failureFromName(r.optionalString(QStringLiteral("failure")).value_or(QString()));
    chain.reason = r.optionalString(QStringLiteral("reason")).value_or(QString());
    chain.lastSeq = r.optionalInt(QStringLiteral("last_seq")).value_or(0);
    chain.headHash = r.optionalString(QStringLiteral("head_hash")).value_or(QString());
    return chain;
}
