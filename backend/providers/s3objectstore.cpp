#include "backend/providers/s3objectstore.h"

#include "backend/core/logtext.h"
#include "backend/providers/logging.h"
#include "backend/providers/s3xml.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>
#include <QThread>
#include <QUrl>

#include <curl/curl.h>

#include <algorithm>
#include <mutex>

namespace {

using Kind = ObjectStoreError::Kind;

// SHA-256 of the empty body: what x-amz-content-sha256 must say for GET, HEAD and DELETE.
constexpr char kEmptySha256[] = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

void initCurlOnce()
{
    // curl_global_init is not thread-safe in every libcurl build; do it once, up front.
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

size_t appendBody(char *data, size_t size, size_t count, void *target)
{
    static_cast<QByteArray *>(target)->append(data, qsizetype(size * count));
    return size * count;
}

size_t collectHeader(char *data, size_t size, size_t count, void *target)
{
    auto *headers = static_cast<QMap<QByteArray, QByteArray> *>(target);
    const QByteArray line = QByteArray(data, qsizetype(size * count)).trimmed();
    // A new status line starts a new header block (after "100 Continue").
    if (line.startsWith("HTTP/")) {
        headers->clear();
    } else if (const qsizetype colon = line.indexOf(':'); colon > 0) {
        headers->insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    return size * count;
}

bool isTransient(int code)
{
    switch (code) {
    case CURLE_COULDNT_CONNECT:
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_OPERATION_TIMEDOUT:
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
        return true;
    default:
        return false;
    }
}

bool isAuthCode(const QString &code)
{
    static const QSet<QString> codes{
        QStringLiteral("AccessDenied"),
        QStringLiteral("AccountProblem"),
        QStringLiteral("AllAccessDisabled"),
        QStringLiteral("AuthorizationHeaderMalformed"),
        QStringLiteral("ExpiredToken"),
        QStringLiteral("InvalidAccessKeyId"),
        QStringLiteral("InvalidSecurity"),
        QStringLiteral("InvalidToken"),
        QStringLiteral("RequestTimeTooSkewed"),
        QStringLiteral("SignatureDoesNotMatch"),
        QStringLiteral("TokenRefreshRequired"),
    };
    return codes.contains(code);
}

} // namespace

S3ObjectStore::S3ObjectStore(const S3Config &config)
    : m_config(config)
{
    initCurlOnce();
    m_curl = curl_easy_init();
    const QUrl endpoint(m_config.endpoint);
    const QString host = endpoint.host(QUrl::FullyEncoded);
    const QString bracketed = host.contains(u':') ? u'[' + host + u']' : host;
    const QString port = endpoint.port() > 0 ? u':' + QString::number(endpoint.port()) : QString();
    const QString authority = m_config.pathStyle ? bracketed : m_config.bucket + u'.' + bracketed;
    m_baseUrl = (endpoint.scheme() + QStringLiteral("://") + authority + port).toUtf8();
    if (m_config.pathStyle)
        m_bucketPath = '/' + m_config.bucket.toUtf8();
    QString where = m_config.bucket;
    if (!m_config.prefix.isEmpty())
        where += u'/' + m_config.prefix.chopped(1);
    m_describe = QStringLiteral("s3://%1@%2")
                     .arg(where,
                         endpoint.toDisplayString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash));
}

S3ObjectStore::~S3ObjectStore()
{
    if (m_curl)
        curl_easy_cleanup(static_cast<CURL *>(m_curl));
}

std::unique_ptr<S3ObjectStore> S3ObjectStore::fromJson(const QJsonObject &config, QString *error)
{
    const std::optional<S3Config> parsed = S3Config::fromJson(config, error);
    if (!parsed)
        return nullptr;
    return std::make_unique<S3ObjectStore>(*parsed);
}

QByteArray S3ObjectStore::uriEncode(const QString &text, bool keepSlash)
{
    static const char hex[] = "0123456789ABCDEF";
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() * 3);
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
            || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~';
        if (unreserved || (keepSlash && c == '/')) {
            out.append(char(c));
        } else {
            out.append('%');
            out.append(hex[c >> 4]);
            out.append(hex[c & 0xf]);
        }
    }
    return out;
}

