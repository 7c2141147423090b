#include "backend/agent/logging.h"

// Info by default: the parent reads our stderr, and per-request debug lines would flood it.
// QT_LOGGING_RULES="rp.agent.debug=true" turns them on.
Q_LOGGING_CATEGORY(lcAgent, "rp.agent", QtInfoMsg)
