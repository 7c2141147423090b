#include "backend/core/metrics/prometheustext.h"

#include <QLocale>

#include <cmath>
#include <limits>

namespace {

bool nameStart(char c, bool colon)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (colon && c == ':');
}

bool nameChar(char c, bool colon)
{
    return nameStart(c, colon) || (c >= '0' && c <= '9');
}

qsizetype nameEnd(QByteArrayView line, qsizetype at, bool colon)
{
    if (at >= line.size() || !nameStart(line.at(at), colon))
        return at;
    ++at;
    while (at < line.size() && nameChar(line.at(at), colon))
        ++at;
    return at;
}

qsizetype skipBlanks(QByteArrayView line, qsizetype at)
{
    while (at < line.size() && (line.at(at) == ' ' || line.at(at) == '\t'))
        ++at;
    return at;
}

std::optional<double> parseValue(QByteArrayView text)
{
    if (text == "+Inf" || text == "Inf")
        return std::numeric_limits<double>::infinity();
    if (text == "-Inf")
        return -std::numeric_limits<double>::infinity();
    if (text == "NaN")
        return std::numeric_limits<double>::quiet_NaN();
    // Go's ParseFloat: digits, sign, '.', exponent; no hex, no spaces, no "nan"/"inf" spellings
    // other than the ones above.
    if (text.isEmpty())
        return std::nullopt;
    for (const char c : text) {
        if (!((c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-'))
            return std::nullopt;
    }
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || std::isinf(value))
        return std::nullopt; // out of range is an error, not infinity
    return value;
}

} // namespace

QString PrometheusText::Sample::label(QByteArrayView wanted) const
{
    for (const auto &[name, value] : labels) {
        if (name == wanted)
            return value;
    }
    return {};
}

bool PrometheusText::isMetricName(QByteArrayView name)
{
    return !name.isEmpty() && nameEnd(name, 0, true) == name.size();
}

bool PrometheusText::isLabelName(QByteArrayView name)
{
    return !name.isEmpty() && nameEnd(name, 0, false) == name.size();
}

std::optional<QList<PrometheusText::Sample>> PrometheusText::parse(
    QByteArrayView body, Error *error)
{
    return parse(body, error, Limits());
}

std::optional<QList<PrometheusText::Sample>> PrometheusText::parse(
    QByteArrayView body, Error *error, const Limits &limits)
{
    Error local;
    Error &err = error ? *error : local;
    const auto fail = [&err](int line, QString reason) -> std::optional<QList<Sample>> {
        err.line = line;
        err.reason = std::move(reason);
        return std::nullopt;
    };
    if (body.size() > limits.maxBytes)
        return fail(0,
            QStringLiteral("the body is %1 bytes, above the limit of %2")
                .arg(body.size())
                .arg(limits.maxBytes));
    QList<Sample> samples;
    int lineNo = 0;
    for (qsizetype start = 0; start < body.size();) {
        qsizetype end = body.indexOf('\n', start);
        if (end < 0)
            end = body.size();
        QByteArrayView line = body.sliced(start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);
        start = end + 1;
        ++lineNo;
        if (line.contains('\0'))
            return fail(lineNo, QStringLiteral("a NUL byte"));
        if (line.trimmed().isEmpty())
            continue;
        if (line.startsWith('#')) {
            const QList<QByteArray> words = line.toByteArray().simplified().split(' ');
            if (words.size() >= 2 && (words.at(1) == "HELP" || words.at(1) == "TYPE")) {
                if (words.size() < 3 || !isMetricName(words.at(2)))
                    return fail(lineNo,
                        QStringLiteral("# %1 without a valid metric name")
                            .arg(QString::fromLatin1(words.at(1))));
                static const QList<QByteArray> types
                    = {"counter", "gauge", "histogram", "summary", "untyped"};
                if (words.at(1) == "TYPE" && (words.size() != 4 || !types.contains(words.at(3))))
                    return fail(lineNo,
                        QStringLiteral("# TYPE needs one of counter, gauge, "
                                       "histogram, summary, untyped"));
            }
            continue;
        }
        if (samples.size() >= limits.maxSamples)
            return fail(lineNo, QStringLiteral("more than %1 samples").arg(limits.maxSamples));
        Sample sample;
        qsizetype at = skipBlanks(line, 0);
        const qsizetype nameAt = at;
        at = nameEnd(line, at, true);
        if (at == nameAt)
            return fail(lineNo, QStringLiteral("a sample must start with a metric name"));
        sample.name = line.sliced(nameAt, at - nameAt).toByteArray();
        if (const qsizetype brace = skipBlanks(line, at);
            brace < line.size() && line.at(brace) == '{') {
            at = brace;
            at = skipBlanks(line, at + 1);
            while (at < line.size() && line.at(at) != '}') {
                const qsizetype labelAt = at;
                at = nameEnd(line, at, false);
                if (at == labelAt)
                    return fail(lineNo, QStringLiteral("a label name is missing or invalid"));
                const QByteArray labelName = line.sliced(labelAt, at - labelAt).toByteArray();
                at = skipBlanks(line, at);
                if (at >= line.size() || line.at(at) != '=')
                    return fail(lineNo,
                        QStringLiteral("label %1 has no '='").arg(QString::fromLatin1(labelName)));
                at = skipBlanks(line, at + 1);
                if (at >= line.size() || line.at(at) != '"')
                    return fail(lineNo,
                        QStringLiteral("label %1's value is not quoted")
                            .arg(QString::fromLatin1(labelName)));
                QByteArray value;
                bool closed = false;
                for (++at; at < line.size(); ++at) {
                    const char c = line.at(at);
                    if (c == '"') {
                        closed = true;
                        ++at;
                        break;
                    }
                    if (c != '\\') {
                        value += c;
                        continue;
                    }
                    if (++at >= line.size())
                        break;
                    const char escaped = line.at(at);
                    if (escaped == 'n')
                        value += '\n';
                    else if (escaped == '\\' || escaped == '"')
                        value += escaped;
                    else
                        return fail(lineNo,
                            QStringLiteral("label %1: unknown escape \\%2")
                                .arg(QString::fromLatin1(labelName))
                                .arg(QChar::fromLatin1(escaped)));
                }
                if (!closed)
                    return fail(lineNo,
                        QStringLiteral("label %1's value is not closed")
                            .arg(QString::fromLatin1(labelName)));
                const QString text = QString::fromUtf8(value);
                if (text.toUtf8() != value)
                    return fail(lineNo,
                        QStringLiteral("label %1's value is not UTF-8")
                            .arg(QString::fromLatin1(labelName)));
                for (const auto &existing : std::as_const(sample.labels)) {
                    if (existing.first == labelName)
                        return fail(lineNo,
                            QStringLiteral("label %1 appears twice")
                                .arg(QString::fromLatin1(labelName)));
                }
                if (sample.labels.size() >= limits.maxLabels)
                    return fail(
                        lineNo, QStringLiteral("more than %1 labels").arg(limits.maxLabels));
                sample.labels.append({labelName, text});
                at = skipBlanks(line, at);
                if (at < line.size() && line.at(at) == ',')
                    at = skipBlanks(line, at + 1);
                else if (at < line.size() && line.at(at) != '}')
                    return fail(lineNo, QStringLiteral("labels must be separated by ','"));
            }
            if (at >= line.size())
                return fail(lineNo, QStringLiteral("the label set is not closed with '}'"));
            ++at;
        }
        const qsizetype valueAt = skipBlanks(line, at);
        if (valueAt == at && at < line.size())
            return fail(lineNo, QStringLiteral("a blank must separate the value"));
        qsizetype valueEnd = valueAt;
        while (valueEnd < line.size() && line.at(valueEnd) != ' ' && line.at(valueEnd) != '\t')
            ++valueEnd;
        const auto value = parseValue(line.sliced(valueAt, valueEnd - valueAt));
        if (!value)
            return fail(lineNo,
                QStringLiteral("the value of %1 is not a number")
                    .arg(QString::fromLatin1(sample.name)));
        sample.value = *value;
        const qsizetype stampAt = skipBlanks(line, valueEnd);
        qsizetype stampEnd = stampAt;
        while (stampEnd < line.size() && line.at(stampEnd) != ' ' && line.at(stampEnd) != '\t')
            ++stampEnd;
        if (stampEnd > stampAt) {
            bool ok = false;
            const qint64 stamp = line.sliced(stampAt, stampEnd - stampAt).toLongLong(&ok);
            if (!ok || line.at(stampAt) == '+')
                return fail(lineNo,
                    QStringLiteral("the timestamp of %1 is not an integer")
                        .arg(QString::fromLatin1(sample.name)));
            sample.timestampMs = stamp;
        }
        if (skipBlanks(line, stampEnd) < line.size())
            return fail(lineNo, QStringLiteral("unexpected text after the sample"));
        samples.append(std::move(sample));
    }
    return samples;
}

QByteArray PrometheusText::render(const Sample &sample)
{
    QByteArray out = sample.name;
    if (!sample.labels.isEmpty()) {
        out += '{';
        for (qsizetype i = 0; i < sample.labels.size(); ++i) {
            if (i)
                out += ',';
            out += sample.labels.at(i).first;
            out += "=\"";
            for (const char c : sample.labels.at(i).second.toUtf8()) {
                if (c == '\\' || c == '"')
                    out += '\\';
                if (c == '\n')
                    out += "\\n";
                else
                    out += c;
            }
            out += '"';
        }
        out += '}';
    }
    out += ' ';
    if (std::isnan(sample.value))
        out += "NaN";
    else if (std::isinf(sample.value))
        out += sample.value > 0 ? "+Inf" : "-Inf";
    else
        out += QByteArray::number(sample.value, 'g', QLocale::FloatingPointShortest);
    if (sample.timestampMs) {
        out += ' ';
        out += QByteArray::number(*sample.timestampMs);
    }
    return out;
}
