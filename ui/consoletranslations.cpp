#include "ui/consoletranslations.h"

#include "ui/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace {

// A catalogue for another country of the same language: French in France reads the Canadian
// French catalogue (regionalpods_fr_CA) rather than English; Spanish in Mexico reads es.
QString sameLanguage(const QLocale &locale)
{
    const QString language = locale.name().section(u'_', 0, 0);
    const QStringList found = QDir(QStringLiteral(":/i18n"))
                                  .entryList({QStringLiteral("regionalpods_%1_*.qm").arg(language)},
                                      QDir::Files, QDir::Name);
    return found.isEmpty() ? QString() : QStringLiteral(":/i18n/") + found.constFirst();
}

} // namespace

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
    if (!console->load(
            locale, QStringLiteral("regionalpods"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        && !console->load(sameLanguage(locale))) {
        delete console;
        return false;
    }
    QCoreApplication::installTranslator(console);
    qCInfo(lcUi) << "console translation" << console->language() << "installed";
    return true;
}
