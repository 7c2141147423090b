#include "backend/api/capacitycontroller.h"

#include "backend/api/apierror.h"
#include "backend/api/router.h"
#include "backend/core/capacity/capacityreport.h"
#include "backend/services/capacitymonitor.h"
#include "backend/services/trafficgenerator.h"

#include <QDateTime>
#include <QJsonArray>
#include <QMap>
#include <QRegularExpression>
#include <QTimeZone>

namespace {

// The stored history's reach (CapacitySettings::historyKeepMs).
constexpr qint64 kMaxRangeMs = 7 * 86'400'000LL;

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
            QStringLiteral("%1 may be at most %2 days").arg(field).arg(maxMs / 86'400'000), field);
    return ms;
}

CapacityFigures figuresOf(const PodCapacity &f)
{
    CapacityFigures out;
    out.pod = f.pod;
    out.region = f.region;
    out.replicas = f.replicas;
    out.capacityRps = f.capacityRps;
    out.rps = f.rps;
    out.requestsTotal = f.requestsTotal;
    out.utilization = f.utilization();
    out.headroomRps = f.headroomRps();
    if (f.p95Seconds)
        out.p95Ms = *f.p95Seconds * 1000;
    out.errorRate = f.errorRate;
    out.trendRpsPerMinute = f.trendRpsPerMinute;
    out.scrapeErrors = f.scrapeErrors;
    return out;
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
                = range.isEmpty() ? 0 : durationMs(range, QStringLiteral("range"), kMaxRangeMs);
            const qint64 stepMs = step.isEmpty()
                ? m_monitor.settings().scrapeIntervalMs
                : durationMs(step, QStringLiteral("step"), kMaxRangeMs);
            if (!step.isEmpty() && range.isEmpty())
                throw ApiError(HttpStatus::BadRequest,
                    QStringLiteral("step needs a range, such as range=1h&step=60s"),
                    QStringLiteral("step"));
            const qint64 since = QDateTime::currentMSecsSinceEpoch() - rangeMs;

            CapacityReport report;
            report.scrapeIntervalMs = m_monitor.settings().scrapeIntervalMs;
            QMap<QString, PodCapacity> regions;
            QMap<QString, double> regionErrors;
            for (const PodCapacity &f : m_monitor.pods()) {
                CapacityFigures figures = figuresOf(f);
                if (rangeMs > 0)
                    for (const auto &p : m_monitor.series(f.pod, since, stepMs))
                        figures.series.append(
                            {QDateTime::fromMSecsSinceEpoch(p.atMs, QTimeZone::utc()), p.rps,
                                p.capacityRps});
                report.pods.append(figures);
                PodCapacity &r = regions[f.region];
                r.region = f.region;
                r.replicas += f.replicas;
                r.capacityRps += f.capacityRps;
                r.rps += f.rps;
                r.requestsTotal += f.requestsTotal;
                r.trendRpsPerMinute += f.trendRpsPerMinute;
                regionErrors[f.region] += f.errorRate * f.rps;
                if (f.p95Seconds)
                    r.p95Seconds = std::max(r.p95Seconds.value_or(0.0), *f.p95Seconds);
            }
            for (auto it = regions.begin(); it != regions.end(); ++it) {
                it->errorRate = it->rps > 0 ? regionErrors.value(it.key()) / it->rps : 0.0;
                report.regions.append(figuresOf(*it));
            }
            report.demoTraffic = m_traffic.running();
            if (report.demoTraffic) {
                // District-level traffic is district data: an auditor sees only its own.
                for (const DistrictTraffic &t : m_traffic.districts())
                    if (req.principal().maySeeDistrict(t.district))
                        report.districts.append(t);
            }
            return ApiResponse::json(report.toJson());
        });
}
