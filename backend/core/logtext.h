#pragma once

#include <QString>
#include <QStringView>

/**
 * Untrusted text (request paths, object keys, exception messages that quote them) as it may go
 * into a log line: in double quotes, with quotes, backslashes and every control or line
 * separator character escaped (\n, \r, \t, \u2028, \x1b…), cut at @p maxChars with "…". A
 * newline in a key can then never start a forged log line.
 */
namespace LogText {

QString quoted(QStringView text, qsizetype maxChars = 512);
/** As quoted(), for the UTF-8 of an exception's what(). */
QString quoted(const char *utf8, qsizetype maxChars = 512);

} // namespace LogText
