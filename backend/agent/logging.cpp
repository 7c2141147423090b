#include "backend/agent/logging.h"

Q_LOGGING_CATEGORY(lcAgent, "rp.agent")
