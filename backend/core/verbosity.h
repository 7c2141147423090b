#pragma once

/**
 * The one place both programs learn how much to log. Every logging category defaults to info and
 * up; debug lines are opt-in through QT_LOGGING_RULES or enableDebugLogging() (--verbose).
 */
namespace Verbosity {

/** True when REGIONALPODS_API_VERBOSE is set to a non-zero number: log every request and event. */
bool apiVerbose();
/** Turns on debug output of every rp.* category (what --verbose does); QT_LOGGING_RULES set in
 *  the environment still has the last word for the categories it names. */
void enableDebugLogging();

} // namespace Verbosity
