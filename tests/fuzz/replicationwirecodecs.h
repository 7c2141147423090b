#pragma once

// The DR replication wire codecs (issue #24) for tst_wirecodecsfuzz: GET /replication's entries
// and the whole status, each with its invariant.

#include "backend/core/replication/replicationentry.h"
#include "backend/core/residency/erasure.h"
#include "fuzz/wirecodec.h"

namespace wirecodec {

inline QString replicationEntryInvariant(const QJsonObject &, const ReplicationEntry &e)
{
    if (e.targetRegion.isEmpty() && e.remedy.trimmed().isEmpty())
        return QStringLiteral("accepted an entry with neither a target nor a remedy");
    if (e.objects < 0 || e.backlogObjects < 0 || e.lagS < 0)
        return QStringLiteral("accepted a negative count");
    if (!(ReplicationEntry::fromJson(e.toJson()) == e))
        return roundTripFailure(QStringLiteral("replication entry"));
    return {};
}

inline QString replicationStatusInvariant(const QJsonObject &, const ReplicationStatus &s)
{
    if (s.lagTargetS < 1)
        return QStringLiteral("accepted lag_target_s %1").arg(s.lagTargetS);
    if (!(ReplicationStatus::fromJson(s.toJson()) == s))
        return roundTripFailure(QStringLiteral("replication status"));
    return {};
}

inline QString erasureRequestInvariant(const QJsonObject &, const ErasureRequest &r)
{
    if (r.prefix.isEmpty() == r.keys.isEmpty())
        return QStringLiteral("accepted an erasure naming %1")
            .arg(r.keys.isEmpty() ? QStringLiteral("nothing") : QStringLiteral("both"));
    const QString mine = r.district + QLatin1Char('/');
    if (!r.prefix.isEmpty() && !r.prefix.startsWith(mine))
        return QStringLiteral("accepted a prefix of another district");
    for (const QString &key : r.keys)
        if (!key.startsWith(mine))
            return QStringLiteral("accepted a key of another district");
    if (!(ErasureRequest::fromJson(r.toJson()) == r))
        return roundTripFailure(QStringLiteral("erasure request"));
    return {};
}

inline QString erasureInvariant(const QJsonObject &, const Erasure &e)
{
    for (const ErasureItem &item : e.items)
        if (item.deleted != item.verifiedAt.has_value())
            return QStringLiteral("accepted a deletion without its confirmation");
    if (!(Erasure::fromJson(e.toJson()) == e))
        return roundTripFailure(QStringLiteral("erasure"));
    return {};
}

inline void appendReplicationCodecs(QList<WireCodec> &codecs, const QDateTime &t0)
{
    const QStringList entryKeys{QStringLiteral("district"), QStringLiteral("data_class"),
        QStringLiteral("source_region"), QStringLiteral("target_region"),
        QStringLiteral("target_store"), QStringLiteral("reason"), QStringLiteral("remedy"),
        QStringLiteral("objects"), QStringLiteral("bytes"), QStringLiteral("replicated_objects"),
        QStringLiteral("backlog_objects"), QStringLiteral("backlog_bytes"),
        QStringLiteral("oldest_pending_s"), QStringLiteral("lag_s"),
        QStringLiteral("max_lag_24h_s"), QStringLiteral("last_verified")};
    ReplicationEntry copied;
    copied.district = QStringLiteral("de-berlin");
    copied.dataClass = QStringLiteral("student_pii");
    copied.sourceRegion = QStringLiteral("eu-central");
    copied.targetRegion = QStringLiteral("eu-west");
    copied.targetStore = QStringLiteral("s3://rp-dr@http://127.0.0.1:9000");
    copied.reason = QStringLiteral("rule 'gdpr-eu-residency' allows student_pii data in eu-west");
    copied.remedy = QStringLiteral("-");
    copied.objects = 12;
    copied.bytes = 40960;
    copied.replicatedObjects = 11;
    copied.backlogObjects = 1;
    copied.backlogBytes = 4096;
    copied.oldestPendingS = 4;
    copied.lagS = 4;
    copied.maxLag24hS = 38;
    copied.lastVerified = t0;
    ReplicationEntry none;
    none.district = QStringLiteral("us-tx-houston");
    none.dataClass = QStringLiteral("student_pii");
    none.sourceRegion = QStringLiteral("us-east");
    none.reason = QStringLiteral("the policy allows student_pii data in no store outside us-east");
    none.remedy = QStringLiteral("add a replica store in US-TX outside region us-east, or record "
                                 "a consent of the district naming region us-west");
    none.objects = 3;
    none.bytes = 999;

    WireCodec entry{QStringLiteral("replicationentry"), entryKeys,
        {QStringLiteral("district"), QStringLiteral("data_class"), QStringLiteral("source_region"),
            QStringLiteral("objects"), QStringLiteral("bytes"),
            QStringLiteral("replicated_objects"), QStringLiteral("backlog_objects"),
            QStringLiteral("backlog_bytes"), QStringLiteral("oldest_pending_s"),
            QStringLiteral("lag_s"), QStringLiteral("max_lag_24h_s")},
        {copied.toJson(), none.toJson()}, {}, {}, {}};
    entry.check = checker<ReplicationEntry>(
        entry.keys, &ReplicationEntry::fromJson, replicationEntryInvariant);
    codecs.append(entry);

    ReplicationStatus status;
    status.entries = {copied, none};
    status.lagTargetS = 60;
    status.scannedAt = t0;
    WireCodec whole{QStringLiteral("replicationstatus"),
        entryKeys
            + QStringList{QStringLiteral("entries"), QStringLiteral("lag_target_s"),
                QStringLiteral("scanned_at")},
        {QStringLiteral("entries"), QStringLiteral("lag_target_s")}, {status.toJson()}, {}, {}, {}};
    whole.check = checker<ReplicationStatus>(
        whole.keys, &ReplicationStatus::fromJson, replicationStatusInvariant);
    codecs.append(whole);

    WireCodec erasureRequest{QStringLiteral("erasurerequest"),
        {QStringLiteral("district"), QStringLiteral("prefix"), QStringLiteral("keys")},
        {QStringLiteral("district")},
        {QJsonDocument::fromJson(R"({"district":"de-munich","prefix":"de-munich/student_pii/"})")
                .object(),
            QJsonDocument::fromJson(R"({"district":"fr-lyon","keys":["fr-lyon/eu_personal/a.csv",
                "fr-lyon/student_pii/2024/b.csv"]})")
                .object()},
        {}, {}, {}};
    erasureRequest.check = checker<ErasureRequest>(
        erasureRequest.keys, &ErasureRequest::fromJson, erasureRequestInvariant);
    codecs.append(erasureRequest);

    Erasure erasure;
    erasure.id = QStringLiteral("e-1");
    erasure.request.district = QStringLiteral("de-munich");
    erasure.request.prefix = QStringLiteral("de-munich/student_pii/");
    erasure.actor = QStringLiteral("operator:t-1");
    erasure.state = Erasure::State::Pending;
    erasure.created = t0;
    erasure.attempts = 3;
    erasure.items = {{QStringLiteral("eu-central"), QStringLiteral("directory:/s/eu-central"),
                         false, QStringLiteral("de-munich/student_pii/r.csv"), true, t0, {}},
        {QStringLiteral("eu-west"), QStringLiteral("s3://rp-dr@http://127.0.0.1:9000"), true,
            QStringLiteral("de-munich/student_pii/r.csv"), false, std::nullopt,
            QStringLiteral("store unreachable: connection refused")}};
    WireCodec erasureRecord{QStringLiteral("erasure"),
        {QStringLiteral("id"), QStringLiteral("request"), QStringLiteral("actor"),
            QStringLiteral("state"), QStringLiteral("created"), QStringLiteral("finished"),
            QStringLiteral("items"), QStringLiteral("deleted"), QStringLiteral("attempts"),
            QStringLiteral("district"), QStringLiteral("prefix"), QStringLiteral("keys"),
            QStringLiteral("region"), QStringLiteral("store"), QStringLiteral("copy"),
            QStringLiteral("key"), QStringLiteral("verified_at"), QStringLiteral("error")},
        {QStringLiteral("id"), QStringLiteral("request"), QStringLiteral("state"),
            QStringLiteral("created"), QStringLiteral("items")},
        {erasure.toJson()}, {}, {}, {}};
    erasureRecord.check
        = checker<Erasure>(erasureRecord.keys, &Erasure::fromJson, erasureInvariant);
    codecs.append(erasureRecord);
}

} // namespace wirecodec
