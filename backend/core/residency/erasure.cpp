#include "backend/core/residency/erasure.h"

#include "backend/core/jsonreader.h"
#include "backend/core/objectkey.h"
#include "backend/core/validationerror.h"

#include <QJsonArray>

namespace {

QJsonValue erasureTimeOrNull(const std::optional<QDateTime> &time)
{
    return time ? QJsonValue(time->toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

} // namespace

QJsonObject ErasureRequest::toJson() const
{
    QJsonObject json{{QStringLiteral("district"), district}};
    if (keys.isEmpty())
        json.insert(QStringLiteral("prefix"), prefix);
    else
        json.insert(QStringLiteral("keys"), QJsonArray::fromStringList(keys));
    return json;
}

ErasureRequest ErasureRequest::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    r.rejectUnknown({QStringLiteral("district"), QStringLiteral("prefix"), QStringLiteral("keys")});
    ErasureRequest e;
    e.district = r.requiredString(QStringLiteral("district"));
    if (e.district.isEmpty() || e.district.contains(QLatin1Char('/')))
        throw ValidationError(QStringLiteral("district"), QStringLiteral("must be a district id"));
    const QString mine = e.district + QLatin1Char('/');
    const bool hasPrefix = json.contains(QStringLiteral("prefix"));
    const bool hasKeys = json.contains(QStringLiteral("keys"));
    if (hasPrefix == hasKeys)
        throw ValidationError(hasPrefix ? QStringLiteral("keys") : QStringLiteral("prefix"),
            hasPrefix ? QStringLiteral("give either prefix or keys, not both")
                      : QStringLiteral("is required (or keys): an erasure must name what it "
                                       "erases"));
    if (hasPrefix) {
        e.prefix = r.requiredString(QStringLiteral("prefix"));
        if (!e.prefix.startsWith(mine))
            throw ValidationError(QStringLiteral("prefix"),
                QStringLiteral("must start with '%1' (the district's own keys)").arg(mine));
        if (const QString problem = ObjectKey::prefixProblem(e.prefix); !problem.isEmpty())
            throw ValidationError(QStringLiteral("prefix"), problem);
        return e;
    }
    const QJsonArray keys = r.requiredArray(QStringLiteral("keys"));
    if (keys.isEmpty())
        throw ValidationError(QStringLiteral("keys"),
            QStringLiteral("is empty: an erasure must name what it erases"));
    if (keys.size() > kMaxKeys)
        throw ValidationError(QStringLiteral("keys"),
            QStringLiteral("has %1 keys; at most %2 per erasure (or use a prefix)")
                .arg(keys.size())
                .arg(kMaxKeys));
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const QString field = QStringLiteral("keys[%1]").arg(i);
        if (!keys.at(i).isString())
            throw ValidationError(field, QStringLiteral("must be a string"));
        const QString key = keys.at(i).toString();
        if (const QString problem = ObjectKey::problem(key); !problem.isEmpty())
            throw ValidationError(field, problem);
        if (!key.startsWith(mine))
            throw ValidationError(field, QStringLiteral("is not one of %1's keys").arg(e.district));
        if (e.keys.contains(key))
            throw ValidationError(field, QStringLiteral("names '%1' twice").arg(key));
        e.keys.append(key);
    }
    return e;
}

QJsonObject ErasureItem::toJson() const
{
    return {{QStringLiteral("region"), region}, {QStringLiteral("store"), store},
        {QStringLiteral("copy"), replica ? QStringLiteral("replica") : QStringLiteral("primary")},
        {QStringLiteral("key"), key}, {QStringLiteral("deleted"), deleted},
        {QStringLiteral("verified_at"), erasureTimeOrNull(verifiedAt)},
        {QStringLiteral("error"), error}};
}

