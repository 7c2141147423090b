#include "ui/logging.h"

Q_LOGGING_CATEGORY(lcUi, "rp.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMap, "rp.ui.map", QtInfoMsg)
