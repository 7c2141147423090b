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
    m_probe.cancel(); // an explicit role wins over a probe still in flight
    m_probing = false;
    if (role == m_role)
        return;
    m_role = role;
    qCInfo(lcCompliance) << "console role:" << role;
    emit changed();
}

void Capabilities::probe(ApiClient &api)
{
    m_probe.cancel();
    m_probing = true;
    m_probe = api.fetchSession(this, [this](ApiResult<SessionInfo> session) {
        if (!session) {
            finishProbe(Role::Unknown, session.error().message());
            return;
        }
        // Unknown stands for "not learnt yet"; a session always has a role.
        switch (session.value().role) {
        case TokenRole::Admin:
            return finishProbe(Role::Admin, {});
        case TokenRole::Operator:
            return finishProbe(Role::Operator, {});
        case TokenRole::Auditor:
            return finishProbe(Role::Auditor, {});
        }
        finishProbe(Role::Unknown, {});
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
