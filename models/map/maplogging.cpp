#include "models/map/maplogging.h"

Q_LOGGING_CATEGORY(lcMapData, "rp.map", QtInfoMsg)
