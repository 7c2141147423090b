#include "backend/core/events/drillevents.h"

#include "backend/core/jsonreader.h"
#include "backend/core/validationerror.h"

QJsonObject DrillProgressEvent::toJson() const
{
    return {{QStringLiteral("drill"), drill},
        {QStringLiteral("scenario"), drillScenarioName(scenario)},
        {QStringLiteral("state"), drillStateName(state)}, {QStringLiteral("kind"), kind},
        {QStringLiteral("t_ms"), double(tMs)}, {QStringLiteral("district"), district},
        {QStringLiteral("pod"), pod}, {QStringLiteral("detail"), detail}};
}

bool DrillProgressEvent::audited() const
{
    static const QStringList kAudited{QStringLiteral("started"), QStringLiteral("fault_applied"),
        QStringLiteral("reverted"), QStringLiteral("stop_condition"), QStringLiteral("abort"),
        QStringLiteral("finished")};
    return kAudited.contains(kind);
}

DrillProgressEvent DrillProgressEvent::fromJson(const QJsonObject &json)
{
    const JsonReader r(json);
    r.rejectUnknown({QStringLiteral("drill"), QStringLiteral("scenario"), QStringLiteral("state"),
        QStringLiteral("kind"), QStringLiteral("t_ms"), QStringLiteral("district"),
        QStringLiteral("pod"), QStringLiteral("detail")});
    DrillProgressEvent e;
    e.drill = r.requiredString(QStringLiteral("drill"));
    const QString scenario = r.requiredString(QStringLiteral("scenario"));
    const auto s = drillScenarioFromName(scenario);
    if (!s)
        throw ValidationError(QStringLiteral("scenario"),
            QStringLiteral("'%1' is not a drill scenario").arg(scenario));
    e.scenario = *s;
    const QString state = r.requiredString(QStringLiteral("state"));
    const auto st = drillStateFromName(state);
    if (!st)
        throw ValidationError(
            QStringLiteral("state"), QStringLiteral("'%1' is not a drill state").arg(state));
    e.state = *st;
    e.kind = r.requiredString(QStringLiteral("kind"));
    e.tMs = r.requiredIntIn(QStringLiteral("t_ms"), -86'400'000LL, 86'400'000LL * 7);
    e.district = r.optionalString(QStringLiteral("district")).value_or(QString());
    e.pod = r.optionalString(QStringLiteral("pod")).value_or(QString());
    e.detail = r.optionalString(QStringLiteral("detail")).value_or(QString());
    return e;
}
