#include "backend/api/logging.h"

Q_LOGGING_CATEGORY(lcApi, "rp.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEvents, "rp.events", QtInfoMsg)
