#include "models/logging.h"

Q_LOGGING_CATEGORY(lcClient, "rp.client", QtInfoMsg)
