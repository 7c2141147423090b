#include "models/capacity/capacityclient.h"

CapacityClient::CapacityClient(ApiClient &api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{ }

CapacityClient::~CapacityClient() = default;

ApiCall CapacityClient::fetch(
    QObject *context, int rangeSeconds, int stepSeconds, Callback<CapacityReport> callback)
{
    QUrlQuery query;
    if (rangeSeconds > 0) {
        query.addQueryItem(QStringLiteral("range"), QStringLiteral("%1s").arg(rangeSeconds));
        if (stepSeconds > 0)
            query.addQueryItem(QStringLiteral("step"), QStringLiteral("%1s").arg(stepSeconds));
    }
    return m_api.request<CapacityReport>(context, "GET", QStringLiteral("/capacity/metrics"),
        std::nullopt, &CapacityReport::fromJson, std::move(callback), query);
}
