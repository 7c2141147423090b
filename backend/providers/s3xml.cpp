#include "backend/providers/s3xml.h"

#include <QLocale>
#include <QTimeZone>
#include <QXmlStreamReader>

std::optional<S3Xml::ListResult> S3Xml::parseList(const QByteArray &xml, QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<ListResult> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QXmlStreamReader reader(xml);
    if (!reader.readNextStartElement() || reader.name() != u"ListBucketResult")
        return fail(QStringLiteral("response is not a ListBucketResult"));
    ListResult result;
    while (reader.readNextStartElement()) {
        const auto name = reader.name();
        if (name == u"Contents") {
            ListEntry entry;
            bool haveKey = false, haveSize = false;
            while (reader.readNextStartElement()) {
                const auto field = reader.name();
                if (field == u"Key") {
                    entry.key = reader.readElementText();
                    haveKey = true;
                } else if (field == u"Size") {
                    entry.size = reader.readElementText().toLongLong(&haveSize);
                } else if (field == u"LastModified") {
                    entry.lastModified = parseTime(reader.readElementText());
                } else {
                    reader.skipCurrentElement();
                }
            }
            if (!haveKey || !haveSize)
                return fail(QStringLiteral("a Contents entry lacks Key or Size"));
            result.entries.append(std::move(entry));
        } else if (name == u"IsTruncated") {
            result.truncated = reader.readElementText().trimmed() == u"true";
        } else if (name == u"NextContinuationToken") {
            result.nextContinuationToken = reader.readElementText();
        } else {
            reader.skipCurrentElement();
        }
    }
    if (reader.hasError())
        return fail(QStringLiteral("malformed XML: %1").arg(reader.errorString()));
    return result;
}

S3Xml::ErrorBody S3Xml::parseError(const QByteArray &xml)
{
    ErrorBody body;
    QXmlStreamReader reader(xml);
    if (!reader.readNextStartElement() || reader.name() != u"Error")
        return body;
    while (reader.readNextStartElement()) {
        if (reader.name() == u"Code")
            body.code = reader.readElementText().trimmed();
        else if (reader.name() == u"Message")
            body.message = reader.readElementText().trimmed();
        else
            reader.skipCurrentElement();
    }
    return body;
}

QDateTime S3Xml::parseTime(const QString &text)
{
    const QString t = text.trimmed();
    QDateTime when = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!when.isValid())
        when = QDateTime::fromString(t, Qt::RFC2822Date);
    if (!when.isValid()) {
        // "Tue, 02 Jan 2024 03:04:05 GMT": Qt's RFC 2822 parser does not know "GMT" everywhere.
        QString s = t;
        if (s.endsWith(QStringLiteral(" GMT")))
            s.chop(4);
        when = QLocale::c().toDateTime(s, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
        when.setTimeZone(QTimeZone::utc());
    }
    return when.isValid() ? when.toUTC() : QDateTime();
}
