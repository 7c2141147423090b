#include "models/plurals.h"

#include <QCoreApplication>
#include <QTranslator>

namespace Plurals {

bool installEnglishPlurals()
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(QStringLiteral(":/i18n/regionalpods_en.qm"))) {
        qWarning("English plural forms (:/i18n/regionalpods_en.qm) are missing");
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace Plurals

namespace {

void installAtStartup()
{
    Plurals::installEnglishPlurals();
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installAtStartup)
