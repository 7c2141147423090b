#include "backend/services/logging.h"

Q_LOGGING_CATEGORY(lcPods, "rp.pods")
Q_LOGGING_CATEGORY(lcHealth, "rp.health")
Q_LOGGING_CATEGORY(lcResidency, "rp.residency")
Q_LOGGING_CATEGORY(lcAudit, "rp.audit")
Q_LOGGING_CATEGORY(lcMigrate, "rp.migrate")
