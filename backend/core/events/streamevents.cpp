#include "backend/core/events/streamevents.h"

#include "backend/core/jsonreader.h"
#include "backend/core/validationerror.h"

QJsonObject HelloEvent::toJson() const
{
    return {{QStringLiteral("latest_seq"), latestSeq}};
}

HelloEvent HelloEvent::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    r.rejectUnknown({QStringLiteral("latest_seq")});
    return {r.requiredIntIn(QStringLiteral("latest_seq"), 0, qint64(1) << 53)};
}

QJsonObject StreamResetEvent::toJson() const
{
    return {{QStringLiteral("reason"), reason}, {QStringLiteral("resume_since"), resumeSince},
        {QStringLiteral("reload"), reload}};
}

StreamResetEvent StreamResetEvent::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    r.rejectUnknown(
        {QStringLiteral("reason"), QStringLiteral("resume_since"), QStringLiteral("reload")});
    StreamResetEvent event;
    event.reason = r.requiredString(QStringLiteral("reason"));
    event.resumeSince = r.requiredIntIn(QStringLiteral("resume_since"), 0, qint64(1) << 53);
    const auto reload = r.optionalBool(QStringLiteral("reload"));
    if (!reload)
        throw ValidationError(QStringLiteral("reload"), QStringLiteral("is required"));
    event.reload = *reload;
    return event;
}