QString S3ObjectStore::kind() const
{
    return QStringLiteral("s3");
}

QString S3ObjectStore::describe() const
{
    return m_describe;
}

QByteArray S3ObjectStore::objectUrl(const QString &key) const
{
    return m_baseUrl + m_bucketPath + '/' + uriEncode(m_config.prefix + key, true);
}

QByteArray S3ObjectStore::bucketUrl(const QByteArray &query) const
{
    return m_baseUrl + (m_config.pathStyle ? m_bucketPath : QByteArray("/")) + '?' + query;
}

S3ObjectStore::Response S3ObjectStore::performOnce(const Request &request)
{
    Response response;
    auto *curl = static_cast<CURL *>(m_curl);
    if (!curl) {
        response.curlCode = CURLE_FAILED_INIT;
        response.curlError = QStringLiteral("curl_easy_init failed");
        return response;
    }
    // reset keeps the connection cache, so retries and later calls reuse the connection.
    curl_easy_reset(curl);
    char errorBuffer[CURL_ERROR_SIZE] = {};
    curl_slist *headers = nullptr;
    for (const QByteArray &h : request.headers)
        headers = curl_slist_append(headers, h.constData());
    const QByteArray sigv4 = "aws:amz:" + m_config.region.toUtf8() + ":s3";
    const QByteArray user = m_config.accessKey.toUtf8();
    const QByteArray password = m_config.secretKey.toUtf8();

    curl_easy_setopt(curl, CURLOPT_URL, request.url.constData());
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L); // required for use from several threads
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, long(m_config.connectTimeoutMs));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, long(m_config.requestTimeoutMs));
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, long(m_config.lowSpeedTimeS));
    // A redirect would need a new signature for the new host; report it instead.
    curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(curl, CURLOPT_AWS_SIGV4, sigv4.constData());
    curl_easy_setopt(curl, CURLOPT_USERNAME, user.constData());
    curl_easy_setopt(curl, CURLOPT_PASSWORD, password.constData());
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, appendBody);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &response.body);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, collectHeader);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &response.headers);
    if (request.method == "HEAD") {
        curl_easy_setopt(curl, CURLOPT_NOBODY, 1L);
    } else if (request.method == "PUT") {
        // The body is in memory already: POSTFIELDS sends it as is (curl does not copy it),
        // and CUSTOMREQUEST makes the request (and its signature) a PUT.
        static const char empty[] = "";
        curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, "PUT");
        curl_easy_setopt(
            curl, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(request.body ? request.body->size() : 0));
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS,
            request.body && !request.body->isEmpty() ? request.body->constData() : empty);
    } else if (request.method != "GET") {
        curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, request.method.constData());
    }

    const CURLcode rc = curl_easy_perform(curl);
    response.curlCode = rc;
    if (rc != CURLE_OK) {
        response.curlError
            = QString::fromUtf8(errorBuffer[0] ? errorBuffer : curl_easy_strerror(rc));
    } else {
        curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &response.status);
    }
    // Drop our pointers to stack data and secrets before they go out of scope.
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, nullptr);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, nullptr);
    curl_slist_free_all(headers);
    return response;
}

