#pragma once

#include "models/apiresult.h"

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

#include <functional>

class ApiClient;

/**
 * Sends @p method @p path to @p api's daemon (its base URL and token) and hands the raw answer
 * body to @p callback — for answers that are not JSON, such as GET
 * /residency/audit/{id}?format=csv. Non-2xx answers become the daemon's ProblemDetails, network
 * errors a problem with status 0. Unlike ApiClient's calls it does not emit
 * ApiClient::requestFailed, so an expected refusal (a role probe answered 403) does not reach the
 * status bar. Callbacks never run after @p api is destroyed.
 */
void requestRawBytes(ApiClient *api, const QByteArray &method, const QString &path,
    const QUrlQuery &query, std::function<void(ApiResult<QByteArray>)> callback);
