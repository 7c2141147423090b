#include "backend/providers/logging.h"

Q_LOGGING_CATEGORY(lcProviderLocal, "rp.provider.local", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProviderS3, "rp.provider.s3", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProviderDirectory, "rp.provider.directory", QtInfoMsg)
