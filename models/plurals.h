#pragma once

/**
 * The console's strings are English in the source; those with a count are written once with %n
 * (tr("%n pod(s)", nullptr, n)) and their English forms ("1 pod", "2 pods") come from
 * translations/regionalpods_en.ts. installEnglishPlurals() installs that catalogue; it runs by
 * itself when the QCoreApplication is constructed (Q_COREAPP_STARTUP_FUNCTION), so the console,
 * its tests and any other program using these models read proper English. A locale's own
 * catalogue (ConsoleTranslations) is installed later and answers first.
 */
namespace Plurals {

/** Installs the English plural forms; returns false when the catalogue is missing. */
bool installEnglishPlurals();

} // namespace Plurals
