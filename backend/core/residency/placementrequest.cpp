#include "backend/core/residency/placementrequest.h"

#include "backend/core/jsonreader.h"
#include "backend/core/validationerror.h"

#include <QJsonArray>

QJsonObject ValidateRequest::toJson() const
{
    QJsonArray array;
    for (const auto &p : placements) {
        QJsonObject object{{QStringLiteral("district"), p.district},
            {QStringLiteral("data_class"), dataClassName(p.dataClass)},
            {QStringLiteral("region"), p.region}};
        if (!p.pod.isEmpty())
            object.insert(QStringLiteral("pod"), p.pod);
        array.append(object);
    }
    return {{QStringLiteral("placements"), array}};
}

ValidateRequest ValidateRequest::fromJson(const QJsonObject &json)
{
    const JsonReader root(json);
    root.rejectUnknown({QStringLiteral("placements")});
    const QJsonArray array = root.requiredArray(QStringLiteral("placements"));
    if (array.size() > MaxPlacements)
        throw ValidationError(QStringLiteral("placements"),
            QStringLiteral("at most %1 per request").arg(MaxPlacements));
    ValidateRequest request;
    request.placements.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString prefix = QStringLiteral("placements[%1].").arg(i);
        if (!array.at(i).isObject())
            throw ValidationError(prefix.chopped(1), QStringLiteral("must be an object"));
        const JsonReader r(array.at(i).toObject(), prefix);
        r.rejectUnknown({QStringLiteral("district"), QStringLiteral("data_class"),
            QStringLiteral("region"), QStringLiteral("pod")});
        Placement p;
        p.district = r.requiredString(QStringLiteral("district"));
        const QString dataClass = r.requiredString(QStringLiteral("data_class"));
        const auto parsed = dataClassFromString(dataClass);
        if (!parsed)
            throw ValidationError(prefix + QStringLiteral("data_class"),
                QStringLiteral("'%1' is not a known data class").arg(dataClass));
        p.dataClass = *parsed;
        p.region = r.requiredString(QStringLiteral("region"));
        p.pod = r.optionalString(QStringLiteral("pod")).value_or(QString());
        request.placements.append(p);
    }
    return request;
}

QJsonObject ValidateResponse::toJson() const
{
    QJsonArray array;
    for (const auto &verdict : results) {
        QJsonObject json = verdict.toJson();
        json.insert(QStringLiteral("consents"), json.value(QStringLiteral("consent_ids")));
        array.append(json);
    }
    return {{QStringLiteral("results"), array}};
}

ValidateResponse ValidateResponse::fromJson(const QJsonObject &json)
{
    const JsonReader root(json);
    const QJsonArray array = root.requiredArray(QStringLiteral("results"));
    ValidateResponse response;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString prefix = QStringLiteral("results[%1].").arg(i);
        if (!array.at(i).isObject())
            throw ValidationError(prefix.chopped(1), QStringLiteral("must be an object"));
        response.results.append(Verdict::fromJson(array.at(i).toObject(), prefix));
    }
    return response;
}
