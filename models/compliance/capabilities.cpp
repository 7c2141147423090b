#include "models/compliance/capabilities.h"

#include "models/apiclient.h"
#include "models/compliance/compliancelogging.h"

#include <QHash>
#include <QJsonObject>

Capabilities::Capabilities(QObject *parent)
    : QObject(parent)
{ }

Capabilities::~Capabilities() = default;

void Capabilities::setRole(Role role)
{
    ++m_probeGeneration; // an explicit role wins over a probe still in flight
    m_probing = false;
    if (role == m_role)
        return;
    m_role = role;
    qCInfo(lcCompliance) << "console role:" << role;
    emit changed();
}

void Capabilities::probe(ApiClient *api)
{
    const int generation = ++m_probeGeneration;
    m_probing = true;
    QPointer<Capabilities> self(this);
    api->requestJson("GET", QStringLiteral("/session"), std::nullopt,
        [self, generation](ApiResult<QJsonObject> session) {
            if (!self || generation != self->m_probeGeneration)
                return;
            if (!session) {
                self->finishProbe(Role::Unknown, session.error().message());
                return;
            }
            const QString role = session.value().value(QStringLiteral("role")).toString();
            static const QHash<QString, Role> Roles{{QStringLiteral("admin"), Role::Admin},
                {QStringLiteral("operator"), Role::Operator},
                {QStringLiteral("auditor"), Role::Auditor}};
            if (!Roles.contains(role)) {
                self->finishProbe(
                    Role::Unknown, tr("the daemon names an unknown role '%1'").arg(role));
                return;
            }
            self->finishProbe(Roles.value(role), {});
        });
}

void Capabilities::finishProbe(Role role, const QString &error)
{
    m_probing = false;
    if (!error.isEmpty())
        qCWarning(lcCompliance).noquote() << "could not learn the console's role:" << error;
    if (role != m_role) {
        m_role = role;
        qCInfo(lcCompliance) << "console role (probed):" << role;
        emit changed();
    }
    emit probeFinished(error);
}

QString Capabilities::roleName(Role role)
{
    switch (role) {
    case Role::Auditor:
        return tr("Auditor (read-only)");
    case Role::Operator:
        return tr("Operator");
    case Role::Admin:
        return tr("Administrator");
    case Role::Unknown:
        break;
    }
    return tr("Unknown role");
}
