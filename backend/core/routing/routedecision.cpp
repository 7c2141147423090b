#include "backend/core/routing/routedecision.h"

#include "backend/core/jsonreader.h"
#include "backend/core/validationerror.h"

#include <QJsonArray>

QJsonObject RouteDecision::toJson() const
{
    QJsonArray weightArray;
    for (const auto &w : weights)
        weightArray.append(
            QJsonObject{{QStringLiteral("pod"), w.pod}, {QStringLiteral("weight"), w.weight}});
    QJsonArray excludedArray;
    for (const auto &e : excluded)
        excludedArray.append(QJsonObject{
            {QStringLiteral("pod"), e.pod},
            {QStringLiteral("region"), e.region},
            {QStringLiteral("reason"), e.reason},
            {QStringLiteral("rule"), e.rule},
            {QStringLiteral("data_class"), e.dataClass},
            {QStringLiteral("detail"), e.detail},
        });
    QJsonObject json{
        {QStringLiteral("district"), district},
        {QStringLiteral("pod"), pod},
        {QStringLiteral("region"), region},
        {QStringLiteral("endpoint"), endpoint},
        {QStringLiteral("weights"), weightArray},
        {QStringLiteral("fallbacks"), QJsonArray::fromStringList(fallbacks)},
        {QStringLiteral("explanation"), QJsonArray::fromStringList(explanation)},
        {QStringLiteral("excluded"), excludedArray},
        {QStringLiteral("fail_closed"), failClosed},
        {QStringLiteral("fixes"), QJsonArray::fromStringList(fixes)},
        {QStringLiteral("table_version"), tableVersion},
    };
    if (!overrideId.isEmpty())
        json.insert(QStringLiteral("override"), overrideId);
    return json;
}

RouteDecision RouteDecision::fromJson(const QJsonObject &json)
{
    const JsonReader r(json);
    RouteDecision d;
    d.district = r.requiredString(QStringLiteral("district"));
    d.pod = r.optionalString(QStringLiteral("pod")).value_or(QString());
    d.region = r.optionalString(QStringLiteral("region")).value_or(QString());
    d.endpoint = r.optionalString(QStringLiteral("endpoint")).value_or(QString());
    const QJsonArray weights = r.requiredArray(QStringLiteral("weights"));
    for (qsizetype i = 0; i < weights.size(); ++i) {
        const QString field = QStringLiteral("weights[%1].").arg(i);
        const JsonReader w(objectAt(weights, i, QStringLiteral("weights")), field);
        d.weights.append({w.requiredString(QStringLiteral("pod")),
            int(w.requiredIntIn(QStringLiteral("weight"), 0, 100))});
    }
    d.fallbacks = r.stringList(QStringLiteral("fallbacks"));
    d.explanation = r.stringList(QStringLiteral("explanation"));
    const QJsonArray excluded = r.requiredArray(QStringLiteral("excluded"));
    for (qsizetype i = 0; i < excluded.size(); ++i) {
        const QString field = QStringLiteral("excluded[%1].").arg(i);
        const JsonReader e(objectAt(excluded, i, QStringLiteral("excluded")), field);
        Exclusion x;
        x.pod = e.requiredString(QStringLiteral("pod"));
        x.region = e.optionalString(QStringLiteral("region")).value_or(QString());
        x.reason = e.requiredString(QStringLiteral("reason"));
        x.rule = e.optionalString(QStringLiteral("rule")).value_or(QString());
        x.dataClass = e.optionalString(QStringLiteral("data_class")).value_or(QString());
        x.detail = e.optionalString(QStringLiteral("detail")).value_or(QString());
        d.excluded.append(x);
    }
    d.failClosed = r.optionalBool(QStringLiteral("fail_closed")).value_or(false);
    d.fixes = r.stringList(QStringLiteral("fixes"));
    d.overrideId = r.optionalString(QStringLiteral("override")).value_or(QString());
    d.tableVersion
        = r.optionalIntIn(QStringLiteral("table_version"), 0, qint64(1) << 53).value_or(0);
    if (d.failClosed != d.weights.isEmpty())
        throw ValidationError(QStringLiteral("fail_closed"),
            d.failClosed ? QStringLiteral("a fail-closed decision has no weights")
                         : QStringLiteral("a decision without weights must be fail_closed"));
    return d;
}
