#include "backend/api/logging.h"

Q_LOGGING_CATEGORY(lcApi, "rp.api")
Q_LOGGING_CATEGORY(lcEvents, "rp.events")
