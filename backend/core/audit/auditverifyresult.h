#pragma once

#include <QJsonObject>
#include <QString>

/** The outcome of verifying an audit chain (or a stretch of one). */
struct AuditVerifyResult
{
    enum class Failure {
        None,
        HashMismatch, // a record's fields do not hash to its stored hash (edited in place)
        BrokenLink, // a record's prev_hash is not the previous record's hash
        SeqGap, // sequence numbers skip: records are missing
        Reordered, // a sequence number arrives after a later one (moved or duplicated rows)
    };

    bool ok = true;
    qint64 recordsChecked = 0; // records verified good before the first failure (all if ok)
    qint64 firstBadSeq = -1; // the sequence number where the chain first fails, -1 if ok
    Failure failure = Failure::None;
    QString reason; // human-readable detail, empty if ok
    qint64 lastSeq = 0; // seq of the last good record (the chain head when ok)
    QString headHash; // hash of the last good record; compare with an external anchor
                      // to detect a truncated tail, which no chain can reveal by itself

    bool operator==(const AuditVerifyResult &) const = default;

    /** Returns "hash_mismatch", "broken_link", "seq_gap", "reordered" or "" for None. */
    static QString failureName(Failure failure)
    {
        switch (failure) {
        case Failure::None:
            break;
        case Failure::HashMismatch:
            return QStringLiteral("hash_mismatch");
        case Failure::BrokenLink:
            return QStringLiteral("broken_link");
        case Failure::SeqGap:
            return QStringLiteral("seq_gap");
        case Failure::Reordered:
            return QStringLiteral("reordered");
        }
        return {};
    }

    /** Parses toJson()'s shape (also the body of GET /audit/verify); throws ValidationError. */
    static AuditVerifyResult fromJson(const QJsonObject &json);

    /** Returns {"ok", "records_checked", "first_bad_seq" (null if ok), "failure", "reason",
     *  "last_seq", "head_hash"}. */
    QJsonObject toJson() const
    {
        return {
            {QStringLiteral("ok"), ok},
            {QStringLiteral("records_checked"), recordsChecked},
            {QStringLiteral("first_bad_seq"), ok ? QJsonValue() : QJsonValue(firstBadSeq)},
            {QStringLiteral("failure"), failureName(failure)},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("last_seq"), lastSeq},
            {QStringLiteral("head_hash"), headHash},
        };
    }
};
