#include "backend/core/events/routingevents.h"

#include "backend/core/jsonreader.h"
#include "backend/core/validationerror.h"

#include <QJsonArray>

namespace {

const QString kDistrict = QStringLiteral("district");
const QString kTableVersion = QStringLiteral("table_version");

// Pod ids that may be "" (no pod: fail-closed before or after): present, a string.
QString podOrNone(const JsonReader &r, const QString &key)
{
    const auto value = r.object().value(key);
    if (!value.isString())
        throw ValidationError(r.fieldName(key),
            value.isUndefined() ? QStringLiteral("is required")
                                : QStringLiteral("must be a string (\"\" for no pod)"));
    return value.toString();
}

qint64 readTableVersion(const JsonReader &r)
{
    return r.requiredIntIn(kTableVersion, 0, qint64(1) << 53);
}

} // namespace

QJsonObject RoutingChangedEvent::toJson() const
{
    QJsonArray split;
    for (const auto &w : weights)
        split.append(
            QJsonObject{{QStringLiteral("pod"), w.pod}, {QStringLiteral("weight"), w.weight}});
    return {{kDistrict, district}, {QStringLiteral("from"), from}, {QStringLiteral("to"), to},
        {QStringLiteral("reason"), routeReasonName(reason)}, {QStringLiteral("weights"), split},
        {kTableVersion, tableVersion}};
}

RoutingChangedEvent RoutingChangedEvent::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    r.rejectUnknown({kDistrict, QStringLiteral("from"), QStringLiteral("to"),
        QStringLiteral("reason"), QStringLiteral("weights"), kTableVersion});
    RoutingChangedEvent event;
    event.district = r.requiredString(kDistrict);
    event.from = podOrNone(r, QStringLiteral("from"));
    event.to = podOrNone(r, QStringLiteral("to"));
    const QString reason = r.requiredString(QStringLiteral("reason"));
    const auto known = routeReasonFromName(reason);
    if (!known)
        throw ValidationError(QStringLiteral("reason"),
            QStringLiteral("'%1' is not a reason a route changes for").arg(reason));
    event.reason = *known;
    const QJsonArray split = r.requiredArray(QStringLiteral("weights"));
    for (qsizetype i = 0; i < split.size(); ++i) {
        const JsonReader w(
            objectAt(split, i, QStringLiteral("weights")), QStringLiteral("weights[%1].").arg(i));
        w.rejectUnknown({QStringLiteral("pod"), QStringLiteral("weight")});
        event.weights.append({w.requiredString(QStringLiteral("pod")),
            int(w.requiredIntIn(QStringLiteral("weight"), 0, 100))});
    }
    if (event.weights.isEmpty() != event.to.isEmpty())
        throw ValidationError(QStringLiteral("to"),
            event.to.isEmpty() ? QStringLiteral("is \"\" but the split names pods")
                               : QStringLiteral("names a pod but the split is empty"));
    event.tableVersion = readTableVersion(r);
    return event;
}

QJsonObject RoutingFailClosedEvent::toJson() const
{
    return {{kDistrict, district}, {QStringLiteral("reason"), reason},
        {QStringLiteral("fixes"), QJsonArray::fromStringList(fixes)},
        {QStringLiteral("from"), from}, {kTableVersion, tableVersion}};
}

RoutingFailClosedEvent RoutingFailClosedEvent::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    r.rejectUnknown({kDistrict, QStringLiteral("reason"), QStringLiteral("fixes"),
        QStringLiteral("from"), kTableVersion});
    RoutingFailClosedEvent event;
    event.district = r.requiredString(kDistrict);
    event.reason = r.requiredString(QStringLiteral("reason"));
    event.fixes = r.stringList(QStringLiteral("fixes"));
    event.from = podOrNone(r, QStringLiteral("from"));
    event.tableVersion = readTableVersion(r);
    return event;
}

QJsonObject RoutingRestoredEvent::toJson() const
{
    return {{kDistrict, district}, {QStringLiteral("to"), to}, {QStringLiteral("region"), region},
        {kTableVersion, tableVersion}};
}

RoutingRestoredEvent RoutingRestoredEvent::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    r.rejectUnknown({kDistrict, QStringLiteral("to"), QStringLiteral("region"), kTableVersion});
    RoutingRestoredEvent event;
    event.district = r.requiredString(kDistrict);
    event.to = r.requiredString(QStringLiteral("to"));
    event.region = r.requiredString(QStringLiteral("region"));
    event.tableVersion = readTableVersion(r);
    return event;
}