S3ObjectStore::Response S3ObjectStore::perform(const Request &request)
{
    for (int attempt = 1;; ++attempt) {
        QElapsedTimer timer;
        timer.start();
        Response response = performOnce(request);
        QString failure;
        bool transient = false;
        if (response.curlCode != CURLE_OK) {
            failure = response.curlError;
            transient = isTransient(response.curlCode);
        } else if (response.status >= 500 || response.status == 429) {
            const S3Xml::ErrorBody e = S3Xml::parseError(response.body);
            failure = QStringLiteral("HTTP %1 %2").arg(response.status).arg(e.code);
            transient = true;
        } else {
            qCDebug(lcProviderS3).noquote()
                << describe() << request.method << LogText::quoted(request.key) << "->"
                << response.status << "in" << timer.elapsed() << "ms";
            return response;
        }
        if (!transient || attempt >= m_config.maxAttempts) {
            if (response.curlCode != CURLE_OK) {
                const QString reason = QStringLiteral("%1 failed after %2 attempt(s): %3")
                                           .arg(QString::fromLatin1(request.method))
                                           .arg(attempt)
                                           .arg(failure);
                qCWarning(lcProviderS3).noquote()
                    << describe() << LogText::quoted(request.key) << LogText::quoted(reason);
                throw ObjectStoreError(Kind::Network, describe(), request.key, reason);
            }
            throwForStatus(request, response, attempt);
        }
        const int delay = backoffMs(attempt, response);
        qCWarning(lcProviderS3).noquote()
            << describe() << request.method << request.key << "attempt" << attempt << "of"
            << m_config.maxAttempts << "failed:" << failure << "- retrying in" << delay << "ms";
        QThread::msleep(ulong(delay));
    }
}

int S3ObjectStore::backoffMs(int attempt, const Response &response) const
{
    const qint64 exponential = qint64(m_config.retryBaseDelayMs) << std::min(attempt - 1, 20);
    const qint64 cap = std::min<qint64>(exponential, m_config.retryMaxDelayMs);
    // Equal jitter: at least half the backoff, so clients that failed together spread out
    // without retrying immediately.
    qint64 delay = cap / 2 + (cap > 1 ? QRandomGenerator::global()->bounded(cap / 2 + 1) : 0);
    bool ok = false;
    const qint64 retryAfterS = response.headers.value("retry-after").toLongLong(&ok);
    if (ok && retryAfterS > 0)
        delay = std::max(delay, std::min<qint64>(retryAfterS * 1000, 30000));
    return int(delay);
}

void S3ObjectStore::throwForStatus(
    const Request &request, const Response &response, int attempts) const
{
    const S3Xml::ErrorBody e = S3Xml::parseError(response.body);
    const long status = response.status;
    Kind kind = Kind::Client;
    if (status == 401 || status == 403 || isAuthCode(e.code))
        kind = Kind::Auth;
    else if (status == 404 && !request.key.isEmpty() && e.code != u"NoSuchBucket")
        kind = Kind::NotFound;
    else if (status >= 500)
        kind = Kind::Server;
    QString reason
        = QStringLiteral("%1 failed: HTTP %2").arg(QString::fromLatin1(request.method)).arg(status);
    if (!e.code.isEmpty())
        reason += QStringLiteral(" %1: %2").arg(e.code, e.message);
    else if (request.method == "HEAD")
        reason += QStringLiteral(" (HEAD answers carry no error body)");
    if (attempts > 1)
        reason += QStringLiteral(" (after %1 attempts)").arg(attempts);
    if (kind != Kind::NotFound)
        qCWarning(lcProviderS3).noquote()
            << describe() << LogText::quoted(request.key) << LogText::quoted(reason);
    throw ObjectStoreError(kind, describe(), request.key, reason, int(status), e.code);
}

