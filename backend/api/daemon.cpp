#include "backend/api/daemon.h"

#include "backend/api/apiserver.h"
#include "backend/api/auditcontroller.h"
#include "backend/api/capacitycontroller.h"
#include "backend/api/drillscontroller.h"
#include "backend/api/eventshub.h"
#include "backend/api/fleetcontroller.h"
#include "backend/api/logging.h"
#include "backend/api/metricscontroller.h"
#include "backend/api/podscontroller.h"
#include "backend/api/replicationcontroller.h"
#include "backend/api/residencycontroller.h"
#include "backend/api/routingcontroller.h"
#include "backend/api/tokenscontroller.h"
#include "backend/providers/localprovider.h"
#include "backend/services/auditlog.h"
#include "backend/services/auditreportbuilder.h"
#include "backend/services/authservice.h"
#include "backend/services/capacitymonitor.h"
#include "backend/services/demodataseeder.h"
#include "backend/services/drillrunner.h"
#include "backend/services/drillscheduler.h"
#include "backend/services/eraser.h"
#include "backend/services/eventbus.h"
#include "backend/services/healthmonitor.h"
#include "backend/services/migrator.h"
#include "backend/services/objectstoreregistry.h"
#include "backend/services/overrideservice.h"
#include "backend/services/podmanager.h"
#include "backend/services/policyservice.h"
#include "backend/services/replicator.h"
#include "backend/services/residencyservice.h"
#include "backend/services/routingtable.h"
#include "backend/services/trafficgenerator.h"
#include "backend/store/auditstore.h"
#include "backend/store/capacityhistorystore.h"
#include "backend/store/consentstore.h"
#include "backend/store/database.h"
#include "backend/store/drillstore.h"
#include "backend/store/erasurestore.h"
#include "backend/store/eventstore.h"
#include "backend/store/fleetstore.h"
#include "backend/store/migrationstore.h"
#include "backend/store/overridestore.h"
#include "backend/store/replicationstore.h"
#include "backend/store/tokenstore.h"

#include "backend/core/jsonreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>

#include <QFile>
#include <QJsonDocument>
#include <QLockFile>
#include <QSaveFile>
#include <cerrno>
#include <cstring>
#include <sys/resource.h>
#include <sys/stat.h>

