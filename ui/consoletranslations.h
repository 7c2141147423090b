#pragma once

#include <QLocale>

class QCoreApplication;

/** Installs the console's translation (embedded :/i18n/regionalpods_<lang>.qm) and Qt's own. */
class ConsoleTranslations
{
public:
    /** Returns true when a console catalogue for @p locale was found and installed; English
     *  (the source language) and unknown languages install nothing and return false. */
    static bool install(QCoreApplication &app, const QLocale &locale = QLocale());
};
