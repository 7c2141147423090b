#pragma once

#include "backend/core/routing/routingoverride.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <functional>

class AuditLog;
class OverrideStore;

/**
 * The maintenance overrides in force: stored and audited together (one transaction), and
 * lapsed when they expire (on the wall clock: an override's expiry is a date a person set).
 * Which districts an override may send where is the routing table's judgement (it knows the
 * candidacies); this service keeps what was decided and says when an override ends by itself.
 * Store failures throw StoreError from record() and end(); a lapse that cannot be recorded still
 * lapses (logged), because an expired override must not keep routing.
 */
class OverrideService : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverrideService)

public:
    OverrideService(OverrideStore &store, AuditLog &audit, QObject *parent = nullptr);

    /** Loads the overrides in force and lapses those that expired while the daemon was down
     *  (lapsed() is emitted for them). */
    void start();
    void stop();

    /** The overrides in force, oldest first. */
    const QList<RoutingOverride> &active() const { return m_overrides; }
    /** The override in force for @p districtId (the newest covering it), or nullptr. */
    const RoutingOverride *forDistrict(const QString &districtId) const;
    /** Gives @p o an id and its actor, and commits it with its audit record (@p before and
     *  @p after: each district's pod without and with it); returns it. Throws StoreError. */
    RoutingOverride record(RoutingOverride o, const QString &actor, const QJsonObject &before,
        const QJsonObject &after);
    /** Ends override @p id (audited); returns it. Throws ServiceError(NotFound), StoreError. */
    RoutingOverride end(const QString &id, const QString &actor);
    /** Lapses every override whose expiry has come (the timer does this on its own). */
    void lapseDue();
    /** The wall clock expiries are compared with (tests set their own). */
    void setWallClock(std::function<QDateTime()> now) { m_now = std::move(now); }

Q_SIGNALS:
    /** Overrides expired: their districts are routed as without them from now on. */
    void lapsed(const QStringList &districts);

private:
    void scheduleExpiry();

    OverrideStore &m_store;
    AuditLog &m_audit;
    QList<RoutingOverride> m_overrides;
    QTimer m_expiry;
    std::function<QDateTime()> m_now = [] { return QDateTime::currentDateTimeUtc(); };
};
