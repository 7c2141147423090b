#pragma once

#include "backend/core/drills/drillrecord.h"
#include "models/apiclient.h"
#include "models/apiresult.h"

#include <QObject>

/** GET /drills: a page of history, newest first. */
struct DrillHistory
{
    QList<DrillRecord> drills; // without timeline, ledger, preflight and districts
    int total = 0;
    QString active; // the drill running or restoring, or ""

    /** Parses {"drills", "total", "offset", "limit", "active"}; throws ValidationError. */
    static DrillHistory fromJson(const QJsonObject &json);
};

/**
 * Typed calls for the daemon's Drills API (docs/api.md, Drills) on the console's ApiClient.
 * A refused drill comes back as the daemon's ProblemDetails (409 with the preflight's reasons),
 * shown to the user verbatim.
 */
class DrillsClient : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrillsClient)

public:
    template <typename T> using Callback = std::function<void(ApiResult<T>)>;

    explicit DrillsClient(ApiClient &api, QObject *parent = nullptr);
    ~DrillsClient() override;

    /** POST /drills with dry_run: what the drill would do; changes nothing. */
    ApiCall preflight(QObject *context, DrillRequest request, Callback<DrillPreflight> callback);
    /** POST /drills: the drill's record as it starts (202). */
    ApiCall start(QObject *context, DrillRequest request, Callback<DrillRecord> callback);
    ApiCall fetch(QObject *context, const QString &id, Callback<DrillRecord> callback);
    ApiCall abort(QObject *context, const QString &id, Callback<DrillRecord> callback);
    ApiCall fetchHistory(QObject *context, int offset, int limit, Callback<DrillHistory> callback);
    /** GET /drills/{id}/report?format=csv: one row per district. */
    ApiCall fetchReportCsv(QObject *context, const QString &id, Callback<QByteArray> callback);

private:
    ApiClient &m_api;
};
