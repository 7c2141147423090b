#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcProviderLocal)
Q_DECLARE_LOGGING_CATEGORY(lcProviderS3)
Q_DECLARE_LOGGING_CATEGORY(lcProviderDirectory)
