#pragma once

class AuditLog;
class Router;

/** /audit and /audit/verify: the hash-chained trail. */
class AuditController
{
public:
    explicit AuditController(AuditLog &audit);
    void registerRoutes(Router &router);

private:
    AuditLog &m_audit;
};
