#pragma once

#include "backend/core/capacity/capacityreport.h"
#include "models/apiclient.h"
#include "models/apiresult.h"

#include <QObject>

/** Typed calls for GET /capacity/metrics (docs/api.md, Capacity) on the console's ApiClient. */
class CapacityClient : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CapacityClient)

public:
    template <typename T> using Callback = std::function<void(ApiResult<T>)>;

    /** Uses (does not own) @p api, which must outlive this client. */
    explicit CapacityClient(ApiClient &api, QObject *parent = nullptr);
    ~CapacityClient() override;

    /** The figures now; with @p rangeSeconds > 0 each pod's series over that range, at most
     *  one point per @p stepSeconds (0: every scrape). */
    ApiCall fetch(
        QObject *context, int rangeSeconds, int stepSeconds, Callback<CapacityReport> callback);

private:
    ApiClient &m_api;
};
