#include "models/compliance/capabilities.h"

#include "models/apiclient.h"
#include "models/compliance/compliancelogging.h"
#include "models/compliance/rawrequest.h"

#include <QUuid>

namespace {

QString probeId()
{
    // Never an id the daemon hands out: those are plain UUIDs.
    return QStringLiteral("capability-probe-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

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
    QPointer<ApiClient> client(api);
    requestRawBytes(api, "DELETE", QStringLiteral("/residency/consents/") + probeId(), {},
        [self, client, generation](ApiResult<QByteArray> operate) {
            if (!self || generation != self->m_probeGeneration)
                return;
            const int status = operate ? 200 : operate.error().status;
            if (status == 0 || status == 401) {
                self->finishProbe(Role::Unknown, operate.error().message());
                return;
            }
            if (status == 403) {
                self->finishProbe(Role::Auditor, {});
                return;
            }
            if (!client)
                return;
            requestRawBytes(client, "DELETE", QStringLiteral("/tokens/") + probeId(), {},
                [self, generation](ApiResult<QByteArray> admin) {
                    if (!self || generation != self->m_probeGeneration)
                        return;
                    const int adminStatus = admin ? 200 : admin.error().status;
                    if (adminStatus == 0) {
                        self->finishProbe(Role::Unknown, admin.error().message());
                        return;
                    }
                    self->finishProbe(adminStatus == 403 ? Role::Operator : Role::Admin, {});
                });
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