ErasureItem ErasureItem::fromJson(const QJsonObject &json, const QString &prefix)
{
    JsonReader r(json, prefix);
    r.rejectUnknown({QStringLiteral("region"), QStringLiteral("store"), QStringLiteral("copy"),
        QStringLiteral("key"), QStringLiteral("deleted"), QStringLiteral("verified_at"),
        QStringLiteral("error")});
    ErasureItem item;
    item.region = r.requiredString(QStringLiteral("region"));
    item.store = r.requiredString(QStringLiteral("store"));
    const QString copy = r.requiredString(QStringLiteral("copy"));
    if (copy != QLatin1String("replica") && copy != QLatin1String("primary"))
        throw ValidationError(
            r.fieldName(QStringLiteral("copy")), QStringLiteral("must be primary or replica"));
    item.replica = copy == QLatin1String("replica");
    item.key = r.requiredString(QStringLiteral("key"));
    item.deleted = r.requiredBool(QStringLiteral("deleted"));
    item.verifiedAt = r.optionalTime(QStringLiteral("verified_at"));
    item.error = r.optionalString(QStringLiteral("error")).value_or(QString());
    if (item.deleted != item.verifiedAt.has_value())
        throw ValidationError(r.fieldName(QStringLiteral("verified_at")),
            QStringLiteral("is set exactly when the copy is deleted"));
    return item;
}

QString erasureStateName(Erasure::State state)
{
    switch (state) {
    case Erasure::State::Running:
        return QStringLiteral("running");
    case Erasure::State::Pending:
        return QStringLiteral("pending");
    case Erasure::State::Done:
        return QStringLiteral("done");
    }
    return {};
}

int Erasure::deletedCount() const
{
    return int(std::count_if(
        items.cbegin(), items.cend(), [](const ErasureItem &i) { return i.deleted; }));
}

QJsonObject Erasure::toJson() const
{
    QJsonArray list;
    for (const ErasureItem &item : items)
        list.append(item.toJson());
    return {{QStringLiteral("id"), id}, {QStringLiteral("request"), request.toJson()},
        {QStringLiteral("actor"), actor}, {QStringLiteral("state"), erasureStateName(state)},
        {QStringLiteral("created"), created.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("finished"), erasureTimeOrNull(finished)}, {QStringLiteral("items"), list},
        {QStringLiteral("deleted"), deletedCount()}, {QStringLiteral("attempts"), attempts}};
}

Erasure Erasure::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    r.rejectUnknown({QStringLiteral("id"), QStringLiteral("request"), QStringLiteral("actor"),
        QStringLiteral("state"), QStringLiteral("created"), QStringLiteral("finished"),
        QStringLiteral("items"), QStringLiteral("deleted"), QStringLiteral("attempts")});
    Erasure e;
    e.id = r.requiredString(QStringLiteral("id"));
    const QJsonValue request = json.value(QStringLiteral("request"));
    if (!request.isObject())
        throw ValidationError(QStringLiteral("request"), QStringLiteral("must be an object"));
    try {
        e.request = ErasureRequest::fromJson(request.toObject());
    } catch (const ValidationError &error) {
        throw ValidationError(QStringLiteral("request.") + error.field(), error.reason());
    }
    e.actor = r.optionalString(QStringLiteral("actor")).value_or(QString());
    const QString state = r.requiredString(QStringLiteral("state"));
    if (state == QLatin1String("running"))
        e.state = State::Running;
    else if (state == QLatin1String("pending"))
        e.state = State::Pending;
    else if (state == QLatin1String("done"))
        e.state = State::Done;
    else
        throw ValidationError(QStringLiteral("state"),
            QStringLiteral("'%1' is not an erasure state (running, pending, done)").arg(state));
    e.created = r.requiredTime(QStringLiteral("created"));
    e.finished = r.optionalTime(QStringLiteral("finished"));
    e.attempts = int(r.optionalIntIn(QStringLiteral("attempts"), 0, 1 << 30).value_or(0));
    const QJsonArray items = r.requiredArray(QStringLiteral("items"));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString field = QStringLiteral("items[%1].").arg(i);
        if (!items.at(i).isObject())
            throw ValidationError(field.chopped(1), QStringLiteral("must be an object"));
        e.items.append(ErasureItem::fromJson(items.at(i).toObject(), field));
    }
    if (const auto deleted = r.optionalInt(QStringLiteral("deleted"));
        deleted && *deleted != e.deletedCount())
        throw ValidationError(QStringLiteral("deleted"),
            QStringLiteral("says %1 but %2 items are deleted").arg(*deleted).arg(e.deletedCount()));
    return e;
}
