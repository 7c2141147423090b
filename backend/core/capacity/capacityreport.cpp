#include "backend/core/capacity/capacityreport.h"

#include "backend/core/jsonreader.h"
#include "backend/core/validationerror.h"

#include <QJsonArray>

#include <cmath>

namespace {

QJsonObject figuresJson(const CapacityFigures &f)
{
    QJsonObject o{{QStringLiteral("region"), f.region}, {QStringLiteral("replicas"), f.replicas},
        {QStringLiteral("capacity_rps"), f.capacityRps}, {QStringLiteral("rps"), f.rps},
        {QStringLiteral("requests_total"), f.requestsTotal},
        {QStringLiteral("utilization"), f.utilization},
        {QStringLiteral("headroom_rps"), f.headroomRps},
        {QStringLiteral("p95_ms"), f.p95Ms ? QJsonValue(*f.p95Ms) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("error_rate"), f.errorRate},
        {QStringLiteral("trend_rps_per_min"), f.trendRpsPerMinute}};
    if (!f.pod.isEmpty())
        o.insert(QStringLiteral("pod"), f.pod);
    if (!f.scrapeErrors.isEmpty())
        o.insert(QStringLiteral("scrape_errors"), QJsonArray::fromStringList(f.scrapeErrors));
    if (!f.series.isEmpty()) {
        QJsonArray series;
        for (const auto &p : f.series)
            series.append(QJsonObject{
                {QStringLiteral("t"), p.time.toUTC().toString(Qt::ISODateWithMs)},
                {QStringLiteral("rps"), p.rps}, {QStringLiteral("capacity_rps"), p.capacityRps}});
        o.insert(QStringLiteral("series"), series);
    }
    return o;
}

// A figure is a finite number at or above 0 (a rate, a count, a share).
double figure(const JsonReader &r, const QString &key)
{
    const double value = r.requiredDouble(key);
    if (!std::isfinite(value) || value < 0)
        throw ValidationError(r.fieldName(key), QStringLiteral("must be a number of at least 0"));
    return value;
}

CapacityFigures figuresFrom(const QJsonObject &json, const QString &prefix, bool isPod)
{
    const JsonReader r(json, prefix);
    CapacityFigures f;
    if (isPod)
        f.pod = r.requiredString(QStringLiteral("pod"));
    f.region = r.requiredString(QStringLiteral("region"));
    f.replicas = int(r.requiredIntIn(QStringLiteral("replicas"), 0, 1000000));
    f.capacityRps = figure(r, QStringLiteral("capacity_rps"));
    f.rps = figure(r, QStringLiteral("rps"));
    f.requestsTotal = figure(r, QStringLiteral("requests_total"));
    f.utilization = figure(r, QStringLiteral("utilization"));
    f.headroomRps = figure(r, QStringLiteral("headroom_rps"));
    if (!json.value(QStringLiteral("p95_ms")).isNull())
        f.p95Ms = figure(r, QStringLiteral("p95_ms"));
    f.errorRate = figure(r, QStringLiteral("error_rate"));
    if (f.errorRate > 1)
        throw ValidationError(
            r.fieldName(QStringLiteral("error_rate")), QStringLiteral("must be a share of 0..1"));
    f.trendRpsPerMinute = r.requiredDouble(QStringLiteral("trend_rps_per_min"));
    if (!std::isfinite(f.trendRpsPerMinute))
        throw ValidationError(r.fieldName(QStringLiteral("trend_rps_per_min")),
            QStringLiteral("must be a finite number"));
    f.scrapeErrors = r.stringList(QStringLiteral("scrape_errors"));
    if (json.contains(QStringLiteral("series"))) {
        const QJsonArray series = r.requiredArray(QStringLiteral("series"));
        const QString field = prefix + QStringLiteral("series");
        for (qsizetype i = 0; i < series.size(); ++i) {
            const JsonReader p(
                objectAt(series, i, field), QStringLiteral("%1[%2].").arg(field).arg(i));
            f.series.append({p.requiredTime(QStringLiteral("t")), figure(p, QStringLiteral("rps")),
                figure(p, QStringLiteral("capacity_rps"))});
        }
    }
    return f;
}

} // namespace

