#pragma once

// The wire codecs of the residency API and the daemon's health, fuzzed like those in
// wirecodec.h: a refusal names a real field; an acceptance survives toJson() → fromJson().

#include "backend/core/audit/auditverifyresult.h"
#include "backend/core/daemonhealth.h"
#include "backend/core/objectkey.h"
#include "backend/core/residency/auditreport.h"
#include "backend/core/residency/consentrequest.h"
#include "backend/core/residency/districtscope.h"
#include "backend/core/residency/migrationrequest.h"
#include "backend/core/residency/placementrequest.h"
#include "fuzz/wirecodec.h"

namespace wirecodec {

// toJson() is the daemon's side, fromJson() the console's: what one writes the other must read
// back to the very same JSON.
template <typename T> inline QString jsonRoundTrip(const T &value, const QString &type)
{
    const QJsonObject out = value.toJson();
    if (T::fromJson(out).toJson() != out)
        return roundTripFailure(type);
    return {};
}

template <typename T> inline auto roundTripOnly(const QString &type)
{
    return [type](const QJsonObject &, const T &value) { return jsonRoundTrip(value, type); };
}

inline QString migrationRequestInvariant(const QJsonObject &, const MigrationRequest &request)
{
    if (request.from == request.to)
        return QStringLiteral("accepted a migration from '%1' to itself").arg(request.from);
    for (const QString &key : request.keys) {
        if (!ObjectKey::problem(key).isEmpty()
            || !key.startsWith(request.district + QLatin1Char('/')))
            return QStringLiteral("accepted key '%1' (%2) for district '%3'")
                .arg(FuzzHarness::printable(key), ObjectKey::problem(key), request.district);
    }
    return jsonRoundTrip(request, QStringLiteral("migration request"));
}

inline QString consentRequestInvariant(const QJsonObject &, const ConsentRequest &request)
{
    if (!request.expires.isValid() || request.expires.timeSpec() != Qt::UTC)
        return QStringLiteral("accepted expiry %1 that is not a UTC instant")
            .arg(request.expires.toString());
    return jsonRoundTrip(request, QStringLiteral("consent request"));
}

inline QString reportInvariant(const QJsonObject &, const AuditReport &report)
{
    if (report.totalObjects < 0 || report.compliant < 0 || report.violating < 0 || report.bytes < 0)
        return QStringLiteral("accepted negative totals");
    return jsonRoundTrip(report, QStringLiteral("audit report"));
}

inline void appendResidencyCodecs(QList<WireCodec> &codecs, const QDateTime &t0)
{
    WireCodec validate{QStringLiteral("validaterequest"), {QStringLiteral("placements")},
        {QStringLiteral("placements")}, {}, {}, {}, {}};
    validate.seeds = {ValidateRequest{
        {{QStringLiteral("us-wa-seattle"), DataClass::StudentPii, QStringLiteral("us-west"), {}},
            {QStringLiteral("de-berlin"), DataClass::EuPersonal, QStringLiteral("eu-central"),
                QStringLiteral("eu-central-primary")}}}
                          .toJson()};
    validate.check = checker<ValidateRequest>(validate.keys, &ValidateRequest::fromJson,
        roundTripOnly<ValidateRequest>(QStringLiteral("validate request")));
    codecs.append(validate);

    WireCodec results{QStringLiteral("validateresponse"), {QStringLiteral("results")},
        {QStringLiteral("results")}, {}, {}, {}, {}};
    results.seeds = {ValidateResponse{
        {Verdict{true, QStringLiteral("us-in-state"), QStringLiteral("State student privacy law"),
             {}, {QStringLiteral("c-1")}},
            Verdict{false, QStringLiteral("gdpr-eu-only"), QStringLiteral("GDPR Art. 44"),
                QStringLiteral("Move the data to an EU region"), {}, Regime::Gdpr}}}
                         .toJson()};
    results.check = checker<ValidateResponse>(results.keys, &ValidateResponse::fromJson,
        roundTripOnly<ValidateResponse>(QStringLiteral("validate response")));
    codecs.append(results);

    WireCodec consent{QStringLiteral("consentrequest"),
        {QStringLiteral("district"), QStringLiteral("data_class"), QStringLiteral("region"),
            QStringLiteral("reference"), QStringLiteral("expires")},
        {QStringLiteral("district"), QStringLiteral("data_class"), QStringLiteral("region"),
            QStringLiteral("reference"), QStringLiteral("expires")},
        {}, {}, {}, {}};
    consent.seeds = {ConsentRequest{QStringLiteral("us-tx-houston"), DataClass::StudentPii,
        QStringLiteral("us-east"), QStringLiteral("DPA-2026-7"), t0.addYears(1)}
                         .toJson()};
    consent.check
        = checker<ConsentRequest>(consent.keys, &ConsentRequest::fromJson, consentRequestInvariant);
    codecs.append(consent);

    WireCodec migrate{QStringLiteral("migrationrequest"),
        {QStringLiteral("district"), QStringLiteral("from"), QStringLiteral("to"),
            QStringLiteral("keys")},
        {QStringLiteral("district"), QStringLiteral("from"), QStringLiteral("to")}, {}, {}, {}, {}};
    migrate.seeds = {MigrationRequest{QStringLiteral("ca-on-toronto"), QStringLiteral("us-east"),
                         QStringLiteral("ca-central"), {}}
                         .toJson(),
        MigrationRequest{QStringLiteral("gb-london"), QStringLiteral("us-east"),
            QStringLiteral("eu-west"),
            {QStringLiteral("gb-london/student_pii/roster.csv"),
                QStringLiteral("gb-london/eu_personal/a b/ü.json")}}
            .toJson()};
    migrate.check = checker<MigrationRequest>(
        migrate.keys, &MigrationRequest::fromJson, migrationRequestInvariant);
    codecs.append(migrate);

    WireCodec ticket{QStringLiteral("migrationticket"),
        {QStringLiteral("id"), QStringLiteral("state"), QStringLiteral("total")},
        {QStringLiteral("id")}, {}, {}, {}, {}};
    ticket.seeds = {MigrationTicket{QStringLiteral("m-1"), MigrationState::Running, 12}.toJson()};
    ticket.check = checker<MigrationTicket>(ticket.keys, &MigrationTicket::fromJson,
        roundTripOnly<MigrationTicket>(QStringLiteral("migration ticket")));
    codecs.append(ticket);

    WireCodec health{QStringLiteral("daemonhealth"),
        {QStringLiteral("status"), QStringLiteral("version"), QStringLiteral("pods"),
            QStringLiteral("uptime_s")},
        {QStringLiteral("status")}, {}, {}, {}, {}};
    health.seeds = {DaemonHealth{QStringLiteral("ok"), QStringLiteral("0.1.0"), 19, 3600}.toJson()};
    health.check = checker<DaemonHealth>(health.keys, &DaemonHealth::fromJson,
        roundTripOnly<DaemonHealth>(QStringLiteral("daemon health")));
    codecs.append(health);

    AuditVerifyResult chain;
    chain.recordsChecked = 23;
    chain.lastSeq = 23;
    chain.headHash = QString(64, u'c');
    WireCodec verify{QStringLiteral("auditverifyresult"),
        {QStringLiteral("ok"), QStringLiteral("records_checked"), QStringLiteral("first_bad_seq"),
            QStringLiteral("failure"), QStringLiteral("reason"), QStringLiteral("last_seq"),
            QStringLiteral("head_hash")},
        {QStringLiteral("ok")}, {}, {}, {}, {}};
    verify.seeds.append(chain.toJson());
    chain.ok = false;
    chain.failure = AuditVerifyResult::Failure::BrokenLink;
    chain.firstBadSeq = 7;
    chain.reason = QStringLiteral("record 7's prev_hash is not record 6's hash");
    verify.seeds.append(chain.toJson());
    verify.check = checker<AuditVerifyResult>(verify.keys, &AuditVerifyResult::fromJson,
        roundTripOnly<AuditVerifyResult>(QStringLiteral("chain verification")));
    codecs.append(verify);

    DistrictScope scope;
    scope.district = QStringLiteral("us-wa-seattle");
    scope.jurisdiction = QStringLiteral("US-WA");
    scope.dataClasses.insert(QStringLiteral("student_pii"),
        ResidencyScope{
            false, {QStringLiteral("US-WA")}, {}, true, {QStringLiteral("us-in-state")}});
    scope.dataClasses.insert(
        QStringLiteral("deidentified"), ResidencyScope{true, {}, {}, false, {}});
    scope.regions.append({QStringLiteral("us-west"), QStringLiteral("US-OR"),
        {{QStringLiteral("student_pii"), true}, {QStringLiteral("deidentified"), true}}});
    scope.regions.append({QStringLiteral("eu-central"), QStringLiteral("DE"),
        {{QStringLiteral("student_pii"), false}, {QStringLiteral("deidentified"), true}}});
    WireCodec scopeCodec{QStringLiteral("districtscope"),
        {QStringLiteral("district"), QStringLiteral("jurisdiction"), QStringLiteral("data_classes"),
            QStringLiteral("regions")},
        {QStringLiteral("district"), QStringLiteral("data_classes"), QStringLiteral("regions")},
        {scope.toJson()}, {}, {}, {}};
    scopeCodec.check = checker<DistrictScope>(scopeCodec.keys, &DistrictScope::fromJson,
        roundTripOnly<DistrictScope>(QStringLiteral("district scope")));
    codecs.append(scopeCodec);

    AuditObject object;
    object.store = QStringLiteral("directory:us-west");
    object.region = QStringLiteral("us-west");
    object.jurisdiction = QStringLiteral("US-OR");
    object.key = QStringLiteral("us-wa-seattle/student_pii/roster.csv");
    object.dataClass = QStringLiteral("student_pii");
    object.size = 4096;
    object.sha256 = QString(64, u'a');
    object.modified = t0;
    object.verdict = Verdict{true, QStringLiteral("us-in-state"), QStringLiteral("DPA"), {},
        {QStringLiteral("c-1")}, Regime::StateStudentRecords};
    AuditReport report;
    report.district = District::fromJson(
        readFleet().value(QLatin1StringView("districts")).toArray().first().toObject());
    report.generatedAt = t0;
    report.objects = {object};
    object.key = QStringLiteral("us-wa-seattle/student_pii/copy.csv");
    object.region = QStringLiteral("eu-central");
    object.verdict = Verdict{false, QStringLiteral("us-in-state"), QStringLiteral("State law"),
        QStringLiteral("Migrate it back"), {}};
    report.objects.append(object);
    report.totalObjects = 2;
    report.compliant = 1;
    report.violating = 1;
    report.bytes = 8192;
    report.storeErrors = {{QStringLiteral("ap-southeast"), QStringLiteral("timed out")}};
    report.chain.recordsChecked = 3;
    Consent agreement;
    agreement.id = QStringLiteral("530962b6-4544-4220-8c80-91c70a1093a3");
    agreement.districtId = report.district.id;
    agreement.regionId = QStringLiteral("us-east");
    agreement.reference = QStringLiteral("DPA-US-WA-SEATTLE-2026");
    agreement.expires = t0.addDays(200);
    report.consents = {agreement};
    WireCodec auditObject{QStringLiteral("auditobject"),
        {QStringLiteral("store"), QStringLiteral("region"), QStringLiteral("jurisdiction"),
            QStringLiteral("key"), QStringLiteral("data_class"), QStringLiteral("size"),
            QStringLiteral("sha256"), QStringLiteral("modified"), QStringLiteral("allowed"),
            QStringLiteral("verdict"), QStringLiteral("rule"), QStringLiteral("regime"),
            QStringLiteral("legal_basis"), QStringLiteral("remedy"), QStringLiteral("consents")},
        {QStringLiteral("region"), QStringLiteral("key")}, {object.toJson()}, {}, {}, {}};
    auditObject.check = checker<AuditObject>(auditObject.keys, &AuditObject::fromJson,
        roundTripOnly<AuditObject>(QStringLiteral("audit object")));
    codecs.append(auditObject);

    WireCodec reportCodec{QStringLiteral("auditreport"),
        {QStringLiteral("district"), QStringLiteral("generated_at"), QStringLiteral("objects"),
            QStringLiteral("totals"), QStringLiteral("store_errors"), QStringLiteral("trail"),
            QStringLiteral("chain"), QStringLiteral("consents")},
        {QStringLiteral("district"), QStringLiteral("generated_at"), QStringLiteral("chain")},
        {report.toJson()}, {}, {}, {}};
    reportCodec.check
        = checker<AuditReport>(reportCodec.keys, &AuditReport::fromJson, reportInvariant);
    codecs.append(reportCodec);
}

} // namespace wirecodec
