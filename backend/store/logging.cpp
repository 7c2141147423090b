#include "backend/store/logging.h"

Q_LOGGING_CATEGORY(lcStore, "rp.store", QtInfoMsg)
