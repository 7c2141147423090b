#pragma once

#include "backend/core/daemonhealth.h"
#include "backend/core/district.h"
#include "backend/core/pod.h"
#include "backend/core/region.h"
#include "models/apiresult.h"

#include <QElapsedTimer>
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

class QNetworkAccessManager;
class QNetworkReply;

/**
 * Typed, asynchronous client of the daemon's REST API (docs/api.md). Every call ends in
 * exactly one callback with either the parsed value or a ProblemDetails: HTTP errors carry the
 * daemon's problem+json, network errors and unparsable answers become a readable problem with
 * status 0. Callbacks run on the client's thread; a caller that may die first must guard
 * itself (e.g. with QPointer). Set REGIONALPODS_API_VERBOSE=1 to log every request.
 */
class ApiClient : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    template <typename T> using Callback = std::function<void(ApiResult<T>)>;
    using JsonCallback = Callback<QJsonObject>;

    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    /** Sets the daemon's base URL, e.g. http://127.0.0.1:7420 (a path prefix is kept); emits
     *  endpointChanged() when it differs. */
    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_baseUrl; }
    /** Sets the bearer token sent with every request except GET /healthz; emits
     *  endpointChanged() when it differs. */
    void setToken(const QString &token);
    QString token() const { return m_token; }
    /** Aborts requests that see no progress for @p timeout; they fail with status 0. */
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    /** True when REGIONALPODS_API_VERBOSE=1 asked for request logging. */
    bool isVerbose() const { return m_verbose; }

    /**
     * The core every typed call goes through: sends @p method @p path (relative to the base
     * URL) with an optional JSON @p body and hands the JSON object answer — or the problem —
     * to @p callback.
     */
    void requestJson(const QByteArray &method, const QString &path,
        const std::optional<QJsonObject> &body, JsonCallback callback, const QUrlQuery &query = {});

    /** requestJson() plus @p parse; a parse exception becomes an "invalid response" problem. */
    template <typename T>
    void request(const QByteArray &method, const QString &path,
        const std::optional<QJsonObject> &body, std::function<T(const QJsonObject &)> parse,
        Callback<T> callback, const QUrlQuery &query = {})
    {
        requestJson(
            method, path, body,
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
    void fetchHealth(Callback<DaemonHealth> callback);
    /** GET /regions. */
    void fetchRegions(Callback<QList<Region>> callback);
    /** GET /districts (an auditor gets only its own). */
    void fetchDistricts(Callback<QList<District>> callback);
    /** GET /pods: every pod with health and replica status. */
    void fetchPods(Callback<QList<Pod>> callback);
    /** PUT /pods/{region}/{pod}/scale: the pod with its new desired count (400 outside min..max).
     */
    void scalePod(
        const QString &region, const QString &podId, int replicas, Callback<Pod> callback);
    /** DELETE /pods/{region}/{pod}: the id of the deleted pod. */
    void deletePod(const QString &region, const QString &podId, Callback<QString> callback);
    /** POST /pods: the created pod (201), replicas starting with health unknown. */
    void createPod(const PodSpec &spec, Callback<Pod> callback);

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
    void finish(QNetworkReply *reply, const QString &what, const JsonCallback &callback,
        const QElapsedTimer &timer);
    QUrl urlFor(const QString &path, const QUrlQuery &query) const;
    ProblemDetails networkProblem(QNetworkReply *reply) const;

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    QString m_token;
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
