#include "backend/core/residency/migrationrequest.h"

#include "backend/core/jsonreader.h"
#include "backend/core/objectkey.h"
#include "backend/core/validationerror.h"

#include <QJsonArray>

QJsonObject MigrationRequest::toJson() const
{
    QJsonObject json{{QStringLiteral("district"), district}, {QStringLiteral("from"), from},
        {QStringLiteral("to"), to}};
    if (!keys.isEmpty())
        json.insert(QStringLiteral("keys"), QJsonArray::fromStringList(keys));
    return json;
}

MigrationRequest MigrationRequest::fromJson(const QJsonObject &json)
{
    const JsonReader r(json);
    r.rejectUnknown({QStringLiteral("district"), QStringLiteral("from"), QStringLiteral("to"),
        QStringLiteral("keys")});
    MigrationRequest request;
    request.district = r.requiredString(QStringLiteral("district"));
    request.from = r.requiredString(QStringLiteral("from"));
    request.to = r.requiredString(QStringLiteral("to"));
    if (request.from == request.to)
        throw ValidationError(QStringLiteral("to"), QStringLiteral("must differ from \"from\""));
    request.keys = r.stringList(QStringLiteral("keys"));
    for (qsizetype i = 0; i < request.keys.size(); ++i) {
        const QString &key = request.keys.at(i);
        const QString field = QStringLiteral("keys[%1]").arg(i);
        if (const QString problem = ObjectKey::problem(key); !problem.isEmpty())
            throw ValidationError(field, problem);
        if (!key.startsWith(request.district + QLatin1Char('/')))
            throw ValidationError(field,
                QStringLiteral("'%1' is not an object of district '%2'")
                    .arg(key, request.district));
    }
    return request;
}

QJsonObject MigrationTicket::toJson() const
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("state"), migrationStateName(state)},
        {QStringLiteral("total"), total}};
}

MigrationTicket MigrationTicket::fromJson(const QJsonObject &json)
{
    const JsonReader r(json);
    MigrationTicket ticket;
    ticket.id = r.requiredString(QStringLiteral("id"));
    const QString state
        = r.optionalString(QStringLiteral("state")).value_or(QStringLiteral("running"));
    const auto known = migrationStateFromName(state);
    if (!known)
        throw ValidationError(
            QStringLiteral("state"), QStringLiteral("'%1' is not a migration state").arg(state));
    ticket.state = *known;
    ticket.total = int(r.optionalIntIn(QStringLiteral("total"), 0, 1 << 30).value_or(0));
    return ticket;
}
