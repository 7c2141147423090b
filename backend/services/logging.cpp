#include "backend/services/logging.h"

Q_LOGGING_CATEGORY(lcPods, "rp.pods", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHealth, "rp.health", QtInfoMsg)
Q_LOGGING_CATEGORY(lcResidency, "rp.residency", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAudit, "rp.audit", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMigrate, "rp.migrate", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRouting, "rp.routing", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTraffic, "rp.traffic", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDrills, "rp.drills", QtInfoMsg)
Q_LOGGING_CATEGORY(lcReplication, "rp.replication", QtInfoMsg)
