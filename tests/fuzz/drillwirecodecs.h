#pragma once

// The drills' wire codecs (issue #23) for tst_wirecodecsfuzz: POST /drills bodies, drill
// records (GET /drills/{id}) and school calendars, each with its invariant.

#include "backend/core/drills/drillrecord.h"
#include "backend/core/drills/schoolcalendar.h"
#include "fuzz/wirecodec.h"

namespace wirecodec {

inline QString drillRequestInvariant(const QJsonObject &, const DrillRequest &r)
{
    if (r.pods.isEmpty() && r.regions.isEmpty())
        return QStringLiteral("accepted a drill with an empty blast radius");
    if (r.durationS < DrillRequest::kMinDurationS || r.durationS > DrillRequest::kMaxDurationS)
        return QStringLiteral("accepted duration_s %1").arg(r.durationS);
    if (r.force && r.forceReason.trimmed().isEmpty())
        return QStringLiteral("accepted force without a reason");
    if (!(DrillRequest::fromJson(r.toJson()) == r))
        return roundTripFailure(QStringLiteral("drill request"));
    return {};
}

inline QString calendarInvariant(const QJsonObject &, const SchoolCalendar &c)
{
    for (const auto &h : c.hours)
        if (h && !(h->start < h->end))
            return QStringLiteral("accepted school hours that end before they start");
    if (!(SchoolCalendar::fromJson(c.toJson()) == c))
        return roundTripFailure(QStringLiteral("school calendar"));
    return {};
}

inline QString drillRecordInvariant(const QJsonObject &, const DrillRecord &r)
{
    if (r.id.trimmed().isEmpty())
        return QStringLiteral("accepted a drill without an id");
    if (DrillRecord::fromJson(r.toJson()).toJson() != r.toJson())
        return roundTripFailure(QStringLiteral("drill record"));
    return {};
}

inline void appendDrillCodecs(QList<WireCodec> &codecs, const QDateTime &t0)
{
    WireCodec drillRequest{QStringLiteral("drillrequest"),
        {QStringLiteral("scenario"), QStringLiteral("pods"), QStringLiteral("regions"),
            QStringLiteral("duration_s"), QStringLiteral("dry_run"), QStringLiteral("replicas"),
            QStringLiteral("latency_ms"), QStringLiteral("error_rate"),
            QStringLiteral("max_unserved_districts"), QStringLiteral("max_unserved_percent"),
            QStringLiteral("max_probe_failure_rate"), QStringLiteral("force"),
            QStringLiteral("force_reason"), QStringLiteral("note"), QStringLiteral("targets")},
        {QStringLiteral("scenario")}, {}, {}, {}, {}};
    drillRequest.seeds
        = {QJsonDocument::fromJson(R"({"scenario":"region_outage","regions":["us-east"],
            "duration_s":120,"max_unserved_districts":13,"targets":{"rto_s":30}})")
                .object(),
            QJsonDocument::fromJson(R"({"scenario":"latency","pods":["us-east-primary"],
            "latency_ms":150,"force":true,"force_reason":"board rehearsal","dry_run":true})")
                .object(),
            QJsonDocument::fromJson(
                R"({"scenario":"pod_crash","pods":["a","b"],"replicas":1,"note":"weekly"})")
                .object()};
    drillRequest.check
        = checker<DrillRequest>(drillRequest.keys, &DrillRequest::fromJson, drillRequestInvariant);
    codecs.append(drillRequest);

    WireCodec calendar{QStringLiteral("schoolcalendar"),
        {QStringLiteral("hours"), QStringLiteral("holidays"), QStringLiteral("closures"),
            QStringLiteral("testing_windows")},
        {}, {}, {}, {}, {}};
    calendar.seeds = {QJsonDocument::fromJson(R"({"hours":{"mon":"08:00-15:00",
        "fri":"08:00-12:30"},"holidays":["2026-12-24","2027-01-01"],"closures":["2027-01-12"],
        "testing_windows":[{"first":"2027-04-12","last":"2027-04-23","name":"State tests"}]})")
                          .object()};
    calendar.check = checker<SchoolCalendar>(
        calendar.keys, [](const QJsonObject &json) { return SchoolCalendar::fromJson(json); },
        calendarInvariant);
    codecs.append(calendar);

    WireCodec drillRecord{QStringLiteral("drillrecord"),
        {QStringLiteral("id"), QStringLiteral("state"), QStringLiteral("scenario"),
            QStringLiteral("request"), QStringLiteral("actor"), QStringLiteral("created"),
            QStringLiteral("fault_at"), QStringLiteral("finished"), QStringLiteral("pods"),
            QStringLiteral("preflight"), QStringLiteral("stop"), QStringLiteral("timeline"),
            QStringLiteral("ledger"), QStringLiteral("districts"), QStringLiteral("measurements"),
            QStringLiteral("verdicts")},
        {QStringLiteral("id"), QStringLiteral("state"), QStringLiteral("scenario"),
            QStringLiteral("created")},
        {}, {}, {}, {}};
    {
        DrillRecord r;
        r.id = QStringLiteral("drill-20261212-150000-0a1b");
        r.state = DrillState::Succeeded;
        r.request = DrillRequest::fromJson(QJsonDocument::fromJson(
            R"({"scenario":"pod_hang","pods":["us-east-primary"],"duration_s":30})")
                                               .object());
        r.actor = QStringLiteral("operator:t-1");
        r.created = t0;
        r.faultAt = t0.addMSecs(9);
        r.finished = t0.addSecs(41);
        r.pods = {QStringLiteral("us-east-primary")};
        r.preflight.blastPods = r.pods;
        r.preflight.districts
            = {{QStringLiteral("us-va-fairfax"), QStringLiteral("us-east-primary"),
                QStringLiteral("us-east-compliance"), QStringLiteral("us-east"), false, QString(),
                true, QStringLiteral("instructional hours")}};
        r.preflight.pods = {{QStringLiteral("us-east-compliance"), 0.2, 0.55, false}};
        r.preflight.refusals = {QStringLiteral("no")};
        r.stopKind = QStringLiteral("end");
        r.stopDetail = QStringLiteral("the drill ran its 30 s");
        r.timeline = {{t0, 0, QStringLiteral("started"), {}, {}, QStringLiteral("go")},
            {t0.addMSecs(700), 690, QStringLiteral("rerouted"), QStringLiteral("us-va-fairfax"),
                QStringLiteral("us-east-compliance"), QStringLiteral("moved")}};
        DrillFault f;
        f.seq = 0;
        f.pod = QStringLiteral("us-east-primary");
        f.replica = 1;
        f.instance = QStringLiteral("i-1");
        f.spec = {{QStringLiteral("mode"), QStringLiteral("hang")}};
        f.state = DrillFault::State::Verified;
        f.appliedAt = t0;
        f.verifiedAt = t0.addSecs(40);
        r.ledger = {f};
        DrillDistrictResult d;
        d.district = QStringLiteral("us-va-fairfax");
        d.fromPod = QStringLiteral("us-east-primary");
        d.toPod = d.expectedPod = QStringLiteral("us-east-compliance");
        d.detectionMs = 640;
        d.rerouteMs = 690;
        d.rtoMs = 800;
        d.probes = 300;
        d.failedProbes = 5;
        r.districts = {d};
        r.measurements = DrillMeasurements{300, 5, 0, 0, 800, 420, {}};
        r.verdicts = DrillVerdicts{true, true, true};
        drillRecord.seeds = {r.toJson(), r.summaryJson()};
    }
    drillRecord.check
        = checker<DrillRecord>(drillRecord.keys, &DrillRecord::fromJson, drillRecordInvariant);
    codecs.append(drillRecord);
}

} // namespace wirecodec
