#pragma once

// The wire-type codecs under fuzz (tst_wirecodecsfuzz): for each, its fields, seeds, the
// parse, and the invariants an accepted value must keep. Header-only because the test folder
// builds one executable per tst_*.cpp.

#include "backend/core/audit/auditrecord.h"
#include "backend/core/audit/canonicaljson.h"
#include "backend/core/capacity/capacityreport.h"
#include "backend/core/district.h"
#include "backend/core/event.h"
#include "backend/core/jsonreader.h"
#include "backend/core/migration.h"
#include "backend/core/pod.h"
#include "backend/core/probehistory.h"
#include "backend/core/problemdetails.h"
#include "backend/core/region.h"
#include "backend/core/residency/consent.h"
#include "backend/core/routing/routedecision.h"
#include "backend/core/validationerror.h"
#include "fuzz/fuzzharness.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>
#include <limits>

namespace wirecodec {

using Outcome = FuzzHarness::Outcome;
using Check = std::function<Outcome(const QJsonObject &input, QString *refusedField)>;

struct WireCodec
{
    QString name;
    QStringList keys; // every field the wire shape has: an error must name one of these
    QStringList required; // dropping one must be refused naming exactly that key
    QList<QJsonObject> seeds;
    Check check;
    std::function<Outcome(const QByteArray &)> checkText; // set when not "parseJsonObject, check"
    QList<FuzzHarness::KnownBug> knownBugs;
};

// The error half of the contract: a reason, and a field that the wire shape has (possibly
// indexed, "certifications[0]") or that the input really holds (an unknown key refused).
inline QString judge(const ValidationError &e, const QJsonObject &input, const QStringList &keys)
{
    if (e.reason().trimmed().isEmpty())
        return QStringLiteral("ValidationError without a reason (field '%1')")
            .arg(FuzzHarness::printable(e.field()));
    if (e.field().isEmpty())
        return QStringLiteral("ValidationError names no field: \"%1\"")
            .arg(FuzzHarness::printable(e.reason()));
    // A nested field is named by its path ("totals.compliant", "objects[3].region"): its root
    // must be a field of this type.
    const QString base = e.field().section(u'[', 0, 0).section(u'.', 0, 0);
    const QString key = e.field() == ValidationError::keyName({}) ? QString() : e.field();
    if (e.field() == u"body" || keys.contains(base) || input.contains(key))
        return {};
    return QStringLiteral("ValidationError names '%1', which is neither a field of this type nor "
                          "a key of the input: %2")
        .arg(FuzzHarness::printable(e.field()), FuzzHarness::printable(e.reason()));
}

// Bugs the fuzzer found and that are not fixed yet, per codec (see the regression rows).
// Fuzz rows that hit one report it as XFAIL and keep fuzzing for anything else.
// None is open: the last, times in UTC year 10000, are refused by parseIsoTime() now.
inline QList<FuzzHarness::KnownBug> knownBugs(const QString &)
{
    return {};
}

// Parses with @p parse; on success runs @p invariant(input, value) (which must not throw).
template <typename T, typename Parse, typename Invariant>
inline Check checker(const QStringList &keys, Parse parse, Invariant invariant)
{
    return [=](const QJsonObject &input, QString *refusedField) -> Outcome {
        std::optional<T> value;
        const QString violation = FuzzHarness::guard<ValidationError>(
            [&] {
                value = parse(input);
                return QString();
            },
            [&](const ValidationError &e) {
                if (refusedField)
                    *refusedField = e.field();
                return judge(e, input, keys);
            });
        if (!value || !violation.isEmpty())
            return {value ? Outcome::Accepted : Outcome::Rejected, violation};
        return {
            Outcome::Accepted, FuzzHarness::guardNoThrow([&] { return invariant(input, *value); })};
    };
}

// The daemon's path for a request body: parseJsonObject (refusing with field "body"), then the
// codec.
inline Outcome viaText(const WireCodec &codec, const QByteArray &bytes)
{
    if (codec.checkText)
        return codec.checkText(bytes);
    std::optional<QJsonObject> object;
    const QString violation = FuzzHarness::guard<ValidationError>(
        [&] {
            object = parseJsonObject(bytes);
            return QString();
        },
        [](const ValidationError &e) {
            return e.field() == u"body" && !e.reason().trimmed().isEmpty()
                ? QString()
                : QStringLiteral("parseJsonObject refused with field '%1': %2")
                      .arg(e.field(), e.reason());
        });
    if (!object)
        return {Outcome::SyntaxError, violation};
    return codec.check(*object, nullptr);
}

// Accepted numbers must be the numbers that were sent: a value the codec silently changed
// (narrowed to int, rounded) is accepted garbage.
inline QString echoes(const QJsonObject &input, const QJsonObject &parsed, const QStringList &keys,
    const QString &where = QString())
{
    for (const QString &key : keys) {
        const QJsonValue sent = input.value(key);
        if (sent.isDouble() && parsed.value(key).toDouble() != sent.toDouble()) {
            return QStringLiteral("accepted %1%2 = %3 but parsed it as %4")
                .arg(where, key, QString::number(sent.toDouble(), 'g', 17),
                    QString::number(parsed.value(key).toDouble(), 'g', 17));
        }
    }
    return {};
}

inline QString roundTripFailure(const QString &type)
{
    return QStringLiteral("the accepted %1 does not survive toJson() and fromJson()").arg(type);
}

inline const QRegularExpression kPodId(QStringLiteral("^[a-z0-9][a-z0-9-]{0,62}$"));
inline const QStringList kSpecInts{QStringLiteral("replicas"), QStringLiteral("min_replicas"),
    QStringLiteral("max_replicas"), QStringLiteral("capacity_rps")};
inline const QStringList kReplicaInts{
    QStringLiteral("index"), QStringLiteral("pid"), QStringLiteral("port")};

// PodSpec: "types, ranges, min ≤ replicas ≤ max".
inline QString specInvariant(const QString &id, const QString &region, const QString &jurisdiction,
    int replicas, int minReplicas, int maxReplicas, int capacityRps)
{
    if (!(1 <= minReplicas && minReplicas <= replicas && replicas <= maxReplicas
            && maxReplicas <= 64))
        return QStringLiteral("accepted replicas %1 outside min %2 .. max %3 (ceiling 64)")
            .arg(replicas)
            .arg(minReplicas)
            .arg(maxReplicas);
    if (capacityRps < 1 || capacityRps > 1000000)
        return QStringLiteral("accepted capacity_rps %1").arg(capacityRps);
    if (region.trimmed().isEmpty())
        return QStringLiteral("accepted a blank region");
    if (!id.isEmpty() && !kPodId.match(id).hasMatch())
        return QStringLiteral("accepted pod id '%1'").arg(id);
    if (!jurisdiction.isEmpty() && !isValidJurisdiction(jurisdiction))
        return QStringLiteral("accepted jurisdiction '%1'").arg(jurisdiction);
    return {};
}

inline QString podSpecInvariant(const QJsonObject &input, const PodSpec &spec)
{
    if (QString why = specInvariant(spec.id, spec.region, spec.jurisdiction, spec.replicas,
            spec.minReplicas, spec.maxReplicas, spec.capacityRps);
        !why.isEmpty())
        return why;
    const QJsonObject out = spec.toJson();
    if (QString why = echoes(input, out, kSpecInts); !why.isEmpty())
        return why;
    if (PodSpec::fromJson(out).toJson() != out)
        return roundTripFailure(QStringLiteral("pod spec"));
    return {};
}

inline QString replicaEchoes(const QJsonObject &input, const QList<Replica> &replicas)
{
    const QJsonArray sent = input.value(QLatin1StringView("replica_status")).toArray();
    for (qsizetype i = 0; i < sent.size() && i < replicas.size(); ++i) {
        if (QString why = echoes(sent.at(i).toObject(), replicas.at(i).toJson(), kReplicaInts,
                QStringLiteral("replica_status[%1].").arg(i));
            !why.isEmpty())
            return why;
    }
    return {};
}

inline QString podInvariant(const QJsonObject &input, const Pod &pod)
{
    if (QString why = specInvariant(pod.id, pod.region, pod.jurisdiction, pod.replicas,
            pod.minReplicas, pod.maxReplicas, pod.capacityRps);
        !why.isEmpty())
        return why;
    if (QString why = echoes(input, pod.toJson(), kSpecInts); !why.isEmpty())
        return why;
    if (QString why = replicaEchoes(input, pod.replicaStatus); !why.isEmpty())
        return why;
    if (!(Pod::fromJson(pod.toJson()) == pod))
        return roundTripFailure(QStringLiteral("pod"));
    return {};
}

inline QString replicaInvariant(const QJsonObject &input, const Replica &replica)
{
    if (QString why = echoes(input, replica.toJson(), kReplicaInts); !why.isEmpty())
        return why;
    if (!(Replica::fromJson(replica.toJson()) == replica))
        return roundTripFailure(QStringLiteral("replica"));
    return {};
}

inline QString placeInvariant(double latitude, double longitude)
{
    if (!std::isfinite(latitude) || latitude < -90 || latitude > 90 || !std::isfinite(longitude)
        || longitude < -180 || longitude > 180)
        return QStringLiteral("accepted latitude %1, longitude %2 (outside -90..90, -180..180)")
            .arg(latitude, 0, 'g', 17)
            .arg(longitude, 0, 'g', 17);
    return {};
}

inline QString regionInvariant(const QJsonObject &, const Region &region)
{
    if (QString why = placeInvariant(region.latitude, region.longitude); !why.isEmpty())
        return why;
    if (!isValidJurisdiction(region.jurisdiction) || region.id.trimmed().isEmpty())
        return QStringLiteral("accepted id '%1', jurisdiction '%2'")
            .arg(region.id, region.jurisdiction);
    if (!(Region::fromJson(region.toJson()) == region))
        return roundTripFailure(QStringLiteral("region"));
    return {};
}

inline QString districtInvariant(const QJsonObject &, const District &district)
{
    // The same place semantics as a region's: districts are drawn on the same map and their
    // distance to regions is computed from these numbers.
    if (QString why = placeInvariant(district.latitude, district.longitude); !why.isEmpty())
        return why;
    if (!isValidJurisdiction(district.jurisdiction) || district.id.trimmed().isEmpty())
        return QStringLiteral("accepted id '%1', jurisdiction '%2'")
            .arg(district.id, district.jurisdiction);
    if (!QTimeZone(district.timeZone.toUtf8()).isValid())
        return QStringLiteral("accepted time zone '%1'").arg(district.timeZone);
    // Residency decisions are made per data class; a name that is not one is never governed.
    for (const QString &name : district.dataClasses) {
        if (!dataClassFromString(name))
            return QStringLiteral("accepted data class '%1' (known: %2)")
                .arg(name, dataClassNamesForHumans());
    }
    if (!(District::fromJson(district.toJson()) == district))
        return roundTripFailure(QStringLiteral("district"));
    return {};
}

inline QString eventInvariant(const QJsonObject &input, const Event &event)
{
    if (event.typeName().trimmed().isEmpty() || !event.time.isValid())
        return QStringLiteral("accepted type '%1', time '%2'")
            .arg(event.typeName(), event.time.toString());
    if (event.typeName() != input.value(QLatin1StringView("type")).toString())
        return QStringLiteral("type '%1' came back as '%2'")
            .arg(input.value(QLatin1StringView("type")).toString(), event.typeName());
    if (QString why = echoes(input, event.toJson(), {QStringLiteral("seq")}); !why.isEmpty())
        return why;
    // A known type's payload says what it was sent; a typed field never changes on the way.
    if (event.kind() != EventType::Unknown) {
        const auto sent = input.value(QLatin1StringView("data")).toObject();
        const auto kept = event.data();
        for (auto it = kept.constBegin(); it != kept.constEnd(); ++it) {
            const QJsonValue was = sent.value(it.key());
            if (!was.isUndefined() && !was.isNull() && !it->isObject() && !it->isArray()
                && was != *it)
                return QStringLiteral("data.%1 was sent as %2 and kept as %3")
                    .arg(it.key(),
                        QString::fromUtf8(QJsonDocument(QJsonArray{sent.value(it.key())})
                                              .toJson(QJsonDocument::Compact)),
                        QString::fromUtf8(
                            QJsonDocument(QJsonArray{*it}).toJson(QJsonDocument::Compact)));
        }
    }
    if (!(Event::fromJson(event.toJson()) == event))
        return roundTripFailure(QStringLiteral("event"));
    return {};
}

inline QString consentInvariant(const QJsonObject &, const Consent &consent)
{
    for (const QString &text :
        {consent.id, consent.districtId, consent.regionId, consent.reference}) {
        if (text.trimmed().isEmpty())
            return QStringLiteral("accepted a blank id, district, region or reference");
    }
    if (!consent.expires.isValid() || consent.expires.timeSpec() != Qt::UTC)
        return QStringLiteral("accepted expiry %1 that is not a UTC instant")
            .arg(consent.expires.toString());
    if (!(Consent::fromJson(consent.toJson()) == consent))
        return roundTripFailure(QStringLiteral("consent"));
    return {};
}

inline QString auditInvariant(const QJsonObject &input, const AuditRecord &record)
{
    if (record.seq < 0 || record.actor.isEmpty() || record.action.isEmpty()
        || !record.time.isValid())
        return QStringLiteral("accepted seq %1, actor '%2', action '%3'")
            .arg(record.seq)
            .arg(record.actor, record.action);
    if (QString why = echoes(input, record.toJson(), {QStringLiteral("seq")}); !why.isEmpty())
        return why;
    // The hash input is specified byte for byte (auditrecord.h): prevHash, then the RFC 8785
    // form of every field but hash. Both writers (record and stored row) must produce it.
    QJsonObject fields = record.toJson();
    fields.remove(QStringLiteral("hash"));
    const QByteArray expected = record.prevHash.toUtf8() + CanonicalJson::serialize(fields);
    QByteArray fromRecord;
    record.appendHashInput(fromRecord);
    QByteArray fromRow;
    AuditRecord::appendStoredHashInput(fromRow, record.toStored());
    if (fromRecord != expected)
        return QStringLiteral("the record's hash input is not prev_hash + canonical JSON: %1")
            .arg(FuzzHarness::firstDifference(expected, fromRecord));
    if (fromRow != expected)
        return QStringLiteral("the stored row's hash input is not the record's: %1")
            .arg(FuzzHarness::firstDifference(expected, fromRow));
    if (!(AuditRecord::fromJson(record.toJson()) == record))
        return roundTripFailure(QStringLiteral("audit record"));
    return {};
}

inline QString migrationInvariant(const QJsonObject &, const Migration &migration)
{
    if (migration.id.trimmed().isEmpty())
        return QStringLiteral("accepted id '%1'").arg(migration.id);
    const QJsonObject out = migration.toJson();
    if (Migration::fromJson(out).toJson() != out)
        return roundTripFailure(QStringLiteral("migration"));
    return {};
}

// ProblemDetails::fromHttp is lenient by design: whatever the body, it never throws and
// always yields a message a person can read. (Bodies that are no JSON object count as
// "refused by the JSON parser" for the statistics, although fromHttp shows them as text.)
inline Outcome checkProblem(const QByteArray &body)
{
    const bool object = QJsonDocument::fromJson(body).isObject();
    return {object ? Outcome::Accepted : Outcome::SyntaxError, FuzzHarness::guardNoThrow([&] {
                for (int status : {0, 400, 422, 502}) {
                    const ProblemDetails problem = ProblemDetails::fromHttp(status, body);
                    if (problem.title.isEmpty() || problem.message().trimmed().isEmpty())
                        return QStringLiteral("status %1 gave the blank message '%2'")
                            .arg(status)
                            .arg(problem.message());
                }
                return QString();
            })};
}

inline QString capacityInvariant(const QJsonObject &, const CapacityReport &report)
{
    for (const auto &f : report.pods + report.regions)
        for (double v : {f.capacityRps, f.rps, f.requestsTotal, f.utilization, f.headroomRps,
                 f.errorRate, f.trendRpsPerMinute})
            if (!std::isfinite(v))
                return QStringLiteral("accepted a figure that is not finite");
    for (const auto &f : report.pods)
        if (f.pod.isEmpty() || f.region.isEmpty())
            return QStringLiteral("accepted a pod without its id or region");
    if (!(CapacityReport::fromJson(report.toJson()) == report))
        return roundTripFailure(QStringLiteral("capacity report"));
    return {};
}

inline QString routeInvariant(const QJsonObject &, const RouteDecision &d)
{
    for (const auto &w : d.weights)
        if (w.weight < 0 || w.weight > 100)
            return QStringLiteral("accepted weight %1").arg(w.weight);
    if (d.failClosed != d.weights.isEmpty())
        return QStringLiteral("accepted a fail-closed decision with weights, or one without");
    if (!(RouteDecision::fromJson(d.toJson()) == d))
        return roundTripFailure(QStringLiteral("route decision"));
    return {};
}

inline QString probesInvariant(const QJsonObject &, const PodProbes &probes)
{
    for (const auto &replica : probes.replicas)
        for (const auto &probe : replica.probes) {
            if (!std::isfinite(probe.ms) || probe.ms < 0)
                return QStringLiteral("accepted a round trip of %1 ms").arg(probe.ms);
            if (probe.ok && !probe.error.isEmpty())
                return QStringLiteral("accepted an answered probe with an error");
        }
    if (!(PodProbes::fromJson(probes.toJson()) == probes))
        return roundTripFailure(QStringLiteral("pod probes"));
    return {};
}

inline WireCodec probesCodec(const QDateTime &t0)
{
    WireCodec codec{QStringLiteral("podprobes"),
        {QStringLiteral("pod"), QStringLiteral("region"), QStringLiteral("interval_ms"),
            QStringLiteral("timeout_ms"), QStringLiteral("replicas"), QStringLiteral("index"),
            QStringLiteral("instance"), QStringLiteral("health"), QStringLiteral("probes"),
            QStringLiteral("changes"), QStringLiteral("ok"), QStringLiteral("ms"),
            QStringLiteral("error"), QStringLiteral("t")},
        {QStringLiteral("pod"), QStringLiteral("region"), QStringLiteral("interval_ms"),
            QStringLiteral("timeout_ms"), QStringLiteral("replicas")},
        {}, {}, {}, {}};
    PodProbes probes{QStringLiteral("us-east-edge-tx"), QStringLiteral("us-east"), 1000, 500, {}};
    probes.replicas.append({0, QStringLiteral("2ac6b588"), HealthState::Unhealthy,
        {{t0, true, 3.62, {}}, {t0.addSecs(1), false, 500.4, QStringLiteral("no answer")}},
        {{t0.addSecs(-60), HealthState::Healthy}, {t0.addSecs(2), HealthState::Unhealthy}}});
    probes.replicas.append({1, QStringLiteral("9f1e"), HealthState::Unknown, {}, {}});
    codec.seeds.append(probes.toJson());
    codec.check = checker<PodProbes>(codec.keys, &PodProbes::fromJson, probesInvariant);
    return codec;
}

inline void appendTrafficCodecs(QList<WireCodec> &codecs, const QDateTime &t0)
{
    codecs.append(probesCodec(t0));
    WireCodec capacity{QStringLiteral("capacityreport"),
        {QStringLiteral("pods"), QStringLiteral("regions"), QStringLiteral("scrape_interval_ms"),
            QStringLiteral("demo_traffic"), QStringLiteral("districts")},
        {QStringLiteral("pods"), QStringLiteral("regions"), QStringLiteral("scrape_interval_ms")},
        {}, {}, {}, {}};
    CapacityReport report;
    report.scrapeIntervalMs = 5000;
    CapacityFigures edge{QStringLiteral("us-east-edge-tx"), QStringLiteral("us-east"), 1, 30, 21.3,
        40, 0.71, 8.7, 24.3, 0.01, -3.1, {QStringLiteral("replica 1: timed out")},
        {{t0, 20, 30}, {t0.addSecs(5), 21.3, 30}}};
    CapacityFigures idle{QStringLiteral("us-east-backup"), QStringLiteral("us-east"), 2, 100, 0, 0,
        0, 100, std::nullopt, 0, 0, {}, {}};
    report.pods = {edge, idle};
    CapacityFigures region = edge;
    region.pod.clear();
    region.series.clear();
    report.regions = {region};
    capacity.seeds.append(report.toJson());
    report.demoTraffic = true;
    report.districts = {{QStringLiteral("us-tx-houston"), 8, 7.6, 4120, 4102, 18, 3, 0, 1,
        QStringLiteral("127.0.0.1:40123: Operation canceled")}};
    capacity.seeds.append(report.toJson());
    capacity.check
        = checker<CapacityReport>(capacity.keys, &CapacityReport::fromJson, capacityInvariant);
    codecs.append(capacity);

    WireCodec route{QStringLiteral("routedecision"),
        {QStringLiteral("district"), QStringLiteral("pod"), QStringLiteral("region"),
            QStringLiteral("endpoint"), QStringLiteral("weights"), QStringLiteral("fallbacks"),
            QStringLiteral("explanation"), QStringLiteral("excluded"),
            QStringLiteral("fail_closed"), QStringLiteral("fixes"), QStringLiteral("override"),
            QStringLiteral("table_version")},
        {QStringLiteral("district"), QStringLiteral("weights"), QStringLiteral("excluded")}, {}, {},
        {}, {}};
    RouteDecision served;
    served.district = QStringLiteral("us-tx-houston");
    served.pod = QStringLiteral("us-east-edge-tx");
    served.region = QStringLiteral("us-east");
    served.endpoint = QStringLiteral("http://127.0.0.1:40123");
    served.weights = {{served.pod, 90}, {QStringLiteral("us-east-primary"), 10}};
    served.fallbacks = {QStringLiteral("us-east-compliance")};
    served.explanation = {QStringLiteral("residency allows 4 of 20 pods")};
    served.excluded = {{QStringLiteral("us-west-primary"), QStringLiteral("us-west"),
        QStringLiteral("residency"), QStringLiteral("us-student-records-in-state"),
        QStringLiteral("student_pii"), QStringLiteral("not in Texas")}};
    served.overrideId = QStringLiteral("ov-1");
    served.tableVersion = 57;
    route.seeds.append(served.toJson());
    RouteDecision closed;
    closed.district = QStringLiteral("ca-bc-vancouver");
    closed.failClosed = true;
    closed.fixes = {QStringLiteral("restore region ca-central")};
    closed.excluded = {{QStringLiteral("ca-central-edge-bc"), QStringLiteral("ca-central"),
        QStringLiteral("unhealthy"), {}, {}, QStringLiteral("no healthy replica")}};
    route.seeds.append(closed.toJson());
    route.check = checker<RouteDecision>(route.keys, &RouteDecision::fromJson, routeInvariant);
    codecs.append(route);
}

inline QJsonObject readFleet()
{
    QFile file(QDir(qEnvironmentVariable("RP_SOURCE_DIR"))
                   .filePath(QStringLiteral("resources/demo/fleet.json")));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read resources/demo/fleet.json (is RP_SOURCE_DIR set?)");
    return QJsonDocument::fromJson(file.readAll()).object();
}

inline QList<QJsonObject> objects(const QJsonArray &array)
{
    QList<QJsonObject> out;
    for (const QJsonValue &value : array)
        out.append(value.toObject());
    return out;
}

inline void appendResidencyCodecs(QList<WireCodec> &codecs, const QDateTime &t0);
// In drillwirecodecs.h: drill requests and records, school calendars.
inline void appendDrillCodecs(QList<WireCodec> &codecs, const QDateTime &t0);
// In replicationwirecodecs.h: GET /replication's entries and status.
inline void appendReplicationCodecs(QList<WireCodec> &codecs, const QDateTime &t0);

inline QList<WireCodec> makeCodecs()
{
    const QJsonObject fleet = readFleet();
    const QDateTime t0(QDate(2026, 11, 22), QTime(8, 0, 1, 250), Qt::UTC);
    const QStringList specKeys{QStringLiteral("id"), QStringLiteral("region"),
        QStringLiteral("type"), QStringLiteral("replicas"), QStringLiteral("min_replicas"),
        QStringLiteral("max_replicas"), QStringLiteral("capacity_rps"),
        QStringLiteral("model_version"), QStringLiteral("jurisdiction"),
        QStringLiteral("certifications")};
    const QStringList replicaKeys{QStringLiteral("index"), QStringLiteral("instance"),
        QStringLiteral("pid"), QStringLiteral("port"), QStringLiteral("health")};
    QList<WireCodec> codecs;

    WireCodec spec{QStringLiteral("podspec"), specKeys,
        {QStringLiteral("region"), QStringLiteral("type")},
        objects(fleet.value(QLatin1StringView("pods")).toArray()), {}, {}, {}};
    spec.check = checker<PodSpec>(spec.keys, &PodSpec::fromJson, podSpecInvariant);
    codecs.append(spec);

    // The full pod shape (GET /pods, pod.* events): the fleet's pods with replicas running.
    WireCodec pod{QStringLiteral("pod"),
        specKeys + replicaKeys
            + QStringList{QStringLiteral("health"), QStringLiteral("draining"),
                QStringLiteral("replica_status")},
        spec.required, {}, {}, {}, {}};
    for (const QJsonObject &seed : std::as_const(spec.seeds)) {
        Pod p = Pod::fromSpec(PodSpec::fromJson(seed));
        p.health = HealthState::Degraded;
        p.draining = p.replicas > 1;
        for (int i = 0; i < p.replicas; ++i)
            p.replicaStatus.append(Replica{i, QStringLiteral("inst-%1").arg(i), 4000 + i, 41000 + i,
                i == 0 ? HealthState::Healthy : HealthState::Unhealthy});
        pod.seeds.append(p.toJson());
    }
    pod.check = checker<Pod>(pod.keys, &Pod::fromJson, podInvariant);
    codecs.append(pod);

    WireCodec replica{
        QStringLiteral("replica"), replicaKeys, {QStringLiteral("index")}, {}, {}, {}, {}};
    for (const QJsonObject &p : std::as_const(pod.seeds)) {
        for (const QJsonValue &r : p.value(QLatin1StringView("replica_status")).toArray())
            replica.seeds.append(r.toObject());
    }
    replica.check = checker<Replica>(replica.keys, &Replica::fromJson, replicaInvariant);
    codecs.append(replica);

    WireCodec region{QStringLiteral("region"),
        {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("provider"),
            QStringLiteral("cloud_region"), QStringLiteral("latitude"), QStringLiteral("longitude"),
            QStringLiteral("jurisdiction"), QStringLiteral("certifications"),
            QStringLiteral("cost_per_replica_hour")},
        {QStringLiteral("id"), QStringLiteral("latitude"), QStringLiteral("longitude"),
            QStringLiteral("jurisdiction")},
        objects(fleet.value(QLatin1StringView("regions")).toArray()), {}, {}, {}};
    region.check = checker<Region>(region.keys, &Region::fromJson, regionInvariant);
    codecs.append(region);

    WireCodec district{QStringLiteral("district"),
        {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("jurisdiction"),
            QStringLiteral("latitude"), QStringLiteral("longitude"), QStringLiteral("time_zone"),
            QStringLiteral("data_classes"), QStringLiteral("request_data_classes"),
            QStringLiteral("calendar")},
        {QStringLiteral("id"), QStringLiteral("jurisdiction"), QStringLiteral("latitude"),
            QStringLiteral("longitude")},
        objects(fleet.value(QLatin1StringView("districts")).toArray()), {}, {}, {}};
    district.check = checker<District>(district.keys, &District::fromJson, districtInvariant);
    codecs.append(district);

    WireCodec event{QStringLiteral("event"),
        {QStringLiteral("seq"), QStringLiteral("type"), QStringLiteral("time"),
            QStringLiteral("data")},
        {QStringLiteral("seq"), QStringLiteral("type"), QStringLiteral("time"),
            QStringLiteral("data")},
        {}, {}, {}, {}};
    {
        // One seed per event type (every payload of backend/core/events/), and an unknown type.
        const Pod p = Pod::fromJson(pod.seeds.first());
        const Replica r = p.replicaStatus.value(0);
        const QList<EventPayload> payloads{HelloEvent{41},
            StreamResetEvent{QStringLiteral("gone"), 40, true}, PodCreatedEvent{p},
            PodScaledEvent{p, 1}, PodDrainingEvent{p}, PodDrainEvent{p, true},
            PodDeletedEvent{p.id, p.region},
            PodHealthEvent{p.id, p.region, HealthState::Degraded, HealthState::Healthy},
            ReplicaStartedEvent{p.id, p.region, r}, ReplicaStoppedEvent{p.id, p.region, r},
            ReplicaHealthEvent{p.id, p.region, 0, HealthState::Unhealthy, HealthState::Healthy},
            MigrationProgressEvent{QStringLiteral("m-1"), QStringLiteral("us-tx-houston"),
                QStringLiteral("us-east"), QStringLiteral("us-south"), MigrationState::Running, 2,
                5, QString()},
            RoutingChangedEvent{QStringLiteral("us-co-denver"), QStringLiteral("a"),
                QStringLiteral("b"), RouteReason::Failover,
                {{QStringLiteral("b"), 90}, {QStringLiteral("a"), 10}}, 7},
            RoutingFailClosedEvent{QStringLiteral("us-tx-houston"), QStringLiteral("no pod"),
                {QStringLiteral("add a pod in US-TX")}, QStringLiteral("a"), 8},
            RoutingRestoredEvent{QStringLiteral("us-tx-houston"), QStringLiteral("b"),
                QStringLiteral("us-south"), 9},
            DrillProgressEvent{QStringLiteral("d-1"), DrillScenario::RegionOutage,
                DrillState::Running, QStringLiteral("rerouted"), 840, QStringLiteral("us-ny-nyc"),
                QStringLiteral("us-east-edge-ny"), QStringLiteral("us-ny-nyc moved")},
            ReplicationLagEvent{QStringLiteral("de-berlin"), QStringLiteral("student_pii"),
                QStringLiteral("eu-central"), QStringLiteral("eu-west"), 75, 60, true},
            UnknownEvent{
                QStringLiteral("drill.step"), {{QStringLiteral("drill"), QStringLiteral("d-1")}}}};
        for (qsizetype i = 0; i < payloads.size(); ++i)
            event.seeds.append(Event{i, t0.addSecs(i * 90), payloads.at(i)}.toJson());
    }
    event.check = checker<Event>(event.keys, &Event::fromJson, eventInvariant);
    codecs.append(event);

    WireCodec consent{QStringLiteral("consent"),
        {QStringLiteral("id"), QStringLiteral("district"), QStringLiteral("data_class"),
            QStringLiteral("region"), QStringLiteral("reference"), QStringLiteral("expires"),
            QStringLiteral("revoked")},
        {QStringLiteral("id"), QStringLiteral("district"), QStringLiteral("data_class"),
            QStringLiteral("region"), QStringLiteral("reference"), QStringLiteral("expires")},
        {}, {}, {}, {}};
    consent.seeds
        = {Consent{QStringLiteral("c-1"), QStringLiteral("us-wa-seattle"), DataClass::StudentPii,
               QStringLiteral("us-east"), QStringLiteral("DSA-2026-001"), t0.addYears(1), false}
                .toJson(),
            Consent{QStringLiteral("c-2"), QStringLiteral("de-berlin"), DataClass::EuPersonal,
                QStringLiteral("eu-west"), QStringLiteral("AVV 17/2025"), t0.addDays(30), true}
                .toJson()};
    // An offset instead of "Z" is valid input too.
    consent.seeds.append(QJsonObject(consent.seeds.first()));
    consent.seeds.last()[QStringLiteral("expires")]
        = QStringLiteral("2027-06-30T12:00:00.000+02:00");
    consent.check = checker<Consent>(consent.keys, &Consent::fromJson, consentInvariant);
    codecs.append(consent);

    WireCodec audit{QStringLiteral("auditrecord"),
        {QStringLiteral("seq"), QStringLiteral("time"), QStringLiteral("actor"),
            QStringLiteral("action"), QStringLiteral("district"), QStringLiteral("data_class"),
            QStringLiteral("from_region"), QStringLiteral("to_region"), QStringLiteral("rule"),
            QStringLiteral("legal_basis"), QStringLiteral("details"), QStringLiteral("prev_hash"),
            QStringLiteral("hash")},
        {QStringLiteral("seq"), QStringLiteral("time"), QStringLiteral("actor"),
            QStringLiteral("action"), QStringLiteral("prev_hash"), QStringLiteral("hash")},
        {}, {}, {}, {}};
    QString previous(64, u'0');
    for (int i = 1; i <= 3; ++i) {
        AuditRecord r;
        r.seq = i;
        r.time = t0.addMSecs(i * 1500);
        r.actor = i == 2 ? QStringLiteral("system:failover") : QStringLiteral("user:alice");
        r.action = QStringLiteral("migration.commit");
        r.district = QStringLiteral("us-wa-seattle");
        r.dataClass = QStringLiteral("student_pii");
        r.fromRegion = QStringLiteral("us-west");
        r.toRegion = QStringLiteral("us-east");
        r.rule = QStringLiteral("us-student-records-in-state");
        r.legalBasis = QStringLiteral("District consent");
        r.details
            = {{QStringLiteral("object"), QStringLiteral("us-wa-seattle/grades-%1.csv").arg(i)},
                {QStringLiteral("bytes"), 1000 * i},
                {QStringLiteral("tags"), QJsonArray{1.5, true, QJsonValue()}}};
        r.prevHash = previous;
        r.hash = r.computeHash();
        previous = r.hash;
        audit.seeds.append(r.toJson());
    }
    audit.check = checker<AuditRecord>(audit.keys, &AuditRecord::fromJson, auditInvariant);
    codecs.append(audit);

    WireCodec migration{QStringLiteral("migration"),
        {QStringLiteral("id"), QStringLiteral("district"), QStringLiteral("from"),
            QStringLiteral("to"), QStringLiteral("state"), QStringLiteral("actor"),
            QStringLiteral("error"), QStringLiteral("cancel_requested"),
            QStringLiteral("created_at"), QStringLiteral("updated_at"), QStringLiteral("objects")},
        {QStringLiteral("id"), QStringLiteral("state")}, {}, {}, {}, {}};
    Migration m;
    m.id = QStringLiteral("mig-1");
    m.district = QStringLiteral("us-wa-seattle");
    m.fromRegion = QStringLiteral("us-west");
    m.toRegion = QStringLiteral("us-east");
    m.state = MigrationState::Running;
    m.actor = QStringLiteral("user:alice");
    m.createdAt = t0;
    m.updatedAt = t0.addSecs(5);
    for (int i = 0; i < 3; ++i)
        m.items.append({QStringLiteral("us-wa-seattle/o%1").arg(i), QStringLiteral("student_pii"),
            1024 * i, QString(64, u'a'),
            i == 0 ? MigrationItemState::Deleted : MigrationItemState::Pending,
            QStringLiteral("us-student-records-in-state")});
    migration.seeds.append(m.toJson());
    m.state = MigrationState::Failed;
    m.error = QStringLiteral("target refused: policy");
    m.items.clear();
    migration.seeds.append(m.toJson());
    migration.check = checker<Migration>(migration.keys, &Migration::fromJson, migrationInvariant);
    codecs.append(migration);

    WireCodec problem{QStringLiteral("problemdetails"), {}, {}, {}, {}, checkProblem, {}};
    problem.seeds = {ProblemDetails{422, QStringLiteral("Unprocessable Entity"),
                         QStringLiteral("replicas: 9 is outside the pod's range 1..6"),
                         QStringLiteral("replicas")}
                         .toJson(),
        ProblemDetails{404, {}, QStringLiteral("no district 'x'"), {}}.toJson()};
    problem.check = [](const QJsonObject &input, QString *) {
        return checkProblem(QJsonDocument(input).toJson(QJsonDocument::Compact));
    };
    codecs.append(problem);
    appendResidencyCodecs(codecs, t0);
    appendDrillCodecs(codecs, t0);
    appendReplicationCodecs(codecs, t0);
    appendTrafficCodecs(codecs, t0);
    for (WireCodec &codec : codecs)
        codec.knownBugs = knownBugs(codec.name);
    return codecs;
}

inline QList<QByteArray> seedTexts(const WireCodec &codec)
{
    QList<QByteArray> texts;
    for (const QJsonObject &seed : codec.seeds)
        texts.append(QJsonDocument(seed).toJson(
            texts.size() % 2 ? QJsonDocument::Indented : QJsonDocument::Compact));
    return texts;
}

} // namespace wirecodec