QJsonObject CapacityReport::toJson() const
{
    QJsonArray podArray;
    for (const auto &f : pods)
        podArray.append(figuresJson(f));
    QJsonArray regionArray;
    for (const auto &f : regions) {
        CapacityFigures r = f;
        r.pod.clear();
        regionArray.append(figuresJson(r));
    }
    QJsonObject json{{QStringLiteral("pods"), podArray}, {QStringLiteral("regions"), regionArray},
        {QStringLiteral("scrape_interval_ms"), scrapeIntervalMs},
        {QStringLiteral("demo_traffic"), demoTraffic}};
    if (demoTraffic || !districts.isEmpty()) {
        QJsonArray districtArray;
        for (const auto &t : districts) {
            QJsonObject o{{QStringLiteral("district"), t.district},
                {QStringLiteral("target_rps"), t.targetRps}, {QStringLiteral("rps"), t.rps},
                {QStringLiteral("sent"), t.sent}, {QStringLiteral("ok"), t.ok},
                {QStringLiteral("failed"), t.failed}, {QStringLiteral("slow"), t.slow},
                {QStringLiteral("unserved"), t.unserved},
                {QStringLiteral("in_flight"), t.inFlight}};
            if (!t.lastError.isEmpty())
                o.insert(QStringLiteral("last_error"), t.lastError);
            districtArray.append(o);
        }
        json.insert(QStringLiteral("districts"), districtArray);
    }
    return json;
}

CapacityReport CapacityReport::fromJson(const QJsonObject &json)
{
    const JsonReader r(json);
    CapacityReport report;
    const QJsonArray pods = r.requiredArray(QStringLiteral("pods"));
    for (qsizetype i = 0; i < pods.size(); ++i)
        report.pods.append(figuresFrom(
            objectAt(pods, i, QStringLiteral("pods")), QStringLiteral("pods[%1].").arg(i), true));
    const QJsonArray regions = r.requiredArray(QStringLiteral("regions"));
    for (qsizetype i = 0; i < regions.size(); ++i)
        report.regions.append(figuresFrom(objectAt(regions, i, QStringLiteral("regions")),
            QStringLiteral("regions[%1].").arg(i), false));
    report.scrapeIntervalMs
        = int(r.requiredIntIn(QStringLiteral("scrape_interval_ms"), 1, 86'400'000));
    report.demoTraffic = r.optionalBool(QStringLiteral("demo_traffic")).value_or(false);
    if (json.contains(QStringLiteral("districts"))) {
        const QJsonArray districts = r.requiredArray(QStringLiteral("districts"));
        for (qsizetype i = 0; i < districts.size(); ++i) {
            const JsonReader d(objectAt(districts, i, QStringLiteral("districts")),
                QStringLiteral("districts[%1].").arg(i));
            DistrictTraffic t;
            t.district = d.requiredString(QStringLiteral("district"));
            t.targetRps = figure(d, QStringLiteral("target_rps"));
            t.rps = figure(d, QStringLiteral("rps"));
            constexpr qint64 kMax = qint64(1) << 53; // exact in a JSON number
            t.sent = d.requiredIntIn(QStringLiteral("sent"), 0, kMax);
            t.ok = d.requiredIntIn(QStringLiteral("ok"), 0, kMax);
            t.failed = d.requiredIntIn(QStringLiteral("failed"), 0, kMax);
            t.slow = d.requiredIntIn(QStringLiteral("slow"), 0, kMax);
            t.unserved = d.requiredIntIn(QStringLiteral("unserved"), 0, kMax);
            t.inFlight = int(d.requiredIntIn(QStringLiteral("in_flight"), 0, 1000000));
            t.lastError = d.optionalString(QStringLiteral("last_error")).value_or(QString());
            report.districts.append(t);
        }
    }
    return report;
}
