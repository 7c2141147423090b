#include "backend/core/logtext.h"

namespace LogText {

QString quoted(QStringView text, qsizetype maxChars)
{
    QString out;
    out.reserve(qMin(text.size(), maxChars) + 2);
    out += QLatin1Char('"');
    qsizetype written = 0;
    for (const QChar c : text) {
        if (written == maxChars) {
            out += QStringLiteral("…");
            break;
        }
        ++written;
        const char16_t u = c.unicode();
        switch (u) {
        case u'"':
            out += QStringLiteral("\\\"");
            continue;
        case u'\\':
            out += QStringLiteral("\\\\");
            continue;
        case u'\n':
            out += QStringLiteral("\\n");
            continue;
        case u'\r':
            out += QStringLiteral("\\r");
            continue;
        case u'\t':
            out += QStringLiteral("\\t");
            continue;
        default:
            break;
        }
        const bool control = u < 0x20 || (u >= 0x7f && u <= 0x9f) || u == 0x2028 || u == 0x2029;
        if (control)
            out += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    out += QLatin1Char('"');
    return out;
}

QString quoted(const char *utf8, qsizetype maxChars)
{
    return quoted(QString::fromUtf8(utf8 ? utf8 : ""), maxChars);
}

} // namespace LogText
