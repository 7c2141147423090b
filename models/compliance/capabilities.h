#pragma once

#include "models/apicall.h"

#include <QObject>
#include <QPointer>
#include <QString>

class ApiClient;

/**
 * What the console's token may do, which every compliance widget (and the composer, for the
 * pod actions) consults before offering an action. The daemon stays the authority — it answers
 * 403 to anything a role may not do — this only keeps the console from offering it.
 *
 * The role is set by whoever knows it (setRole), or learnt from the daemon by probe(), which
 * asks GET /session who the token belongs to. Until the role is known the console offers no
 * operator action.
 */
class Capabilities : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Capabilities)

public:
    enum class Role { Unknown, Auditor, Operator, Admin };
    Q_ENUM(Role)

    explicit Capabilities(QObject *parent = nullptr);
    ~Capabilities() override;

    Role role() const { return m_role; }
    /** Sets the role (from a controller that knows it, or a test); emits changed() if new. */
    void setRole(Role role);

    /** Migrations, consent create/revoke, scale, delete, create pods. */
    bool canOperate() const { return m_role == Role::Operator || m_role == Role::Admin; }
    /** Read-only auditor of its own districts. */
    bool isAuditor() const { return m_role == Role::Auditor; }
    bool isKnown() const { return m_role != Role::Unknown; }

    /** Learns the role from @p api's daemon (GET /session); emits probeFinished(). A network
     *  failure, a refused token or an unknown role leaves the role Unknown and says why in
     *  probeFinished's message. */
    void probe(ApiClient &api);
    bool isProbing() const { return m_probing; }

    /** Translated role name ("Auditor (read-only)"). */
    static QString roleName(Role role);

signals:
    void changed();
    /** The probe is over; @p error is empty on success. */
    void probeFinished(const QString &error);

private:
    void finishProbe(Role role, const QString &error);

    Role m_role = Role::Unknown;
    bool m_probing = false;
    ApiCall m_probe;
};
