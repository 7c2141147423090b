#pragma once

#include "backend/core/daemonhealth.h"
#include "backend/core/district.h"
#include "backend/core/pod.h"
#include "backend/core/probehistory.h"
#include "backend/core/region.h"
#include "backend/core/sessioninfo.h"
#include "models/apicall.h"
#include "models/apiresult.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <exception>
#include <functional>
#include <optional>
#include <stdexcept>

class QLocale;
class QNetworkAccessManager;
class QNetworkReply;

/**
 * The console's one client of the daemon's REST API (docs/api.md), on a QNetworkAccessManager
 * the composition root owns and passes in. Every call ends in exactly one callback with either
 * the parsed value or a ProblemDetails: HTTP errors carry the daemon's problem+json, network
 * errors and unparsable answers become a readable problem with status 0. The callback runs on
 * @p context's thread and never after @p context is destroyed (Qt's connect-with-context
 * rule), nor after the call was cancelled (ApiCall::cancel()) or the endpoint changed: answers
 * of the previous daemon are never delivered. Set REGIONALPODS_API_VERBOSE=1 to log every
 * request.
 */
class ApiClient : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    template <typename T> using Callback = std::function<void(ApiResult<T>)>;
    using JsonCallback = Callback<QJsonObject>;

    /** Uses (does not own) @p network, which must outlive this client. */
    explicit ApiClient(QNetworkAccessManager &network, QObject *parent = nullptr);
    ~ApiClient() override;

    /** Sets the daemon's base URL, e.g. http://127.0.0.1:7420 (a path prefix is kept); when it
     *  differs, cancels every call in flight and emits endpointChanged(). */
    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_baseUrl; }
    /** The network manager this client sends on (for probes that need their own endpoint). */
    QNetworkAccessManager &network() const { return m_network; }
    /** Sets the bearer token sent with every request except GET /healthz; when it differs,
     *  cancels every call in flight and emits endpointChanged(). */
    void setToken(const QString &token);
    /** The language asked for (Accept-Language); the default is QLocale()'s, none for English. */
    void setLocale(const QLocale &locale);
    QByteArray acceptLanguage() const { return m_acceptLanguage; }
    QString token() const { return m_token; }
    /** Aborts requests that see no progress for @p timeout; they fail with status 0. */
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    /** Cancels every call in flight; none of their callbacks runs. */
    void cancelAll();

    /**
     * The core every typed call goes through: sends @p method @p path (relative to the base
     * URL) with an optional JSON @p body and hands the JSON object answer — or the problem —
     * to @p callback.
     */
    ApiCall requestJson(QObject *context, const QByteArray &method, const QString &path,
        const std::optional<QJsonObject> &body, JsonCallback callback, const QUrlQuery &query = {});
    /** As requestJson(), for answers that are not JSON (GET …?format=csv): the body unchanged. */
    ApiCall requestBytes(QObject *context, const QByteArray &method, const QString &path,
        Callback<QByteArray> callback, const QUrlQuery &query = {});

    /** requestJson() plus @p parse; a parse exception becomes an "invalid response" problem. */
    template <typename T>
    ApiCall request(QObject *context, const QByteArray &method, const QString &path,
        const std::optional<QJsonObject> &body, std::function<T(const QJsonObject &)> parse,
        Callback<T> callback, const QUrlQuery &query = {})
    {
        return requestJson(
            context, method, path, body,
            [parse = std::move(parse), callback = std::move(callback),
                what = QString(QString::fromLatin1(method) + QLatin1Char(' ') + path)](
                ApiResult<QJsonObject> result) {
                if (!result)
                    return callback(ApiResult<T>::failure(result.error()));
                std::optional<T> value;
                try {
                    value = parse(result.value());
                } catch (const std::exception &e) {
                    return callback(
                        ApiResult<T>::failure(invalidResponse(what, QString::fromUtf8(e.what()))));
                }
                callback(ApiResult<T>::success(std::move(*value)));
            },
            query);
    }

    /** GET /healthz (no token): is the daemon up, and which version. */
    ApiCall fetchHealth(QObject *context, Callback<DaemonHealth> callback);
    /** GET /session: the token's role and district scope. */
    ApiCall fetchSession(QObject *context, Callback<SessionInfo> callback);
    /** GET /regions. */
    ApiCall fetchRegions(QObject *context, Callback<QList<Region>> callback);
    /** GET /districts (an auditor gets only its own). */
    ApiCall fetchDistricts(QObject *context, Callback<QList<District>> callback);
    /** GET /pods: every pod with health and replica status. */
    ApiCall fetchPods(QObject *context, Callback<QList<Pod>> callback);
    /** PUT /pods/{region}/{pod}/scale: the pod with its new desired count (400 outside min..max).
     */
    ApiCall scalePod(QObject *context, const QString &region, const QString &podId, int replicas,
        Callback<Pod> callback);
    /** DELETE /pods/{region}/{pod}: the id of the deleted pod. */
    ApiCall deletePod(
        QObject *context, const QString &region, const QString &podId, Callback<QString> callback);
    /** POST /pods: the created pod (201), replicas starting with health unknown. */
    ApiCall createPod(QObject *context, const PodSpec &spec, Callback<Pod> callback);
    /** GET /pods/{region}/{pod}/probes: each replica's recent health probes. */
    ApiCall fetchPodProbes(QObject *context, const QString &region, const QString &podId,
        Callback<PodProbes> callback);

    /** Parses `{"<key>":[…]}` with T::fromJson, naming the element in any error ("pods[2].type").
     */
    template <typename T> static QList<T> parseList(const QJsonObject &json, const QString &key);
    /** The problem reported when a 2xx answer does not have the documented shape. */
    static ProblemDetails invalidResponse(const QString &what, const QString &reason);

signals:
    /** Every failed call, after its callback: lets a status bar show the latest error. */
    void requestFailed(const ProblemDetails &problem);
    /** The daemon or the token changed: whatever was learnt about the old one (the role) is void.
     */
    void endpointChanged();

private:
    QNetworkReply *send(const QByteArray &method, const QString &path,
        const std::optional<QJsonObject> &body, const QUrlQuery &query);
    /** The answer's body, or the problem that explains why there is none. */
    ApiResult<QByteArray> answer(QNetworkReply *reply, const QString &what);
    QUrl urlFor(const QString &path, const QUrlQuery &query) const;
    ProblemDetails networkProblem(QNetworkReply *reply) const;

    QNetworkAccessManager &m_network;
    QUrl m_baseUrl;
    QString m_token;
    QByteArray m_acceptLanguage;
    std::chrono::milliseconds m_timeout{15000};
    bool m_verbose = false;
};

/** Encodes one path segment (pod ids are plain, but user input must not alter the path). */
QString apiPathSegment(const QString &segment);

template <typename T> QList<T> ApiClient::parseList(const QJsonObject &json, const QString &key)
{
    const auto value = json.value(key);
    if (!value.isArray())
        throw std::runtime_error(QStringLiteral("%1: must be an array").arg(key).toStdString());
    QList<T> list;
    const auto array = value.toArray();
    list.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        try {
            list.append(T::fromJson(array.at(i).toObject()));
        } catch (const std::exception &e) {
            throw std::runtime_error(QStringLiteral("%1[%2].%3")
                                         .arg(key)
                                         .arg(i)
                                         .arg(QString::fromUtf8(e.what()))
                                         .toStdString());
        }
    }
    return list;
}
