#pragma once

#include <QLoggingCategory>

// The compliance subsystem of the console (models/compliance and ui/compliance): "rp.compliance".
Q_DECLARE_LOGGING_CATEGORY(lcCompliance)