ObjectPage S3ObjectStore::list(const QString &prefix, const QString &continuationToken, int maxKeys)
{
    requireValidPrefix(prefix);
    maxKeys = maxKeys <= 0 ? 1000 : std::min(maxKeys, 1000);
    // SigV4 signs the query as sent; libcurl 7.88 does not sort it, so it is built sorted
    // and fully encoded here (continuation tokens are base64 with '+', '/' and '=').
    QList<QByteArray> query;
    if (!continuationToken.isEmpty())
        query.append("continuation-token=" + uriEncode(continuationToken, false));
    query.append("list-type=2");
    query.append("max-keys=" + QByteArray::number(maxKeys));
    const QString fullPrefix = m_config.prefix + prefix;
    if (!fullPrefix.isEmpty())
        query.append("prefix=" + uriEncode(fullPrefix, false));
    const Request request{"GET", QString(), bucketUrl(query.join('&')),
        {QByteArray("x-amz-content-sha256: ") + kEmptySha256}};
    const Response response = perform(request);
    if (response.status != 200)
        throwForStatus(request, response, 1);
    QString parseError;
    const std::optional<S3Xml::ListResult> result = S3Xml::parseList(response.body, &parseError);
    if (!result)
        throw ObjectStoreError(Kind::Server, describe(), prefix,
            QStringLiteral("list: unreadable answer: %1").arg(parseError), int(response.status));
    ObjectPage page;
    page.objects.reserve(result->entries.size());
    for (const S3Xml::ListEntry &entry : result->entries) {
        if (!entry.key.startsWith(m_config.prefix))
            continue;
        ObjectInfo info;
        info.key = entry.key.mid(m_config.prefix.size());
        info.size = entry.size;
        info.modified = entry.lastModified;
        page.objects.append(std::move(info));
    }
    if (result->truncated) {
        if (result->nextContinuationToken.isEmpty())
            throw ObjectStoreError(Kind::Server, describe(), prefix,
                QStringLiteral("list: truncated answer without "
                               "NextContinuationToken"),
                int(response.status));
        page.nextToken = result->nextContinuationToken;
    }
    return page;
}

std::optional<ObjectInfo> S3ObjectStore::head(const QString &key)
{
    requireValidKey(key);
    const Request request{
        "HEAD", key, objectUrl(key), {QByteArray("x-amz-content-sha256: ") + kEmptySha256}};
    const Response response = perform(request);
    if (response.status == 404)
        return std::nullopt;
    if (response.status != 200)
        throwForStatus(request, response, 1);
    ObjectInfo info;
    info.key = key;
    info.size = response.headers.value("content-length").toLongLong();
    info.modified = S3Xml::parseTime(QString::fromLatin1(response.headers.value("last-modified")));
    info.meta.district = QString::fromUtf8(response.headers.value("x-amz-meta-district"));
    info.meta.dataClass = QString::fromUtf8(response.headers.value("x-amz-meta-data-class"));
    info.meta.sha256 = QString::fromLatin1(response.headers.value("x-amz-meta-sha256")).toLower();
    return info;
}

QByteArray S3ObjectStore::get(const QString &key)
{
    requireValidKey(key);
    const Request request{
        "GET", key, objectUrl(key), {QByteArray("x-amz-content-sha256: ") + kEmptySha256}};
    const Response response = perform(request);
    if (response.status != 200)
        throwForStatus(request, response, 1);
    verifyChecksum(
        key, response.body, QString::fromLatin1(response.headers.value("x-amz-meta-sha256")));
    return response.body;
}

void S3ObjectStore::put(const QString &key, const QByteArray &data, const ObjectMeta &meta)
{
    requireValidKey(key);
    const ObjectMeta complete = completeMeta(key, data, meta);
    // The payload hash is signed, so S3 rejects a body damaged in transit
    // (XAmzContentSHA256Mismatch); it doubles as the audit checksum in x-amz-meta-sha256.
    const Request request{"PUT", key, objectUrl(key),
        {"Content-Type: application/octet-stream",
            "x-amz-content-sha256: " + complete.sha256.toLatin1(),
            "x-amz-meta-data-class: " + complete.dataClass.toLatin1(),
            "x-amz-meta-district: " + complete.district.toLatin1(),
            "x-amz-meta-sha256: " + complete.sha256.toLatin1()},
        &data};
    const Response response = perform(request);
    if (response.status != 200)
        throwForStatus(request, response, 1);
}

void S3ObjectStore::remove(const QString &key)
{
    requireValidKey(key);
    const Request request{
        "DELETE", key, objectUrl(key), {QByteArray("x-amz-content-sha256: ") + kEmptySha256}};
    const Response response = perform(request);
    if (response.status == 200 || response.status == 204)
        return;
    // S3 answers 204 for an absent key; some compatible servers answer 404 NoSuchKey.
    if (response.status == 404 && S3Xml::parseError(response.body).code != u"NoSuchBucket")
        return;
    throwForStatus(request, response, 1);
}
