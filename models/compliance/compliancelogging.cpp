#include "models/compliance/compliancelogging.h"

Q_LOGGING_CATEGORY(lcCompliance, "rp.compliance", QtInfoMsg)
