#include "backend/api/capacitycontroller.h"

#include "backend/api/apierror.h"
#include "backend/api/router.h"
#include "backend/services/capacitymonitor.h"
#include "backend/services/trafficgenerator.h"

#include <QDateTime>
#include <QJsonArray>
#include <QMap>
#include <QRegularExpression>

namespace {

/** "90s", "15m", "1h", "7d" → milliseconds; throws 400 naming @p field. */
qint64 durationMs(const QString &text, const QString &field, qint64 maxMs)
{
    static const QRegularExpression pattern(QStringLiteral("^([1-9][0-9]{0,6})([smhd])$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        throw ApiError(HttpStatus::BadRequest,
            QStringLiteral("%1 must be a whole number of s, m, h or d, such as 1h (got '%2')")
                .arg(field, text.left(40)),
            field);
    const qint64 unit = match.captured(2) == u"s" ? 1000
        : match.captured(2) == u"m"               ? 60'000
        : match.captured(2) == u"h"               ? 3'600'000
                                                  : 86'400'000;
    const qint64 ms = match.captured(1).toLongLong() * unit;
    if (ms > maxMs)
        throw ApiError(HttpStatus::BadRequest,
            QStringLiteral("%1 may be at most %2 h").arg(field).arg(maxMs / 3'600'000), field);
    return ms;
}

QJsonValue optionalNumber(const std::optional<double> &value, double scale = 1)
{
    return value ? QJsonValue(*value * scale) : QJsonValue(QJsonValue::Null);
}

QJsonObject figuresJson(const PodCapacity &f)
{
    return {{QStringLiteral("replicas"), f.replicas},
        {QStringLiteral("capacity_rps"), f.capacityRps}, {QStringLiteral("rps"), f.rps},
        {QStringLiteral("requests_total"), f.requestsTotal},
        {QStringLiteral("utilization"), f.utilization()},
        {QStringLiteral("headroom_rps"), f.headroomRps()},
        {QStringLiteral("p95_ms"), optionalNumber(f.p95Seconds, 1000)},
        {QStringLiteral("error_rate"), f.errorRate},
        {QStringLiteral("trend_rps_per_min"), f.trendRpsPerMinute}};
}

QJsonObject trafficJson(const DistrictTraffic &t)
{
    QJsonObject o{{QStringLiteral("district"), t.district},
        {QStringLiteral("target_rps"), t.targetRps}, {QStringLiteral("rps"), t.rps},
        {QStringLiteral("sent"), t.sent}, {QStringLiteral("ok"), t.ok},
        {QStringLiteral("failed"), t.failed}, {QStringLiteral("slow"), t.slow},
        {QStringLiteral("unserved"), t.unserved}, {QStringLiteral("in_flight"), t.inFlight}};
    if (!t.lastError.isEmpty())
        o.insert(QStringLiteral("last_error"), t.lastError);
    return o;
}

} // namespace

CapacityController::CapacityController(CapacityMonitor &monitor, const TrafficGenerator &traffic)
    : m_monitor(monitor)
    , m_traffic(traffic)
{ }

void CapacityController::registerRoutes(Router &router)
{
    // The fleet's figures are not district data: every role sees them (an auditor too).
    router.add(
        "GET", QStringLiteral("/capacity/metrics"), Access::Read, [this](const ApiRequest &req) {
            const QString range = req.query(QStringLiteral("range"));
            const QString step = req.query(QStringLiteral("step"));
            const qint64 rangeMs
                = range.isEmpty() ? 0 : durationMs(range, QStringLiteral("range"), 24 * 3'600'000);
            const qint64 stepMs = step.isEmpty()
                ? m_monitor.settings().scrapeIntervalMs
                : durationMs(step, QStringLiteral("step"), 24 * 3'600'000);
            if (!step.isEmpty() && range.isEmpty())
                throw ApiError(HttpStatus::BadRequest,
                    QStringLiteral("step needs a range, such as range=1h&step=60s"),
                    QStringLiteral("step"));
            const qint64 since = QDateTime::currentMSecsSinceEpoch() - rangeMs;

            QJsonArray pods;
            QMap<QString, PodCapacity> regions;
            QMap<QString, double> regionErrors;
            for (const PodCapacity &f : m_monitor.pods()) {
                QJsonObject o = figuresJson(f);
                o.insert(QStringLiteral("pod"), f.pod);
                o.insert(QStringLiteral("region"), f.region);
                if (!f.scrapeErrors.isEmpty())
                    o.insert(QStringLiteral("scrape_errors"),
                        QJsonArray::fromStringList(f.scrapeErrors));
                if (rangeMs > 0) {
                    QJsonArray series;
                    for (const auto &p : m_monitor.series(f.pod, since, stepMs)) {
                        series.append(
                            QJsonObject{{QStringLiteral("t"),
                                            QDateTime::fromMSecsSinceEpoch(p.atMs, Qt::UTC)
                                                .toString(Qt::ISODateWithMs)},
                                {QStringLiteral("rps"), p.rps},
                                {QStringLiteral("capacity_rps"), p.capacityRps}});
                    }
                    o.insert(QStringLiteral("series"), series);
                }
                pods.append(o);
                PodCapacity &r = regions[f.region];
                r.replicas += f.replicas;
                r.capacityRps += f.capacityRps;
                r.rps += f.rps;
                r.requestsTotal += f.requestsTotal;
                r.trendRpsPerMinute += f.trendRpsPerMinute;
                regionErrors[f.region] += f.errorRate * f.rps;
                if (f.p95Seconds)
                    r.p95Seconds = std::max(r.p95Seconds.value_or(0.0), *f.p95Seconds);
            }
            QJsonArray regionList;
            for (auto it = regions.begin(); it != regions.end(); ++it) {
                it->errorRate = it->rps > 0 ? regionErrors.value(it.key()) / it->rps : 0.0;
                QJsonObject o = figuresJson(*it);
                o.insert(QStringLiteral("region"), it.key());
                regionList.append(o);
            }
            QJsonObject out{{QStringLiteral("pods"), pods},
                {QStringLiteral("regions"), regionList},
                {QStringLiteral("scrape_interval_ms"), m_monitor.settings().scrapeIntervalMs},
                {QStringLiteral("demo_traffic"), m_traffic.running()}};
            if (m_traffic.running()) {
                // District-level traffic is district data: an auditor sees only its own.
                QJsonArray districts;
                for (const DistrictTraffic &t : m_traffic.districts())
                    if (req.principal().maySeeDistrict(t.district))
                        districts.append(trafficJson(t));
                out.insert(QStringLiteral("districts"), districts);
            }
            return ApiResponse::json(out);
        });
}
