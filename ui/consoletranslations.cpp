#include "ui/consoletranslations.h"

#include "ui/logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

bool ConsoleTranslations::install(QCoreApplication &app, const QLocale &locale)
{
    // Qt's own strings (standard buttons, file dialogs) from the system's qt6-translations-l10n.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    // English is the source language; its plural forms are installed at start (models/plurals.h).
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return false;
    auto *console = new QTranslator(&app);
    if (!console->load(locale, QStringLiteral("regionalpods"), QStringLiteral("_"),
            QStringLiteral(":/i18n"))) {
        delete console;
        return false;
    }
    QCoreApplication::installTranslator(console);
    qCInfo(lcUi) << "console translation" << console->language() << "installed";
    return true;
}