Daemon::Daemon(DaemonConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{ }

Daemon::~Daemon()
{
    stop();
    // Then in reverse order of use, written out rather than left to the order the members are
    // declared in: each goes before anything it holds a reference to.
    m_tokensController.reset();
    m_drillsController.reset();
    m_replicationController.reset();
    m_fleetController.reset();
    m_podsController.reset();
    m_hub.reset();
    m_server.reset();
    m_metricsController.reset();
    m_capacityController.reset();
    m_routingController.reset();
    m_auditController.reset();
    m_residencyController.reset();
    m_schedules.reset(); // starts drills
    m_drills.reset(); // uses the routing table, the pods, the provider, the audit log
    m_traffic.reset();
    m_routing.reset();
    m_overrides.reset();
    m_capacity.reset();
    m_capacityHistory.reset();
    m_health.reset();
    m_migrator.reset(); // waits for its object I/O: before the stores and the registry
    m_replicator.reset(); // likewise
    m_replicationStore.reset();
    m_eraser.reset(); // likewise
    m_erasureStore.reset();
    m_reports.reset();
    m_residency.reset();
    m_stores.reset();
    m_policy.reset();
    m_pods.reset();
    m_provider.reset();
    m_auth.reset();
    m_events.reset();
    m_audit.reset();
    m_drillStore.reset();
    m_migrationStore.reset();
    m_overrideStore.reset();
    m_consentStore.reset();
    m_auditStore.reset();
    m_tokenStore.reset();
    m_eventStore.reset();
    m_fleetStore.reset();
    m_db.reset();
    m_lock.reset();
}

namespace {

// The data dir holds student records, the audit chain and tokens: only its owner may enter it.
QString sharedDataDirProblem(const QString &path)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return QStringLiteral("cannot read the permissions of %1: %2")
            .arg(path, QString::fromLocal8Bit(std::strerror(errno)));
    if ((info.st_mode & 077) == 0)
        return {};
    return QStringLiteral("the data dir %1 is open to other users (mode %2): they could read "
                          "student records and tokens. Run `chmod 700 %1`, or pass "
                          "--allow-shared-data-dir to accept that")
        .arg(path)
        .arg(info.st_mode & 0777, 4, 8, QLatin1Char('0'));
}

// The connection cap must fit the descriptors this process may open: raise the soft limit to
// the hard one, keep a reserve for the store, agents and logs, and cap the rest.
TransportLimits transportLimits(TransportLimits limits)
{
    rlimit fds{};
    if (::getrlimit(RLIMIT_NOFILE, &fds) != 0)
        return limits;
    if (fds.rlim_cur < fds.rlim_max) {
        fds.rlim_cur = fds.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &fds);
        ::getrlimit(RLIMIT_NOFILE, &fds);
    }
    constexpr rlim_t kReserve = 256;
    const rlim_t room = fds.rlim_cur > 2 * kReserve ? fds.rlim_cur - kReserve : fds.rlim_cur / 2;
    if (rlim_t(limits.maxConnections) > room) {
        qCWarning(lcApi).noquote() << QStringLiteral(
            "serving at most %1 connections (the file descriptor limit is %2; raise LimitNOFILE "
            "for more)")
                                          .arg(room)
                                          .arg(fds.rlim_cur);
        limits.maxConnections = int(room);
    }
    limits.maxConnectionsPerClient
        = std::min(limits.maxConnectionsPerClient, limits.maxConnections);
    return limits;
}

} // namespace

