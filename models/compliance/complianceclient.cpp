#include "models/compliance/complianceclient.h"

#include "backend/core/validationerror.h"
#include "models/apiclient.h"

#include "backend/core/residency/placementrequest.h"

#include <QJsonArray>

ComplianceClient::ComplianceClient(ApiClient &api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{ }

ComplianceClient::~ComplianceClient() = default;

template <typename T>
ApiCall ComplianceClient::call(QObject *context, const QByteArray &method, const QString &path,
    const std::optional<QJsonObject> &body, std::function<T(const QJsonObject &)> parse,
    Callback<T> callback, const QUrlQuery &query)
{
    return m_api.request<T>(
        context, method, path, body, std::move(parse), std::move(callback), query);
}

ApiCall ComplianceClient::fetchAudit(
    QObject *context, const QString &district, Callback<AuditReport> callback)
{
    return call<AuditReport>(context, "GET",
        QStringLiteral("/residency/audit/%1").arg(apiPathSegment(district)), std::nullopt,
        &AuditReport::fromJson, std::move(callback));
}

ApiCall ComplianceClient::fetchAuditCsv(
    QObject *context, const QString &district, Callback<QByteArray> callback)
{
    return m_api.requestBytes(context, "GET",
        QStringLiteral("/residency/audit/%1").arg(apiPathSegment(district)), std::move(callback),
        QUrlQuery{{QStringLiteral("format"), QStringLiteral("csv")}});
}

ApiCall ComplianceClient::fetchScope(
    QObject *context, const QString &district, Callback<DistrictScope> callback)
{
    return call<DistrictScope>(context, "GET",
        QStringLiteral("/residency/scope/%1").arg(apiPathSegment(district)), std::nullopt,
        &DistrictScope::fromJson, std::move(callback));
}

ApiCall ComplianceClient::validate(QObject *context, const QString &district,
    const QList<QPair<QString, QString>> &classAndRegion, Callback<QList<Verdict>> callback)
{
    ValidateRequest request;
    for (const auto &[dataClass, region] : classAndRegion) {
        const auto parsed = dataClassFromString(dataClass);
        if (!parsed) {
            ProblemDetails problem;
            problem.title = tr("Unknown data class");
            problem.detail = tr("'%1' is not a data class the daemon knows").arg(dataClass);
            problem.field = QStringLiteral("data_class");
            callback(ApiResult<QList<Verdict>>::failure(problem));
            return {};
        }
        request.placements.append({district, *parsed, region, {}});
    }
    return call<QList<Verdict>>(
        context, "POST", QStringLiteral("/residency/validate"), request.toJson(),
        [](const QJsonObject &json) { return ValidateResponse::fromJson(json).results; },
        std::move(callback));
}

ApiCall ComplianceClient::fetchConsents(
    QObject *context, const QString &district, Callback<QList<Consent>> callback)
{
    return call<QList<Consent>>(
        context, "GET", QStringLiteral("/residency/consents"), std::nullopt,
        [](const QJsonObject &json) {
            return ApiClient::parseList<Consent>(json, QStringLiteral("consents"));
        },
        std::move(callback), QUrlQuery{{QStringLiteral("district"), district}});
}

ApiCall ComplianceClient::createConsent(
    QObject *context, const Consent &consent, Callback<Consent> callback)
{
    return call<Consent>(context, "POST", QStringLiteral("/residency/consents"),
        ConsentRequest::from(consent).toJson(), &Consent::fromJson, std::move(callback));
}

ApiCall ComplianceClient::revokeConsent(
    QObject *context, const QString &id, Callback<Consent> callback)
{
    return call<Consent>(context, "DELETE",
        QStringLiteral("/residency/consents/%1").arg(apiPathSegment(id)), std::nullopt,
        &Consent::fromJson, std::move(callback));
}

ApiCall ComplianceClient::startMigration(QObject *context, const QString &district,
    const QString &from, const QString &to, const QStringList &keys,
    Callback<MigrationTicket> callback)
{
    const MigrationRequest request{district, from, to, keys};
    return call<MigrationTicket>(context, "POST", QStringLiteral("/residency/migrate"),
        request.toJson(), &MigrationTicket::fromJson, std::move(callback));
}

ApiCall ComplianceClient::fetchMigration(
    QObject *context, const QString &id, Callback<Migration> callback)
{
    return call<Migration>(context, "GET",
        QStringLiteral("/residency/migrations/%1").arg(apiPathSegment(id)), std::nullopt,
        &Migration::fromJson, std::move(callback));
}

ApiCall ComplianceClient::fetchMigrations(
    QObject *context, const QString &district, Callback<QList<Migration>> callback)
{
    QUrlQuery query;
    if (!district.isEmpty())
        query.addQueryItem(QStringLiteral("district"), district);
    return call<QList<Migration>>(
        context, "GET", QStringLiteral("/residency/migrations"), std::nullopt,
        [](const QJsonObject &json) {
            return ApiClient::parseList<Migration>(json, QStringLiteral("migrations"));
        },
        std::move(callback), query);
}

ApiCall ComplianceClient::cancelMigration(
    QObject *context, const QString &id, Callback<Migration> callback)
{
    return call<Migration>(context, "POST",
        QStringLiteral("/residency/migrations/%1/cancel").arg(apiPathSegment(id)), QJsonObject{},
        &Migration::fromJson, std::move(callback));
}

ApiCall ComplianceClient::fetchAuditTrail(
    QObject *context, const AuditTrailQuery &query, Callback<QList<AuditRecord>> callback)
{
    QUrlQuery q;
    if (!query.district.isEmpty())
        q.addQueryItem(QStringLiteral("district"), query.district);
    if (query.from.isValid())
        q.addQueryItem(QStringLiteral("from"), query.from.toUTC().toString(Qt::ISODateWithMs));
    if (query.to.isValid())
        q.addQueryItem(QStringLiteral("to"), query.to.toUTC().toString(Qt::ISODateWithMs));
    if (query.afterSeq >= 0)
        q.addQueryItem(QStringLiteral("after"), QString::number(query.afterSeq));
    if (query.limit > 0)
        q.addQueryItem(QStringLiteral("limit"), QString::number(query.limit));
    return call<QList<AuditRecord>>(
        context, "GET", QStringLiteral("/audit"), std::nullopt,
        [](const QJsonObject &json) {
            return ApiClient::parseList<AuditRecord>(json, QStringLiteral("records"));
        },
        std::move(callback), q);
}

ApiCall ComplianceClient::fetchReplication(QObject *context, Callback<ReplicationStatus> callback)
{
    return call<ReplicationStatus>(context, "GET", QStringLiteral("/replication"), std::nullopt,
        &ReplicationStatus::fromJson, std::move(callback));
}

ApiCall ComplianceClient::verifyChain(QObject *context, Callback<AuditVerifyResult> callback)
{
    return call<AuditVerifyResult>(
        context, "GET", QStringLiteral("/audit/verify"), std::nullopt,
        [](const QJsonObject &json) {
            auto copy = json;
            copy.remove(QStringLiteral("records"));
            return AuditVerifyResult::fromJson(copy);
        },
        std::move(callback));
}
