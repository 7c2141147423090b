#pragma once

#include "backend/core/audit/auditverifyresult.h"

#include <QDateTime>

class AuditLog;
class Router;

/**
 * /audit and /audit/verify: the hash-chained trail. Verification is incremental (only the
 * records since the last verified prefix) and shared: calls within kVerifyReuseMs get the same
 * result, so any number of auditors cost one pass over the new records. A full pass is an
 * admin's `?full=true` (at most one per kFullVerifyIntervalMs) or the hourly schedule.
 */
class AuditController
{
public:
    static constexpr int kVerifyReuseMs = 1000;
    static constexpr int kFullVerifyIntervalMs = 10000;

    explicit AuditController(AuditLog &audit);
    void registerRoutes(Router &router);

private:
    AuditLog &m_audit;
    AuditVerifyResult m_lastResult;
    QDateTime m_lastResultAt;
    qint64 m_lastResultHead = -1;
    QDateTime m_lastFullRequest;
};
