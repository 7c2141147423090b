#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

/**
 * The DR state of one district's data of one class held in one source region: where its copy
 * goes (or why it has none, and the remedy), how much is copied, and how far behind the copy is.
 * GET /replication's entries (docs/api.md, Replication).
 */
struct ReplicationEntry
{
    QString district;
    QString dataClass;
    QString sourceRegion;
    QString targetRegion; // "" on the wire as null: no allowed DR place
    QString targetStore;
    QString reason;
    QString remedy; // "" when there is a target
    qint64 objects = 0; // at the source, as of the last scan
    qint64 bytes = 0;
    qint64 replicatedObjects = 0; // with a verified copy at the target
    qint64 backlogObjects = 0;
    qint64 backlogBytes = 0;
    qint64 oldestPendingS = 0; // 0 when nothing is pending
    qint64 lagS = 0; // how far the copy is behind now: the oldest pending change's age
    qint64 maxLag24hS = 0; // the worst lag of a copy or a pending change over 24 h
    std::optional<QDateTime> lastVerified; // the newest copy verified at the target

    QJsonObject toJson() const;
    /** Strict: unknown keys, a missing field or a negative count refused (ValidationError). */
    static ReplicationEntry fromJson(const QJsonObject &json);
    bool operator==(const ReplicationEntry &) const = default;
};

/** GET /replication: {"entries": [...], "lag_target_s", "scanned_at"}. */
struct ReplicationStatus
{
    QList<ReplicationEntry> entries;
    qint64 lagTargetS = 60;
    std::optional<QDateTime> scannedAt; // the last complete scan of every source store

    QJsonObject toJson() const;
    static ReplicationStatus fromJson(const QJsonObject &json);
    bool operator==(const ReplicationStatus &) const = default;
};
