#include "models/drills/drillsclient.h"

#include "backend/core/jsonreader.h"
#include "backend/core/validationerror.h"

#include <QUrlQuery>

DrillHistory DrillHistory::fromJson(const QJsonObject &json)
{
    const JsonReader r(json);
    DrillHistory h;
    const QJsonArray drills = r.requiredArray(QStringLiteral("drills"));
    for (qsizetype i = 0; i < drills.size(); ++i) {
        try {
            h.drills.append(DrillRecord::fromJson(objectAt(drills, i, QStringLiteral("drills"))));
        } catch (const ValidationError &e) {
            throw ValidationError(
                QStringLiteral("drills[%1].%2").arg(i).arg(e.field()), e.reason());
        }
    }
    h.total = int(r.requiredIntIn(QStringLiteral("total"), 0, 1'000'000'000));
    h.active = r.optionalString(QStringLiteral("active")).value_or(QString());
    return h;
}

DrillsClient::DrillsClient(ApiClient &api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{ }

DrillsClient::~DrillsClient() = default;

ApiCall DrillsClient::preflight(
    QObject *context, DrillRequest request, Callback<DrillPreflight> callback)
{
    request.dryRun = true;
    return m_api.request<DrillPreflight>(
        context, "POST", QStringLiteral("/drills"), request.toJson(),
        [](const QJsonObject &json) {
            return drillPreflightFromJson(
                json.value(QStringLiteral("preflight")).toObject(), QStringLiteral("preflight."));
        },
        std::move(callback));
}

ApiCall DrillsClient::start(QObject *context, DrillRequest request, Callback<DrillRecord> callback)
{
    request.dryRun = false;
    return m_api.request<DrillRecord>(context, "POST", QStringLiteral("/drills"), request.toJson(),
        &DrillRecord::fromJson, std::move(callback));
}

ApiCall DrillsClient::fetch(QObject *context, const QString &id, Callback<DrillRecord> callback)
{
    return m_api.request<DrillRecord>(context, "GET",
        QStringLiteral("/drills/%1").arg(apiPathSegment(id)), std::nullopt, &DrillRecord::fromJson,
        std::move(callback));
}

ApiCall DrillsClient::abort(QObject *context, const QString &id, Callback<DrillRecord> callback)
{
    return m_api.request<DrillRecord>(context, "POST",
        QStringLiteral("/drills/%1/abort").arg(apiPathSegment(id)), QJsonObject(),
        &DrillRecord::fromJson, std::move(callback));
}

ApiCall DrillsClient::fetchHistory(
    QObject *context, int offset, int limit, Callback<DrillHistory> callback)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    return m_api.request<DrillHistory>(context, "GET", QStringLiteral("/drills"), std::nullopt,
        &DrillHistory::fromJson, std::move(callback), query);
}

ApiCall DrillsClient::fetchReportCsv(
    QObject *context, const QString &id, Callback<QByteArray> callback)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("format"), QStringLiteral("csv"));
    return m_api.requestBytes(context, "GET",
        QStringLiteral("/drills/%1/report").arg(apiPathSegment(id)), std::move(callback), query);
}
