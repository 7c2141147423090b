#include "backend/core/verbosity.h"

#include <QLoggingCategory>
#include <QtGlobal>

namespace Verbosity {

bool apiVerbose()
{
    return qEnvironmentVariableIntValue("REGIONALPODS_API_VERBOSE") != 0;
}

void enableDebugLogging()
{
    QString rules = QStringLiteral("rp.*.debug=true");
    const QString fromEnvironment = qEnvironmentVariable("QT_LOGGING_RULES");
    if (!fromEnvironment.isEmpty())
        rules += QLatin1Char('\n')
            + QString(fromEnvironment).replace(QLatin1Char(';'), QLatin1Char('\n'));
    QLoggingCategory::setFilterRules(rules);
}

} // namespace Verbosity
