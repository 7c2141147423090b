#include "backend/core/migration.h"

#include "backend/core/jsonreader.h"

#include <QJsonArray>

QJsonObject MigrationItem::toJson() const
{
    return {{QStringLiteral("key"), key}, {QStringLiteral("data_class"), dataClass},
        {QStringLiteral("size"), size}, {QStringLiteral("sha256"), sha256},
        {QStringLiteral("state"), state}, {QStringLiteral("rule"), rule}};
}

int Migration::count(const QString &s) const
{
    return int(std::count_if(
        items.begin(), items.end(), [&](const MigrationItem &i) { return i.state == s; }));
}

bool Migration::isFinished() const
{
    return state == QLatin1String("done") || state == QLatin1String("failed")
        || state == QLatin1String("rolled_back");
}

QJsonObject Migration::toJson() const
{
    QJsonArray objects;
    qint64 bytes = 0;
    for (const auto &item : items) {
        objects.append(item.toJson());
        bytes += item.size;
    }
    const int moved = count(QStringLiteral("deleted"));
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("district"), district},
        {QStringLiteral("from"), fromRegion},
        {QStringLiteral("to"), toRegion},
        {QStringLiteral("state"), state},
        {QStringLiteral("actor"), actor},
        {QStringLiteral("error"), error},
        {QStringLiteral("cancel_requested"), cancelRequested},
        {QStringLiteral("created_at"), createdAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("updated_at"), updatedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("total"), int(items.size())},
        {QStringLiteral("moved"), moved},
        {QStringLiteral("bytes"), bytes},
        {QStringLiteral("progress"), items.isEmpty() ? 1.0 : double(moved) / double(items.size())},
        {QStringLiteral("objects"), objects},
    };
}

Migration Migration::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    Migration m;
    m.id = r.requiredString(QStringLiteral("id"));
    m.district = r.optionalString(QStringLiteral("district")).value_or(QString());
    m.fromRegion = r.optionalString(QStringLiteral("from")).value_or(QString());
    m.toRegion = r.optionalString(QStringLiteral("to")).value_or(QString());
    m.state = r.requiredString(QStringLiteral("state"));
    m.actor = r.optionalString(QStringLiteral("actor")).value_or(QString());
    m.error = r.optionalString(QStringLiteral("error")).value_or(QString());
    m.cancelRequested = r.optionalBool(QStringLiteral("cancel_requested")).value_or(false);
    m.createdAt = r.optionalTime(QStringLiteral("created_at")).value_or(QDateTime());
    m.updatedAt = r.optionalTime(QStringLiteral("updated_at")).value_or(QDateTime());
    for (const auto &v : json.value(QStringLiteral("objects")).toArray()) {
        const auto o = v.toObject();
        MigrationItem item;
        item.key = o.value(QStringLiteral("key")).toString();
        item.dataClass = o.value(QStringLiteral("data_class")).toString();
        item.size = o.value(QStringLiteral("size")).toInteger();
        item.sha256 = o.value(QStringLiteral("sha256")).toString();
        item.state = o.value(QStringLiteral("state")).toString();
        item.rule = o.value(QStringLiteral("rule")).toString();
        m.items.append(item);
    }
    return m;
}
