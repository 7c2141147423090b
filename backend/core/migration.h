#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

/**
 * One object of a residency migration. Its state only moves forward:
 * pending → copied → verified → committed (audit record written) → deleted (source removed);
 * or, when cancelled/refused before commit, → rolled_back (target copy removed, source kept).
 */
struct MigrationItem
{
    QString key;
    QString dataClass;
    qint64 size = 0;
    QString sha256;
    QString state = QStringLiteral("pending");
    QString rule; // the residency rule that allowed the target

    QJsonObject toJson() const;
    bool operator==(const MigrationItem &) const = default;
};

/** A move of a district's objects from one region's store to another's (wire + stored shape). */
struct Migration
{
    QString id;
    QString district;
    QString fromRegion;
    QString toRegion;
    QString state = QStringLiteral("pending"); // pending|running|done|failed|rolled_back
    QString actor;
    QString error;
    bool cancelRequested = false;
    QDateTime createdAt;
    QDateTime updatedAt;
    QList<MigrationItem> items;

    /** Items whose state is @p state. */
    int count(const QString &state) const;
    bool isFinished() const;
    /** Wire shape of GET /residency/migrations/{id}, with progress counts and per-object states. */
    QJsonObject toJson() const;
    /** Parses the wire shape (console side); throws ValidationError. */
    static Migration fromJson(const QJsonObject &json);
};
