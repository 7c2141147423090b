#include "backend/core/events/migrationevents.h"

#include "backend/core/jsonreader.h"
#include "backend/core/validationerror.h"

#include <limits>

QJsonObject MigrationProgressEvent::toJson() const
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("district"), district},
        {QStringLiteral("from"), from}, {QStringLiteral("to"), to},
        {QStringLiteral("state"), migrationStateName(state)}, {QStringLiteral("moved"), moved},
        {QStringLiteral("total"), total}, {QStringLiteral("error"), error}};
}

MigrationProgressEvent MigrationProgressEvent::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    r.rejectUnknown({QStringLiteral("id"), QStringLiteral("district"), QStringLiteral("from"),
        QStringLiteral("to"), QStringLiteral("state"), QStringLiteral("moved"),
        QStringLiteral("total"), QStringLiteral("error")});
    constexpr qint64 kMax = std::numeric_limits<int>::max();
    MigrationProgressEvent event;
    event.id = r.requiredString(QStringLiteral("id"));
    event.district = r.requiredString(QStringLiteral("district"));
    event.from = r.requiredString(QStringLiteral("from"));
    event.to = r.requiredString(QStringLiteral("to"));
    const QString state = r.requiredString(QStringLiteral("state"));
    const auto known = migrationStateFromName(state);
    if (!known)
        throw ValidationError(QStringLiteral("state"),
            QStringLiteral("'%1' is not a migration state (pending, running, done, failed, "
                           "rolled_back)")
                .arg(state));
    event.state = *known;
    event.total = int(r.requiredIntIn(QStringLiteral("total"), 0, kMax));
    event.moved = int(r.requiredIntIn(QStringLiteral("moved"), 0, event.total));
    event.error = r.optionalString(QStringLiteral("error")).value_or(QString());
    return event;
}