bool Daemon::start(QString *error)
{
    try {
        if (const QString refused = m_config.refusal(); !refused.isEmpty()) {
            *error = refused;
            return false;
        }
        if (!m_config.listenAddress.isLoopback() && !m_config.tls.enabled())
            qCWarning(lcApi).noquote()
                << "serving plain HTTP on" << m_config.listenAddress.toString()
                << "(--insecure-listen): bearer tokens cross the network "
                   "in clear text";
        if (!QDir().mkpath(m_config.dataDir)) {
            *error = QStringLiteral("cannot create the data dir %1").arg(m_config.dataDir);
            return false;
        }
        if (const QString shared = sharedDataDirProblem(m_config.dataDir);
            !shared.isEmpty() && !m_config.allowSharedDataDir) {
            *error = shared;
            return false;
        }
        const QDir dir(m_config.dataDir);
        m_lock = std::make_unique<QLockFile>(dir.filePath(QStringLiteral("daemon.lock")));
        m_lock->setStaleLockTime(0);
        if (!m_lock->tryLock(0)) {
            qint64 pid = 0;
            QString host;
            QString app;
            m_lock->getLockInfo(&pid, &host, &app);
            *error = QStringLiteral("another daemon (pid %1) already uses %2")
                         .arg(pid)
                         .arg(m_config.dataDir);
            return false;
        }

        // Configuration errors first, before any agent starts.
        m_stores = std::make_unique<ObjectStoreRegistry>(m_config.objectStores, m_config.dataDir);
        m_db = std::make_unique<Database>();
        m_db->openSqlite(dir.filePath(QStringLiteral("state.db")));
        m_fleetStore = std::make_unique<FleetStore>(*m_db);
        m_eventStore = std::make_unique<EventStore>(*m_db);
        m_tokenStore = std::make_unique<TokenStore>(*m_db);
        m_events = std::make_unique<EventBus>(*m_eventStore, m_config.eventBuffer);
        m_auth = std::make_unique<AuthService>(*m_tokenStore);
        m_auth->ensureAdminTokenFile(m_config.dataDir);

        const auto agentPath = m_config.agentPath.isEmpty()
            ? LocalProvider::defaultAgentPath(QCoreApplication::applicationDirPath())
            : m_config.agentPath;
        m_provider = std::make_unique<LocalProvider>(
            agentPath, dir.filePath(QStringLiteral("agents")), m_config.agentCostMs);
        m_pods = std::make_unique<PodManager>(*m_fleetStore, *m_provider, *m_events);
        m_pods->setDrainDelay(m_config.drainMs);
        m_auditStore = std::make_unique<AuditStore>(*m_db);
        m_consentStore = std::make_unique<ConsentStore>(*m_db);
        m_overrideStore = std::make_unique<OverrideStore>(*m_db);
        m_migrationStore = std::make_unique<MigrationStore>(*m_db);
        m_audit = std::make_unique<AuditLog>(*m_db, *m_auditStore);
        m_audit->scheduleFullVerify(3600 * 1000); // and on an admin's GET /audit/verify?full=true
        m_pods->setAuditLog(m_audit.get());
        if (m_config.demo) {
            QFile fleet(QStringLiteral(":/demo/fleet.json"));
            if (!fleet.open(QIODevice::ReadOnly)) {
                *error = QStringLiteral("the demo fleet resource is missing from this build");
                return false;
            }
            m_pods->seed(QJsonDocument::fromJson(fleet.readAll()).object());
        }
        m_pods->start();
        startResidency();
        m_health = std::make_unique<HealthMonitor>(*m_pods, m_config.health);
        m_health->start();
        m_capacityHistory = std::make_unique<CapacityHistoryStore>(*m_db);
        m_capacity = std::make_unique<CapacityMonitor>(
            *m_pods, m_config.capacity, m_capacityHistory.get());
        m_capacity->start();
        m_overrides = std::make_unique<OverrideService>(*m_overrideStore, *m_audit);
        m_routing = std::make_unique<RoutingTable>(
            *m_pods, *m_policy, *m_residency, *m_events, *m_audit, *m_overrides, m_config.routing);
        m_routing->start();
        QObject::connect(m_capacity.get(), &CapacityMonitor::roundMeasured, m_routing.get(),
            [this](const QList<PodCapacity> &pods) {
                QList<MeasuredLoad> load;
                load.reserve(pods.size());
                for (const PodCapacity &p : pods)
                    load.append({p.pod, p.rps, p.capacityRps, p.errorRate});
                m_routing->applyLoad(load);
            });
        m_traffic = std::make_unique<TrafficGenerator>(*m_pods, *m_routing, m_config.traffic);
        m_drillStore = std::make_unique<DrillStore>(*m_db);
        m_drills = std::make_unique<DrillRunner>(
            *m_pods, *m_routing, *m_provider, *m_events, *m_audit, *m_drillStore, m_config.drills);
        // Drills read school calendars on the wall clock. RP_WALL_CLOCK (an ISO 8601 instant)
        // starts it there instead, running at real speed: how the tests pick a school day or
        // a Saturday without waiting for one.
        m_schedules = std::make_unique<DrillScheduler>(
            *m_drillStore, *m_audit, *m_events,
            [this](const DrillRequest &request, const QString &actor) {
                return m_drills->start(request, actor);
            },
            [this](const DrillRequest &request) { m_drills->preflight(request); });
        if (const QString start = qEnvironmentVariable("RP_WALL_CLOCK"); !start.isEmpty()) {
            const QDateTime origin = parseIsoTime(start, QStringLiteral("RP_WALL_CLOCK"));
            auto elapsed = std::make_shared<QElapsedTimer>();
            elapsed->start();
            const auto now = [origin, elapsed] { return origin.addMSecs(elapsed->elapsed()); };
            m_drills->setWallClock(now);
            m_schedules->setWallClock(now);
            qCWarning(lcApi).noquote()
                << "wall clock for school calendars and drill schedules starts at" << start;
        }
        // The traffic path's round trips rank the pods (issue #9: measured latency when known).
        QObject::connect(m_traffic.get(), &TrafficGenerator::latencyMeasured, m_routing.get(),
            &RoutingTable::recordLatency);
        // Passive detection: live requests a replica leaves hanging mark it down (issue #23).
        QObject::connect(m_traffic.get(), &TrafficGenerator::replicaOutcome, m_health.get(),
            &HealthMonitor::observeTraffic);

        m_server = std::make_unique<ApiServer>(
            *m_auth, transportLimits(m_config.transport), m_config.tls);
        m_fleetController = std::make_unique<FleetController>(*m_pods);
        m_fleetController->registerRoutes(m_server->router());
        m_podsController = std::make_unique<PodsController>(*m_pods, m_health.get());
        m_podsController->registerRoutes(m_server->router());
        m_tokensController = std::make_unique<TokensController>(*m_auth, *m_pods);
        m_tokensController->registerRoutes(m_server->router());
        m_residencyController = std::make_unique<ResidencyController>(
            *m_residency, *m_migrator, *m_reports, *m_eraser);
        m_residencyController->registerRoutes(m_server->router());
        m_auditController = std::make_unique<AuditController>(*m_audit);
        m_auditController->registerRoutes(m_server->router());
        m_routingController = std::make_unique<RoutingController>(*m_routing, *m_pods);
        m_routingController->registerRoutes(m_server->router());
        m_capacityController = std::make_unique<CapacityController>(*m_capacity, *m_traffic);
        m_capacityController->registerRoutes(m_server->router());
        m_metricsController = std::make_unique<MetricsController>(
            *m_pods, *m_capacity, *m_routing, *m_events, *m_health, *m_server);
        m_metricsController->registerRoutes(m_server->router());
        m_drillsController = std::make_unique<DrillsController>(*m_drills, *m_schedules);
        m_drillsController->registerRoutes(m_server->router());
        m_replicationController = std::make_unique<ReplicationController>(*m_replicator);
        m_replicationController->registerRoutes(m_server->router());
        m_metricsController->addText([this] { return m_replicator->metricsText(); });
        m_hub = std::make_unique<EventsHub>(*m_server, *m_events, *m_auth);

        QString listenError;
        m_port = m_server->start(m_config.listenAddress, m_config.listenPort, &listenError);
        if (m_port == 0) {
            *error = listenError + QStringLiteral(" (in use? try --listen 127.0.0.1:0)");
            m_pods->shutdown();
            return false;
        }
        QSaveFile portFile(dir.filePath(QStringLiteral("daemon.port")));
        if (portFile.open(QIODevice::WriteOnly)) {
            portFile.write(QByteArray::number(m_port) + '\n');
            portFile.commit();
        }
        m_running = true;
        m_traffic->start(); // once the API serves: the fleet is up
        // A drill the last run left open is restored before another may start.
        m_drills->recover();
        m_schedules->start();
        m_replicator->start();
        m_drills->setDrCheck([this](const QStringList &districts, QString *status) {
            return m_replicator->withoutDr(districts, status);
        });
        qCInfo(lcApi).noquote() << QStringLiteral(
            "listening on %1://%2:%3 with %4 I/O thread(s) (data dir %5)")
                                       .arg(m_config.tls.enabled() ? QStringLiteral("https")
                                                                   : QStringLiteral("http"))
                                       .arg(m_config.listenAddress.toString())
                                       .arg(m_port)
                                       .arg(m_server->ioThreads())
                                       .arg(m_config.dataDir);
        return true;
    } catch (const std::exception &e) {
        *error = QString::fromStdString(e.what());
        if (m_pods)
            m_pods->shutdown();
        return false;
    }
}

