#pragma once

#include "backend/core/residency/verdict.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

/**
 * One stored object of a district as GET /residency/audit/{district} reports it: where it
 * physically is and the residency verdict on that placement (the daemon's Verdict).
 */
struct AuditObject
{
    QString store; // "directory:/…/stores/us-west", "s3://…"
    QString region;
    QString jurisdiction; // where the store is ("US-OR")
    QString key; // "us-tx-houston/student_pii/roster-copy.csv"
    QString dataClass;
    qint64 size = 0;
    QString sha256;
    QDateTime modified;
    Verdict verdict; // allowed, rule, legal basis, remedy, consents relied on

    bool isViolation() const { return !verdict.allowed; }
    /** Identity within one report: the same key may sit in several regions. */
    QString identity() const { return region + QLatin1Char('\n') + key; }

    /** One element of the report's "objects" (the verdict word and consents included). */
    QJsonObject toJson() const;
    /** Parses one element of the report's "objects"; throws ValidationError naming the field. */
    static AuditObject fromJson(const QJsonObject &json);
    friend bool operator==(const AuditObject &, const AuditObject &) = default;
};
