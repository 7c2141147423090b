#pragma once

#include <QDateTime>
#include <QString>

/** Filters of GET /audit; empty/invalid/negative members are left out of the query. */
struct AuditTrailQuery
{
    QString district;
    QDateTime from;
    QDateTime to;
    qint64 afterSeq = -1;
    int limit = 0; // 1..10000; 0 leaves the daemon's default
};
