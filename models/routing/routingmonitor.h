#pragma once

#include "backend/core/routing/routereason.h"

#include "backend/core/event.h"
#include "models/apicall.h"
#include "models/routing/routingclient.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <optional>

/**
 * The console's copy of the routing table and the overrides in force. Loads both with GET
 * (reload()), and on every routing event (routing.changed, routing.fail_closed,
 * routing.restored) loads them again — coalesced, so a region's failover that moves twenty
 * districts at once costs one request. A load that returns an older table than one already
 * shown is dropped (answers can cross).
 */
class RoutingMonitor : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoutingMonitor)

public:
    /** Uses (does not own) @p client, which must outlive it. */
    explicit RoutingMonitor(RoutingClient *client, QObject *parent = nullptr);
    ~RoutingMonitor() override;

    RoutingClient *client() const { return m_client; }

    /** Loads the table and the overrides now (cancels a load in flight). */
    void reload();
    /** Forgets everything (the daemon or token changed). */
    void clear();
    /** A routing event: reloads (coalesced over @p coalesceMs) and reports failovers. */
    void applyEvent(const Event &event);
    /** How long routing events are gathered into one reload (default 150 ms). */
    void setCoalesceInterval(int ms) { m_coalesce.setInterval(ms); }

    bool hasTable() const { return m_version > 0; }
    qint64 tableVersion() const { return m_version; }
    /** District ids in the daemon's fleet order. */
    QStringList districtIds() const { return m_order; }
    std::optional<RouteDecision> decision(const QString &districtId) const;
    const QList<RoutingOverride> &overrides() const { return m_overrides; }
    /** The override in force for @p districtId (the decision names it), if any. */
    std::optional<RoutingOverride> overrideFor(const QString &districtId) const;
    /** Districts failing closed now. */
    QStringList failClosedDistricts() const;
    /** The districts that send @p podId a share of their traffic, in fleet order, with the
     *  share (1–100). */
    QList<QPair<QString, int>> districtsServedBy(const QString &podId) const;
    /** The districts that list @p podId among their fallbacks (but send it nothing now). */
    QStringList districtsFallingBackTo(const QString &podId) const;

signals:
    /** A new table was loaded; @p changed: the districts whose decision differs. */
    void tableChanged(const QStringList &changed);
    void overridesChanged();
    /** A routing.changed event moved @p district's traffic (failover, drain, override, …). */
    void districtMoved(
        const QString &district, const QString &from, const QString &to, RouteReason reason);
    /** A routing.fail_closed event: no pod its policy allows is available. */
    void districtFailedClosed(const QString &district);
    void loadingChanged(bool loading);
    /** A load failed; readable ("Could not load the routing table: …"). */
    void errorOccurred(const QString &message);

private:
    void finishTable(const RoutingSnapshot &snapshot);

    RoutingClient *m_client;
    QHash<QString, RouteDecision> m_routes;
    QStringList m_order;
    QList<RoutingOverride> m_overrides;
    qint64 m_version = 0;
    QTimer m_coalesce;
    ApiCall m_tableCall;
    ApiCall m_overridesCall;
};
