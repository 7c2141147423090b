#pragma once

#include "backend/core/audit/sha256.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

/**
 * One append-only audit entry. The chain links records by hash:
 *   hash = lower-case hex SHA-256( UTF-8(prevHash) ‖ canonicalJson() )
 * where canonicalJson() is the RFC 8785 form (see CanonicalJson) of every field but `hash`:
 *   {"action","actor","data_class","details","district","from_region","legal_basis",
 *    "prev_hash","rule","seq","time","to_region"}
 * with time as "yyyy-MM-ddTHH:mm:ss.zzzZ" (UTC, milliseconds) and absent text as "".
 * The wire shape (GET /audit) is the same object plus "hash".
 */
/**
 * A record as a store keeps it: text columns, the time already in canonical form and details as
 * canonical JSON bytes. Verifying this form hashes the stored bytes without parsing them, so a
 * million rows verify in about a second; any edit still changes the hash input.
 */
struct StoredAuditRow
{
    qint64 seq = 0;
    QString time; // "yyyy-MM-ddTHH:mm:ss.zzzZ"
    QString actor;
    QString action;
    QString district;
    QString dataClass;
    QString fromRegion;
    QString toRegion;
    QString rule;
    QString legalBasis;
    QByteArray details; // canonical JSON of the details object
    QString prevHash;
    QString hash;
};

struct AuditRecord
{
    qint64 seq = 0; // 1 for the first record of a chain
    QDateTime time; // UTC, millisecond precision
    QString actor; // "user:alice", "system:failover", …
    QString action; // "migration.commit", "consent.create", "pod.scale", …
    QString district; // district id, "" if none
    QString dataClass; // "student_pii", …, "" if none
    QString fromRegion;
    QString toRegion;
    QString rule; // residency rule id that allowed the action, if any
    QString legalBasis;
    QJsonObject details; // object refs, checksums, counts …
    QString prevHash; // 64 hex digits; 64 zeros for the first record
    QString hash;

    /** Appends the hash input of a stored row; equals appendHashInput() of the record it stores
     *  when its time and details are in canonical form. */
    static void appendStoredHashInput(QByteArray &out, const StoredAuditRow &row);
    /** Returns the stored form of this record (canonical time and details). */
    StoredAuditRow toStored() const;

    /** Returns the canonical JSON (UTF-8) of every field but hash. */
    QByteArray canonicalJson() const;
    /** Appends UTF-8(prevHash) ‖ canonicalJson() — the hash input — to @p out. */
    void appendHashInput(QByteArray &out) const;
    /** Returns the SHA-256 of the hash input; @p scratch is reused to avoid allocations. */
    Sha256::Digest computeDigest(QByteArray &scratch, Sha256 &sha) const;
    /** Returns the lower-case hex hash this record should carry given its other fields. */
    QString computeHash() const;

    /** Returns the wire shape (all fields, including hash). */
    QJsonObject toJson() const;
    /** Parses the wire shape; throws ValidationError naming the bad field. */
    static AuditRecord fromJson(const QJsonObject &json);

    friend bool operator==(const AuditRecord &, const AuditRecord &) = default;
};
