#pragma once

// The DR replication wire codecs (issue #24) for tst_wirecodecsfuzz: GET /replication's entries
// and the whole status, each with its invariant.

#include "backend/core/replication/replicationentry.h"
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
}

} // namespace wirecodec
