#include "backend/core/logging.h"

Q_LOGGING_CATEGORY(lcCore, "rp.core", QtInfoMsg)