void Daemon::startResidency()
{
    m_policy = std::make_unique<PolicyService>(m_config.policyFile.isEmpty()
            ? QStringLiteral(":/policies/default.json")
            : m_config.policyFile);
    const auto errors = m_policy->reload();
    if (!errors.isEmpty()) {
        QStringList lines;
        for (const auto &e : errors)
            lines.append(e.toString());
        throw std::runtime_error(QStringLiteral("policy pack refused: %1")
                                     .arg(lines.join(QStringLiteral("; ")))
                                     .toStdString());
    }
    m_residency = std::make_unique<ResidencyService>(
        *m_pods, *m_policy, *m_consentStore, *m_audit, *m_stores);
    m_reports = std::make_unique<AuditReportBuilder>(*m_residency);
    m_migrator = std::make_unique<Migrator>(*m_residency, *m_migrationStore, *m_events);
    // RP_FAILPOINT=<service>.<point> (tests): SIGKILL when that service reaches that point.
    const auto failpoint = [](const QString &service) {
        const QString spec = qEnvironmentVariable("RP_FAILPOINT");
        return spec.section(QLatin1Char('.'), 0, 0) == service ? spec.section(QLatin1Char('.'), 1)
                                                               : QString();
    };
    m_migrator->setFailpoint(failpoint(QStringLiteral("migrate")));
    if (m_config.demo) {
        DemoDataSeeder seeder(*m_residency);
        try {
            seeder.seedIfEmpty(QDir(m_config.dataDir).filePath(QStringLiteral("stores/.seeded")));
        } catch (const std::exception &e) {
            // Demo objects are a convenience: serve without them and try again at the next start.
            qCWarning(lcApi) << "demo objects not seeded:" << e.what();
        }
    }
    m_migrator->resumeUnfinished();

    // DR replication (issue #24): copies follow migrations, and consents and policies decide
    // where they may be.
    m_replicationStore = std::make_unique<ReplicationStore>(*m_db);
    m_replicator = std::make_unique<Replicator>(
        *m_residency, *m_replicationStore, *m_events, *m_audit, m_config.replication);
    m_replicator->setFailpoint(failpoint(QStringLiteral("replication")));
    m_erasureStore = std::make_unique<ErasureStore>(*m_db);
    m_eraser = std::make_unique<Eraser>(
        *m_residency, *m_erasureStore, *m_audit, m_replicationStore.get());
    m_eraser->resumeUnfinished();
    QObject::connect(m_migrator.get(), &Migrator::finished, m_replicator.get(),
        [this] { m_replicator->scanSoon(); });
    QObject::connect(m_residency.get(), &ResidencyService::consentsChanged, m_replicator.get(),
        [this](const QString &district) { m_replicator->targetsChanged(district); });
    QObject::connect(m_residency.get(), &ResidencyService::policyReloaded, m_replicator.get(),
        [this] { m_replicator->targetsChanged(); });
}

void Daemon::stop()
{
    if (!m_running)
        return;
    m_running = false;
    // Producers before consumers, and everything that uses a service before the service.
    qCInfo(lcApi) << "shutting down: stopping agents";
    // 1. Nothing new comes in: the demo's clients, probes, scrapes and routing decisions stop
    //    (agents stopping for shutdown are not a failover).
    m_traffic->stop();
    m_schedules->stop();
    m_drills->stop(); // faults stay in their ledger: the next start restores them
    m_health->stop();
    m_capacity->stop();
    m_routing->stop();
    // 2. Work in flight ends: the migrator waits for its object I/O (it reads the object stores
    //    through the registry), the chain's background verification for its read connection.
    if (m_migrator)
        m_migrator->stop();
    if (m_replicator)
        m_replicator->stop();
    if (m_eraser)
        m_eraser->stop();
    if (m_audit)
        m_audit->stop();
    // 3. Clients go: event streams, then the pods' agents, then the listening socket.
    m_hub.reset();
    m_pods->shutdown();
    QFile::remove(QDir(m_config.dataDir).filePath(QStringLiteral("daemon.port")));
    m_server.reset();
}
