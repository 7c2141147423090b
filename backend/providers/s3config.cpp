#include "backend/providers/s3config.h"

#include <QJsonValue>
#include <QSet>
#include <QUrl>

#include <limits>

namespace {

bool isBucketName(const QString &name)
{
    // S3 allows [a-z0-9.-]; Google Cloud Storage also '_'. Anything else would need escaping
    // in a host name or path, and no provider accepts it.
    if (name.size() < 3 || name.size() > 222)
        return false;
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'.'
            || u == u'-' || u == u'_';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

std::optional<S3Config> S3Config::fromJson(const QJsonObject &json, QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<S3Config> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    static const QSet<QString> known{
        QStringLiteral("type"),
        QStringLiteral("endpoint"),
        QStringLiteral("bucket"),
        QStringLiteral("region"),
        QStringLiteral("access_key"),
        QStringLiteral("secret_key"),
        QStringLiteral("access_key_env"),
        QStringLiteral("secret_key_env"),
        QStringLiteral("path_style"),
        QStringLiteral("prefix"),
        QStringLiteral("max_attempts"),
        QStringLiteral("connect_timeout_ms"),
        QStringLiteral("timeout_ms"),
        QStringLiteral("retry_base_delay_ms"),
    };
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key()))
            return fail(QStringLiteral("%1: unknown field for an s3 store").arg(it.key()));
    }

    S3Config c;
    QString problem;
    const auto string = [&](const char *field, QString *out) {
        const QJsonValue v = json.value(QLatin1String(field));
        if (v.isUndefined())
            return true;
        if (!v.isString()) {
            problem = QStringLiteral("%1: must be a string").arg(QLatin1String(field));
            return false;
        }
        *out = v.toString();
        return true;
    };
    const auto integer = [&](const char *field, int min, int max, int *out) {
        const QJsonValue v = json.value(QLatin1String(field));
        if (v.isUndefined())
            return true;
        const qint64 n = v.toInteger(std::numeric_limits<qint64>::min());
        if (!v.isDouble() || n < min || n > max) {
            problem = QStringLiteral("%1: must be an integer from %2 to %3")
                          .arg(QLatin1String(field))
                          .arg(min)
                          .arg(max);
            return false;
        }
        *out = int(n);
        return true;
    };
    // Credentials come either inline or from a named environment variable, never both:
    // silently preferring one would hide a stale secret in the other.
    const auto credential = [&](const char *field, const char *envField, QString *out) {
        QString inlineValue, envName;
        if (!string(field, &inlineValue) || !string(envField, &envName))
            return false;
        if (!inlineValue.isEmpty() && !envName.isEmpty()) {
            problem = QStringLiteral("%1/%2: give one, not both")
                          .arg(QLatin1String(field), QLatin1String(envField));
            return false;
        }
        if (!envName.isEmpty()) {
            inlineValue = qEnvironmentVariable(envName.toLocal8Bit().constData());
            if (inlineValue.isEmpty()) {
                problem = QStringLiteral("%1: environment variable %2 is not set")
                              .arg(QLatin1String(envField), envName);
                return false;
            }
        }
        *out = inlineValue;
        return true;
    };

    if (!string("endpoint", &c.endpoint) || !string("bucket", &c.bucket)
        || !string("region", &c.region) || !string("prefix", &c.prefix)
        || !credential("access_key", "access_key_env", &c.accessKey)
        || !credential("secret_key", "secret_key_env", &c.secretKey)
        || !integer("max_attempts", 1, 20, &c.maxAttempts)
        || !integer("connect_timeout_ms", 1, 600000, &c.connectTimeoutMs)
        || !integer("timeout_ms", 0, 86400000, &c.requestTimeoutMs)
        || !integer("retry_base_delay_ms", 0, 60000, &c.retryBaseDelayMs))
        return fail(problem);
    const QJsonValue pathStyle = json.value(QStringLiteral("path_style"));
    if (!pathStyle.isUndefined() && !pathStyle.isBool())
        return fail(QStringLiteral("path_style: must be true or false"));
    c.pathStyle = pathStyle.toBool(false);
    if (c.endpoint.isEmpty() && !c.region.isEmpty())
        c.endpoint = QStringLiteral("https://s3.%1.amazonaws.com").arg(c.region);
    if (!c.prefix.isEmpty() && !c.prefix.endsWith(u'/'))
        c.prefix += u'/';
    if (const QString p = c.problem(); !p.isEmpty())
        return fail(p);
    return c;
}

QString S3Config::problem() const
{
    if (bucket.isEmpty())
        return QStringLiteral("bucket: required");
    if (!isBucketName(bucket))
        return QStringLiteral("bucket: '%1' is not a valid bucket name ([a-z0-9._-], 3 to 222 "
                              "characters)")
            .arg(bucket);
    if (region.isEmpty())
        return QStringLiteral("region: required (e.g. \"us-east-1\", \"auto\" for GCS)");
    const QUrl url(endpoint, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https")
        || url.host().isEmpty())
        return QStringLiteral("endpoint: '%1' is not an http(s) URL")
            .arg(url.toDisplayString(QUrl::RemoveUserInfo));
    if (!url.userInfo().isEmpty())
        return QStringLiteral("endpoint: must not contain credentials; use access_key/secret_key");
    if (url.path().size() > 1 || url.hasQuery() || url.hasFragment())
        return QStringLiteral("endpoint: must be scheme://host[:port] with no path");
    if (accessKey.isEmpty())
        return QStringLiteral("access_key: required (or access_key_env)");
    if (secretKey.isEmpty())
        return QStringLiteral("secret_key: required (or secret_key_env)");
    if (prefix.startsWith(u'/') || prefix.contains(QStringLiteral("//")))
        return QStringLiteral("prefix: must not start with '/' or contain '//'");
    if (maxAttempts < 1)
        return QStringLiteral("max_attempts: must be at least 1");
    return {};
}
