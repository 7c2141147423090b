#pragma once

#include "backend/api/daemonconfig.h"

#include <QObject>

#include <memory>

class QLockFile;
class Database;
class FleetStore;
class EventStore;
class TokenStore;
class EventBus;
class AuthService;
class LocalProvider;
class PodManager;
class HealthMonitor;
class ApiServer;
class EventsHub;
class PodsController;
class FleetController;
class TokensController;
class AuditStore;
class ConsentStore;
class OverrideStore;
class OverrideService;
class MigrationStore;
class AuditLog;
class PolicyService;
class ObjectStoreRegistry;
class ResidencyService;
class AuditReportBuilder;
class Migrator;
class ResidencyController;
class AuditController;
class RoutingTable;
class RoutingController;
class CapacityController;
class CapacityMonitor;
class CapacityHistoryStore;
class MetricsController;
class TrafficGenerator;
class DrillStore;
class DrillRunner;
class DrillScheduler;
class DrillsController;
class ReplicationStore;
class ErasureStore;
class Eraser;
class Replicator;
class ReplicationController;

/**
 * The whole daemon, composed: store, providers, services and API in dependency order.
 * app/daemon/main.cpp only parses the command line and runs one of these.
 */
class Daemon : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Daemon)

public:
    explicit Daemon(DaemonConfig config, QObject *parent = nullptr);
    ~Daemon() override;

    /** Opens state, starts the fleet and the API; returns false with @p error on failure. */
    bool start(QString *error);
    /** Stops the agents it runs and the API; idempotent. */
    void stop();
    quint16 port() const { return m_port; }

private:
    void startResidency();

    DaemonConfig m_config;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FleetStore> m_fleetStore;
    std::unique_ptr<EventStore> m_eventStore;
    std::unique_ptr<TokenStore> m_tokenStore;
    std::unique_ptr<AuditStore> m_auditStore;
    std::unique_ptr<ConsentStore> m_consentStore;
    std::unique_ptr<OverrideStore> m_overrideStore;
    std::unique_ptr<MigrationStore> m_migrationStore;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<PolicyService> m_policy;
    std::unique_ptr<ObjectStoreRegistry> m_stores;
    std::unique_ptr<ResidencyService> m_residency;
    std::unique_ptr<AuditReportBuilder> m_reports;
    std::unique_ptr<Migrator> m_migrator;
    std::unique_ptr<ReplicationStore> m_replicationStore;
    std::unique_ptr<ErasureStore> m_erasureStore;
    std::unique_ptr<Eraser> m_eraser;
    std::unique_ptr<Replicator> m_replicator;
    std::unique_ptr<ReplicationController> m_replicationController;
    std::unique_ptr<ResidencyController> m_residencyController;
    std::unique_ptr<AuditController> m_auditController;
    std::unique_ptr<EventBus> m_events;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<LocalProvider> m_provider;
    std::unique_ptr<PodManager> m_pods;
    std::unique_ptr<HealthMonitor> m_health;
    std::unique_ptr<CapacityHistoryStore> m_capacityHistory;
    std::unique_ptr<CapacityMonitor> m_capacity;
    std::unique_ptr<OverrideService> m_overrides;
    std::unique_ptr<RoutingTable> m_routing;
    std::unique_ptr<TrafficGenerator> m_traffic;
    std::unique_ptr<DrillStore> m_drillStore;
    std::unique_ptr<DrillRunner> m_drills;
    std::unique_ptr<DrillScheduler> m_schedules;
    std::unique_ptr<DrillsController> m_drillsController;
    std::unique_ptr<RoutingController> m_routingController;
    std::unique_ptr<CapacityController> m_capacityController;
    std::unique_ptr<MetricsController> m_metricsController;
    std::unique_ptr<ApiServer> m_server;
    std::unique_ptr<EventsHub> m_hub;
    std::unique_ptr<PodsController> m_podsController;
    std::unique_ptr<FleetController> m_fleetController;
    std::unique_ptr<TokensController> m_tokensController;
    quint16 m_port = 0;
    bool m_running = false;
};
