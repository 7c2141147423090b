#pragma once

#include "backend/core/audit/auditrecord.h"
#include "backend/core/audit/auditverifyresult.h"
#include "backend/core/district.h"
#include "backend/core/residency/auditobject.h"
#include "backend/core/residency/consent.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>

/**
 * One district's residency audit (GET /residency/audit/{district}): every stored object with
 * its verdict, the totals, stores that could not be listed, the district's audit trail and the
 * verification of the whole hash chain.
 */
struct AuditReport
{
    struct StoreError
    {
        QString region;
        QString error;
        friend bool operator==(const StoreError &, const StoreError &) = default;
    };
    /** Per-region counts of this district's objects (for map badges). */
    struct RegionCounts
    {
        int objects = 0;
        int violating = 0;
        qint64 bytes = 0;
    };

    District district;
    QDateTime generatedAt;
    QList<AuditObject> objects;
    int totalObjects = 0;
    int compliant = 0;
    int violating = 0;
    qint64 bytes = 0;
    QList<StoreError> storeErrors;
    QList<AuditRecord> trail;
    AuditVerifyResult chain;
    /** The consents the compliant verdicts rely on ("consents"), so the evidence can name the
     *  agreement that makes each such placement lawful. */
    QList<Consent> consents;

    /** The consent with @p id among consents, or nullptr. */
    const Consent *consent(const QString &id) const;

    bool isCompliant() const { return violating == 0 && storeErrors.isEmpty(); }
    /** The objects in violation, in report order. */
    QList<AuditObject> violations() const;
    /** Counts by region id, for regions that hold at least one object. */
    QHash<QString, RegionCounts> countsByRegion() const;

    /** Parses the daemon's JSON report; throws ValidationError naming the field
     *  ("objects[3].region"). */
    static AuditReport fromJson(const QJsonObject &json);
    /** The wire shape (docs/api.md, GET /residency/audit/{district}). */
    QJsonObject toJson() const;
    /** The objects as CSV (RFC 4180, one header line); cells that a spreadsheet would run as a
     *  formula (= + - @) are neutralised with a leading quote. */
    QByteArray toCsv() const;
};
