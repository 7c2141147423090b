#include "models/compliance/complianceclient.h"

#include "backend/core/validationerror.h"
#include "models/apiclient.h"
#include "models/compliance/rawrequest.h"

#include <QJsonArray>

namespace {

template <typename T>
QList<T> listOf(const QJsonObject &json, const QString &key, T (*parse)(const QJsonObject &))
{
    const auto value = json.value(key);
    if (!value.isArray())
        throw ValidationError(key, QStringLiteral("must be an array"));
    QList<T> list;
    const auto array = value.toArray();
    list.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        try {
            list.append(parse(array.at(i).toObject()));
        } catch (const ValidationError &e) {
            throw ValidationError(
                QStringLiteral("%1[%2].%3").arg(key).arg(i).arg(e.field()), e.reason());
        }
    }
    return list;
}

} // namespace

ComplianceClient::ComplianceClient(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{ }

ComplianceClient::~ComplianceClient() = default;

template <typename T>
void ComplianceClient::call(const QByteArray &method, const QString &path,
    const std::optional<QJsonObject> &body, std::function<T(const QJsonObject &)> parse,
    Callback<T> callback, const QUrlQuery &query)
{
    if (!m_api) {
        ProblemDetails problem;
        problem.status = 0;
        problem.title = tr("Not connected");
        problem.detail = tr("the console has no daemon connection");
        callback(ApiResult<T>::failure(problem));
        return;
    }
    m_api->request<T>(
        method, path, body, std::move(parse),
        [self = QPointer<ComplianceClient>(this), callback = std::move(callback)](ApiResult<T> r) {
            if (self)
                callback(std::move(r));
        },
        query);
}

void ComplianceClient::fetchAudit(const QString &district, Callback<AuditReport> callback)
{
    call<AuditReport>("GET", QStringLiteral("/residency/audit/%1").arg(apiPathSegment(district)),
        std::nullopt, &AuditReport::fromJson, std::move(callback));
}

void ComplianceClient::fetchAuditCsv(const QString &district, Callback<QByteArray> callback)
{
    if (!m_api)
        return call<QByteArray>("GET", QString(), std::nullopt, nullptr, std::move(callback));
    requestRawBytes(m_api, "GET",
        QStringLiteral("/residency/audit/%1").arg(apiPathSegment(district)),
        QUrlQuery{{QStringLiteral("format"), QStringLiteral("csv")}},
        [self = QPointer<ComplianceClient>(this), callback = std::move(callback)](
            ApiResult<QByteArray> r) {
            if (self)
                callback(std::move(r));
        });
}

void ComplianceClient::fetchScope(const QString &district, Callback<DistrictScope> callback)
{
    call<DistrictScope>("GET", QStringLiteral("/residency/scope/%1").arg(apiPathSegment(district)),
        std::nullopt, &DistrictScope::fromJson, std::move(callback));
}

void ComplianceClient::validate(const QString &district,
    const QList<QPair<QString, QString>> &classAndRegion, Callback<QList<Verdict>> callback)
{
    QJsonArray placements;
    for (const auto &[dataClass, region] : classAndRegion)
        placements.append(QJsonObject{{QStringLiteral("district"), district},
            {QStringLiteral("data_class"), dataClass}, {QStringLiteral("region"), region}});
    call<QList<Verdict>>(
        "POST", QStringLiteral("/residency/validate"),
        QJsonObject{{QStringLiteral("placements"), placements}},
        [](const QJsonObject &json) {
            QList<Verdict> verdicts;
            const auto results = json.value(QStringLiteral("results")).toArray();
            for (const auto &value : results) {
                const auto o = value.toObject();
                Verdict v;
                if (!o.value(QStringLiteral("allowed")).isBool())
                    throw ValidationError(QStringLiteral("results[].allowed"),
                        QStringLiteral("must be true or false"));
                v.allowed = o.value(QStringLiteral("allowed")).toBool();
                v.ruleId = o.value(QStringLiteral("rule")).toString();
                v.legalBasis = o.value(QStringLiteral("legal_basis")).toString();
                v.remedy = o.value(QStringLiteral("remedy")).toString();
                for (const auto &id : o.value(QStringLiteral("consent_ids")).toArray())
                    v.consentIds.append(id.toString());
                verdicts.append(v);
            }
            return verdicts;
        },
        std::move(callback));
}

void ComplianceClient::fetchConsents(const QString &district, Callback<QList<Consent>> callback)
{
    call<QList<Consent>>(
        "GET", QStringLiteral("/residency/consents"), std::nullopt,
        [](const QJsonObject &json) {
            return listOf<Consent>(json, QStringLiteral("consents"), &Consent::fromJson);
        },
        std::move(callback), QUrlQuery{{QStringLiteral("district"), district}});
}

void ComplianceClient::createConsent(const Consent &consent, Callback<Consent> callback)
{
    const auto wire = consent.toJson();
    QJsonObject body;
    for (const auto *key : {"district", "data_class", "region", "reference", "expires"})
        body.insert(QLatin1String(key), wire.value(QLatin1String(key)));
    call<Consent>("POST", QStringLiteral("/residency/consents"), body, &Consent::fromJson,
        std::move(callback));
}

void ComplianceClient::revokeConsent(const QString &id, Callback<Consent> callback)
{
    call<Consent>("DELETE", QStringLiteral("/residency/consents/%1").arg(apiPathSegment(id)),
        std::nullopt, &Consent::fromJson, std::move(callback));
}

void ComplianceClient::startMigration(const QString &district, const QString &from,
    const QString &to, const QStringList &keys, Callback<MigrationTicket> callback)
{
    QJsonObject body{{QStringLiteral("district"), district}, {QStringLiteral("from"), from},
        {QStringLiteral("to"), to}};
    if (!keys.isEmpty())
        body.insert(QStringLiteral("keys"), QJsonArray::fromStringList(keys));
    call<MigrationTicket>(
        "POST", QStringLiteral("/residency/migrate"), body,
        [](const QJsonObject &json) {
            const auto id = json.value(QStringLiteral("id"));
            if (!id.isString() || id.toString().isEmpty())
                throw ValidationError(QStringLiteral("id"), QStringLiteral("must be a string"));
            return MigrationTicket{id.toString(), json.value(QStringLiteral("state")).toString(),
                json.value(QStringLiteral("total")).toInt()};
        },
        std::move(callback));
}

void ComplianceClient::fetchMigration(const QString &id, Callback<Migration> callback)
{
    call<Migration>("GET", QStringLiteral("/residency/migrations/%1").arg(apiPathSegment(id)),
        std::nullopt, &Migration::fromJson, std::move(callback));
}

void ComplianceClient::fetchMigrations(const QString &district, Callback<QList<Migration>> callback)
{
    QUrlQuery query;
    if (!district.isEmpty())
        query.addQueryItem(QStringLiteral("district"), district);
    call<QList<Migration>>(
        "GET", QStringLiteral("/residency/migrations"), std::nullopt,
        [](const QJsonObject &json) {
            return listOf<Migration>(json, QStringLiteral("migrations"), &Migration::fromJson);
        },
        std::move(callback), query);
}

void ComplianceClient::cancelMigration(const QString &id, Callback<Migration> callback)
{
    call<Migration>("POST",
        QStringLiteral("/residency/migrations/%1/cancel").arg(apiPathSegment(id)), QJsonObject{},
        &Migration::fromJson, std::move(callback));
}

void ComplianceClient::fetchAuditTrail(
    const AuditTrailQuery &query, Callback<QList<AuditRecord>> callback)
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
    call<QList<AuditRecord>>(
        "GET", QStringLiteral("/audit"), std::nullopt,
        [](const QJsonObject &json) {
            return listOf<AuditRecord>(json, QStringLiteral("records"), &AuditRecord::fromJson);
        },
        std::move(callback), q);
}

void ComplianceClient::verifyChain(Callback<AuditVerifyResult> callback)
{
    call<AuditVerifyResult>(
        "GET", QStringLiteral("/audit/verify"), std::nullopt,
        [](const QJsonObject &json) {
            auto copy = json;
            copy.remove(QStringLiteral("records"));
            return AuditVerifyResult::fromJson(copy);
        },
        std::move(callback));
}
