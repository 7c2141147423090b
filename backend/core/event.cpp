#include "backend/core/event.h"

#include "backend/core/jsonreader.h"
#include "backend/core/validationerror.h"

QJsonObject Event::toJson() const
{
    return {{QStringLiteral("seq"), seq}, {QStringLiteral("type"), type},
        {QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("data"), data}};
}

Event Event::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    Event event;
    event.seq = r.requiredInt(QStringLiteral("seq"));
    event.type = r.requiredString(QStringLiteral("type"));
    event.time = r.requiredTime(QStringLiteral("time"), TimeOffset::AssumeUtc);
    event.data = json.value(QStringLiteral("data")).toObject();
    return event;
}
