#include "backend/core/objectkey.h"

#include <QStringList>

namespace {

// S3's own limit; keeping both drivers to it means any key can migrate between them.
constexpr qsizetype kMaxKeyBytes = 1024;

bool isControl(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x20 || (u >= 0x7f && u <= 0x9f);
}

// District ids and data classes become path segments and x-amz-meta-* header values, so
// they are kept to a character set that needs no escaping anywhere.
bool isIdentifier(const QString &s)
{
    if (s.isEmpty() || s.size() > 128 || s.front() == u'.')
        return false;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z')
            || (u >= u'0' && u <= u'9') || u == u'-' || u == u'_' || u == u'.';
        if (!ok)
            return false;
    }
    return true;
}

QString characterProblem(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (isControl(c))
            return QStringLiteral("contains control character U+%1 at %2")
                .arg(c.unicode(), 4, 16, QLatin1Char('0'))
                .arg(i);
        if (c == u'\\')
            return QStringLiteral("contains a backslash at %1").arg(i);
        if (c.isSurrogate()) {
            const bool pair
                = c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
            if (!pair)
                return QStringLiteral("contains invalid UTF-16 at %1").arg(i);
            ++i;
        }
    }
    return {};
}

QString segmentProblem(const QStringList &segments, qsizetype count)
{
    for (qsizetype i = 0; i < count; ++i) {
        const QString &s = segments.at(i);
        if (s.isEmpty())
            return QStringLiteral("has an empty path segment");
        if (s == u"." || s == u"..")
            return QStringLiteral("has a '%1' path segment").arg(s);
    }
    return {};
}

} // namespace

namespace ObjectKey {

QString problem(const QString &key)
{
    if (key.isEmpty())
        return QStringLiteral("key is empty");
    if (key.startsWith(u'/'))
        return QStringLiteral("key starts with '/'");
    if (const QString p = characterProblem(key); !p.isEmpty())
        return QStringLiteral("key ") + p;
    if (key.toUtf8().size() > kMaxKeyBytes)
        return QStringLiteral("key is longer than %1 bytes").arg(kMaxKeyBytes);
    const QStringList segments = key.split(u'/');
    if (const QString p = segmentProblem(segments, segments.size()); !p.isEmpty())
        return QStringLiteral("key ") + p;
    if (segments.size() < 3)
        return QStringLiteral("key is not <district_id>/<data_class>/<name>");
    if (!isIdentifier(segments.at(0)))
        return QStringLiteral("district id '%1' is not [A-Za-z0-9._-]+").arg(segments.at(0));
    if (!isIdentifier(segments.at(1)))
        return QStringLiteral("data class '%1' is not [A-Za-z0-9._-]+").arg(segments.at(1));
    return {};
}

QString prefixProblem(const QString &prefix)
{
    if (prefix.isEmpty())
        return {};
    if (prefix.startsWith(u'/'))
        return QStringLiteral("prefix starts with '/'");
    if (const QString p = characterProblem(prefix); !p.isEmpty())
        return QStringLiteral("prefix ") + p;
    if (prefix.toUtf8().size() > kMaxKeyBytes)
        return QStringLiteral("prefix is longer than %1 bytes").arg(kMaxKeyBytes);
    // The last segment may be a partial name ("d1/student_pii/ros"); only whole ones are checked.
    const QStringList segments = prefix.split(u'/');
    if (const QString p = segmentProblem(segments, segments.size() - 1); !p.isEmpty())
        return QStringLiteral("prefix ") + p;
    return {};
}

} // namespace ObjectKey
