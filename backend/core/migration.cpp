#include "backend/core/migration.h"

#include "backend/core/enumnames.h"
#include "backend/core/jsonreader.h"
#include "backend/core/validationerror.h"

#include <QJsonArray>
#include <QStringList>

#include <array>
#include <utility>

namespace {

constexpr EnumNames<MigrationState, 5> kStates{{
    {MigrationState::Pending, u"pending"},
    {MigrationState::Running, u"running"},
    {MigrationState::Done, u"done"},
    {MigrationState::Failed, u"failed"},
    {MigrationState::RolledBack, u"rolled_back"},
}};

constexpr EnumNames<MigrationItemState, 6> kItemStates{{
    {MigrationItemState::Pending, u"pending"},
    {MigrationItemState::Copied, u"copied"},
    {MigrationItemState::Verified, u"verified"},
    {MigrationItemState::Committed, u"committed"},
    {MigrationItemState::Deleted, u"deleted"},
    {MigrationItemState::RolledBack, u"rolled_back"},
}};

} // namespace

QString migrationStateName(MigrationState state)
{
    return enumName(kStates, state);
}

std::optional<MigrationState> migrationStateFromName(const QString &name)
{
    return enumFromName(kStates, name);
}

QString migrationItemStateName(MigrationItemState state)
{
    return enumName(kItemStates, state);
}

std::optional<MigrationItemState> migrationItemStateFromName(const QString &name)
{
    return enumFromName(kItemStates, name);
}

bool isFinished(MigrationState state)
{
    return state == MigrationState::Done || state == MigrationState::Failed
        || state == MigrationState::RolledBack;
}

QJsonObject MigrationItem::toJson() const
{
    return {{QStringLiteral("key"), key}, {QStringLiteral("data_class"), dataClass},
        {QStringLiteral("size"), size}, {QStringLiteral("sha256"), sha256},
        {QStringLiteral("state"), migrationItemStateName(state)}, {QStringLiteral("rule"), rule}};
}

int Migration::count(MigrationItemState s) const
{
    return int(std::count_if(
        items.begin(), items.end(), [&](const MigrationItem &i) { return i.state == s; }));
}

bool Migration::isFinished() const
{
    return ::isFinished(state);
}

QJsonObject Migration::toJson() const
{
    QJsonArray objects;
    qint64 bytes = 0;
    for (const auto &item : items) {
        objects.append(item.toJson());
        bytes += item.size;
    }
    const int moved = count(MigrationItemState::Deleted);
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("district"), district},
        {QStringLiteral("from"), fromRegion},
        {QStringLiteral("to"), toRegion},
        {QStringLiteral("state"), migrationStateName(state)},
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
    const QString state = r.requiredString(QStringLiteral("state"));
    const auto known = migrationStateFromName(state);
    if (!known)
        throw ValidationError(QStringLiteral("state"),
            QStringLiteral("'%1' is not a migration state (%2)")
                .arg(state, enumNames(kStates).join(QStringLiteral(", "))));
    m.state = *known;
    m.actor = r.optionalString(QStringLiteral("actor")).value_or(QString());
    m.error = r.optionalString(QStringLiteral("error")).value_or(QString());
    m.cancelRequested = r.optionalBool(QStringLiteral("cancel_requested")).value_or(false);
    m.createdAt = r.optionalTime(QStringLiteral("created_at")).value_or(QDateTime());
    m.updatedAt = r.optionalTime(QStringLiteral("updated_at")).value_or(QDateTime());
    const auto objects = json.value(QStringLiteral("objects")).toArray();
    for (qsizetype i = 0; i < objects.size(); ++i) {
        const auto o = objects.at(i).toObject();
        MigrationItem item;
        item.key = o.value(QStringLiteral("key")).toString();
        item.dataClass = o.value(QStringLiteral("data_class")).toString();
        item.size = o.value(QStringLiteral("size")).toInteger();
        item.sha256 = o.value(QStringLiteral("sha256")).toString();
        const QString itemState = o.value(QStringLiteral("state")).toString();
        const auto knownItem = migrationItemStateFromName(itemState);
        if (!knownItem)
            throw ValidationError(QStringLiteral("objects[%1].state").arg(i),
                QStringLiteral("'%1' is not an object state (%2)")
                    .arg(itemState, enumNames(kItemStates).join(QStringLiteral(", "))));
        item.state = *knownItem;
        item.rule = o.value(QStringLiteral("rule")).toString();
        m.items.append(item);
    }
    return m;
}
