#include "backend/api/drillscontroller.h"

#include "backend/api/apierror.h"
#include "backend/api/router.h"
#include "backend/core/drills/drillrecord.h"
#include "backend/services/drillrunner.h"
#include "backend/services/drillscheduler.h"

#include <QJsonArray>

namespace {

QString csvField(QString text)
{
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n')) {
        text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return u'"' + text + u'"';
    }
    return text;
}

/** One row per district: what it measured against the drill's targets. */
QByteArray reportCsv(const DrillRecord &record)
{
    QStringList lines{QStringLiteral("drill,scenario,state,district,from,expected,to,failed_closed,"
                                     "detection_ms,reroute_ms,rto_ms,probes,failed_probes,"
                                     "slow_probes,out_of_zone,as_predicted,meets_targets")};
    const auto yesNo = [](bool b) { return b ? QStringLiteral("true") : QStringLiteral("false"); };
    const auto ms = [](qint64 v) { return v < 0 ? QString() : QString::number(v); };
    for (const DrillDistrictResult &d : record.districts) {
        QStringList fields{record.id, drillScenarioName(record.request.scenario),
            drillStateName(record.state), d.district, d.fromPod, d.expectedPod, d.toPod,
            yesNo(d.failedClosed), ms(d.detectionMs), ms(d.rerouteMs), ms(d.rtoMs),
            QString::number(d.probes), QString::number(d.failedProbes),
            QString::number(d.slowProbes), QString::number(d.outOfZone), yesNo(d.asPredicted),
            yesNo(d.meetsTargets)};
        for (QString &field : fields)
            field = csvField(field);
        lines.append(fields.join(u','));
    }
    return lines.join(u'\n').toUtf8() + '\n';
}

} // namespace

DrillsController::DrillsController(DrillRunner &drills, DrillScheduler &schedules)
    : m_drills(drills)
    , m_schedules(schedules)
{ }

void DrillsController::registerRoutes(Router &router)
{
    router.add("POST", QStringLiteral("/drills"), Access::Operate, [this](const ApiRequest &req) {
        const DrillRequest request = DrillRequest::fromJson(req.json());
        if (request.dryRun)
            return ApiResponse::json(QJsonObject{{QStringLiteral("dry_run"), true},
                {QStringLiteral("request"), request.toJson()},
                {QStringLiteral("preflight"), m_drills.preflight(request).toJson()}});
        return ApiResponse::json(
            m_drills.start(request, req.actor()).toJson(), HttpStatus::Accepted);
    });
    router.add("GET", QStringLiteral("/drills"), Access::Read, [this](const ApiRequest &req) {
        bool ok = true;
        const int offset = req.hasQuery(QStringLiteral("offset"))
            ? req.query(QStringLiteral("offset")).toInt(&ok)
            : 0;
        if (!ok || offset < 0)
            throw ApiError(HttpStatus::BadRequest, QStringLiteral("offset must be a number ≥ 0"),
                QStringLiteral("offset"));
        const int limit = req.hasQuery(QStringLiteral("limit"))
            ? req.query(QStringLiteral("limit")).toInt(&ok)
            : 50;
        if (!ok || limit < 1 || limit > 500)
            throw ApiError(HttpStatus::BadRequest, QStringLiteral("limit must be within 1..500"),
                QStringLiteral("limit"));
        int total = 0;
        QJsonArray drills;
        for (const DrillRecord &d : m_drills.list(offset, limit, req.principal(), &total))
            drills.append(d.summaryJson());
        return ApiResponse::json(QJsonObject{{QStringLiteral("drills"), drills},
            {QStringLiteral("total"), total}, {QStringLiteral("offset"), offset},
            {QStringLiteral("limit"), limit}, {QStringLiteral("active"), m_drills.activeId()}});
    });
    const auto findOr404 = [this](const ApiRequest &req) {
        const QString id = req.param(QStringLiteral("id"));
        const auto drill = m_drills.find(id, req.principal());
        if (!drill)
            throw ApiError(HttpStatus::NotFound, QStringLiteral("no drill '%1'").arg(id),
                QStringLiteral("id"));
        return *drill;
    };
    router.add("GET", QStringLiteral("/drills/{id}"), Access::Read,
        [findOr404](const ApiRequest &req) { return ApiResponse::json(findOr404(req).toJson()); });
    router.add("GET", QStringLiteral("/drills/{id}/report"), Access::Read,
        [findOr404](const ApiRequest &req) {
            const DrillRecord drill = findOr404(req);
            const QString format = req.query(QStringLiteral("format"));
            if (format == QLatin1String("csv"))
                return ApiResponse::text(
                    reportCsv(drill), QByteArrayLiteral("text/csv; charset=utf-8"));
            if (!format.isEmpty() && format != QLatin1String("json"))
                throw ApiError(HttpStatus::BadRequest, QStringLiteral("format must be json or csv"),
                    QStringLiteral("format"));
            return ApiResponse::json(drill.toJson());
        });
    const auto scheduleJson = [this](const DrillSchedule &s) {
        QJsonObject json = s.toJson();
        const auto next = m_schedules.nextRun(s.id);
        json.insert(QStringLiteral("next_run"),
            next ? QJsonValue(next->toString(Qt::ISODateWithMs)) : QJsonValue());
        QJsonArray runs;
        for (const DrillScheduleRun &run : m_schedules.runs(s.id, 10))
            runs.append(run.toJson());
        json.insert(QStringLiteral("runs"), runs);
        return json;
    };
    router.add("POST", QStringLiteral("/drills/schedules"), Access::Operate,
        [this, scheduleJson](const ApiRequest &req) {
            const DrillSchedule added
                = m_schedules.add(DrillSchedule::fromJson(req.json(), true), req.actor());
            return ApiResponse::json(scheduleJson(added), HttpStatus::Created);
        });
    router.add("GET", QStringLiteral("/drills/schedules"), Access::Read,
        [this, scheduleJson](const ApiRequest &) {
            QJsonArray out;
            for (const DrillSchedule &s : m_schedules.schedules())
                out.append(scheduleJson(s));
            return ApiResponse::json(QJsonObject{{QStringLiteral("schedules"), out}});
        });
    router.add("GET", QStringLiteral("/drills/schedules/{id}"), Access::Read,
        [this, scheduleJson](const ApiRequest &req) {
            const auto s = m_schedules.find(req.param(QStringLiteral("id")));
            if (!s)
                throw ApiError(HttpStatus::NotFound,
                    QStringLiteral("no drill schedule '%1'").arg(req.param(QStringLiteral("id"))),
                    QStringLiteral("id"));
            return ApiResponse::json(scheduleJson(*s));
        });
    router.add("DELETE", QStringLiteral("/drills/schedules/{id}"), Access::Operate,
        [this](const ApiRequest &req) {
            m_schedules.remove(req.param(QStringLiteral("id")), req.actor());
            return ApiResponse::json(QJsonObject{{QStringLiteral("removed"), true}});
        });
    router.add("POST", QStringLiteral("/drills/{id}/abort"), Access::Operate,
        [this](const ApiRequest &req) {
            return ApiResponse::json(
                m_drills.abort(req.param(QStringLiteral("id")), req.actor()).toJson());
        });
}
