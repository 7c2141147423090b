#pragma once

#include "backend/core/audit/auditrecord.h"
#include "backend/core/audit/auditverifyresult.h"
#include "backend/core/migration.h"
#include "backend/core/replication/replicationentry.h"
#include "backend/core/residency/auditreport.h"
#include "backend/core/residency/consent.h"
#include "backend/core/residency/consentrequest.h"
#include "backend/core/residency/districtscope.h"
#include "backend/core/residency/migrationrequest.h"
#include "backend/core/residency/verdict.h"
#include "models/apiclient.h"
#include "models/apiresult.h"
#include "models/compliance/audittrailquery.h"

#include <QObject>
#include <QStringList>

#include <functional>

/**
 * Typed calls for the daemon's Residency and Audit trail API (docs/api.md) on the console's one
 * ApiClient. Every call ends in exactly one callback with the parsed value or the daemon's
 * ProblemDetails (403 naming the rule, 400 naming the field, …), run only while @p context
 * lives and unless the returned ApiCall was cancelled (ApiClient's rules).
 */
class ComplianceClient : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComplianceClient)

public:
    template <typename T> using Callback = std::function<void(ApiResult<T>)>;

    /** Uses (does not own) @p api, which must outlive this client. */
    explicit ComplianceClient(ApiClient &api, QObject *parent = nullptr);
    ~ComplianceClient() override;

    ApiClient &api() const { return m_api; }

    /** GET /residency/audit/{district}: the district's objects with verdicts, trail and chain. */
    ApiCall fetchAudit(QObject *context, const QString &district, Callback<AuditReport> callback);
    /** GET /residency/audit/{district}?format=csv: the daemon's CSV bytes, unchanged. */
    ApiCall fetchAuditCsv(QObject *context, const QString &district, Callback<QByteArray> callback);
    /** GET /residency/scope/{district}: where each of its data classes may go. */
    ApiCall fetchScope(QObject *context, const QString &district, Callback<DistrictScope> callback);
    /** POST /residency/validate for one placement per (data class, region) pair, in order. */
    ApiCall validate(QObject *context, const QString &district,
        const QList<QPair<QString, QString>> &classAndRegion, Callback<QList<Verdict>> callback);

    /** GET /residency/consents?district=…: every consent, revoked ones flagged. */
    ApiCall fetchConsents(
        QObject *context, const QString &district, Callback<QList<Consent>> callback);
    /** POST /residency/consents from @p consent's district, data class, region, reference and
     *  expiry (its id and revoked flag are ignored): the created consent (201). */
    ApiCall createConsent(QObject *context, const Consent &consent, Callback<Consent> callback);
    /** DELETE /residency/consents/{id}: the consent, now revoked. */
    ApiCall revokeConsent(QObject *context, const QString &id, Callback<Consent> callback);

    /** POST /residency/migrate; preflight failures (403 rule, 404, 409) come back as problems. */
    ApiCall startMigration(QObject *context, const QString &district, const QString &from,
        const QString &to, const QStringList &keys, Callback<MigrationTicket> callback);
    /** GET /residency/migrations/{id}: state, counts and per-object states. */
    ApiCall fetchMigration(QObject *context, const QString &id, Callback<Migration> callback);
    /** GET /residency/migrations?district=…: newest first. */
    ApiCall fetchMigrations(
        QObject *context, const QString &district, Callback<QList<Migration>> callback);
    /** POST /residency/migrations/{id}/cancel: the migration as the cancel left it. */
    ApiCall cancelMigration(QObject *context, const QString &id, Callback<Migration> callback);

    /** GET /audit with @p query's filters: records in seq order. */
    ApiCall fetchAuditTrail(
        QObject *context, const AuditTrailQuery &query, Callback<QList<AuditRecord>> callback);
    /** GET /replication: each district's DR copy per data class and source region. */
    ApiCall fetchReplication(QObject *context, Callback<ReplicationStatus> callback);
    /** GET /audit/verify: the verification of the whole chain. */
    ApiCall verifyChain(QObject *context, Callback<AuditVerifyResult> callback);

private:
    template <typename T>
    ApiCall call(QObject *context, const QByteArray &method, const QString &path,
        const std::optional<QJsonObject> &body, std::function<T(const QJsonObject &)> parse,
        Callback<T> callback, const QUrlQuery &query = {});

    ApiClient &m_api;
};
