#pragma once

#include "backend/core/audit/auditrecord.h"
#include "backend/core/audit/auditverifyresult.h"
#include "backend/core/migration.h"
#include "backend/core/residency/auditreport.h"
#include "backend/core/residency/consent.h"
#include "backend/core/residency/districtscope.h"
#include "backend/core/residency/migrationrequest.h"
#include "backend/core/residency/verdict.h"
#include "models/apiclient.h"
#include "models/apiresult.h"
#include "models/compliance/audittrailquery.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

/**
 * Typed calls for the daemon's Residency and Audit trail API (docs/api.md), built on
 * ApiClient::requestJson. Every call ends in exactly one callback with the parsed value or the
 * daemon's ProblemDetails (403 naming the rule, 400 naming the field, …). Callbacks are dropped
 * when this client is destroyed first.
 */
class ComplianceClient : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComplianceClient)

public:
    template <typename T> using Callback = std::function<void(ApiResult<T>)>;

    /** Uses (does not own) @p api. */
    explicit ComplianceClient(ApiClient *api, QObject *parent = nullptr);
    ~ComplianceClient() override;

    ApiClient *api() const { return m_api; }

    /** GET /residency/audit/{district}: the district's objects with verdicts, trail and chain. */
    void fetchAudit(const QString &district, Callback<AuditReport> callback);
    /** GET /residency/audit/{district}?format=csv: the daemon's CSV bytes, unchanged. */
    void fetchAuditCsv(const QString &district, Callback<QByteArray> callback);
    /** GET /residency/scope/{district}: where each of its data classes may go. */
    void fetchScope(const QString &district, Callback<DistrictScope> callback);
    /** POST /residency/validate for one placement per (data class, region) pair, in order. */
    void validate(const QString &district, const QList<QPair<QString, QString>> &classAndRegion,
        Callback<QList<Verdict>> callback);

    /** GET /residency/consents?district=…: every consent, revoked ones flagged. */
    void fetchConsents(const QString &district, Callback<QList<Consent>> callback);
    /** POST /residency/consents from @p consent's district, data class, region, reference and
     *  expiry (its id and revoked flag are ignored): the created consent (201). */
    void createConsent(const Consent &consent, Callback<Consent> callback);
    /** DELETE /residency/consents/{id}: the consent, now revoked. */
    void revokeConsent(const QString &id, Callback<Consent> callback);

    /** POST /residency/migrate; preflight failures (403 rule, 404, 409) come back as problems. */
    void startMigration(const QString &district, const QString &from, const QString &to,
        const QStringList &keys, Callback<MigrationTicket> callback);
    /** GET /residency/migrations/{id}: state, counts and per-object states. */
    void fetchMigration(const QString &id, Callback<Migration> callback);
    /** GET /residency/migrations?district=…: newest first. */
    void fetchMigrations(const QString &district, Callback<QList<Migration>> callback);
    /** POST /residency/migrations/{id}/cancel: the migration as the cancel left it. */
    void cancelMigration(const QString &id, Callback<Migration> callback);

    /** GET /audit with @p query's filters: records in seq order. */
    void fetchAuditTrail(const AuditTrailQuery &query, Callback<QList<AuditRecord>> callback);
    /** GET /audit/verify: the verification of the whole chain. */
    void verifyChain(Callback<AuditVerifyResult> callback);

private:
    template <typename T>
    void call(const QByteArray &method, const QString &path, const std::optional<QJsonObject> &body,
        std::function<T(const QJsonObject &)> parse, Callback<T> callback,
        const QUrlQuery &query = {});

    QPointer<ApiClient> m_api;
};
