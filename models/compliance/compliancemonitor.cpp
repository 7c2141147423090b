#include "models/compliance/compliancemonitor.h"

#include "backend/core/overloaded.h"

#include "models/compliance/complianceclient.h"
#include "models/compliance/compliancelogging.h"
#include "models/compliance/compliancesummarymodel.h"
#include "models/compliance/movementlistmodel.h"
#include "models/compliance/replicationmodel.h"

ComplianceMonitor::ComplianceMonitor(ComplianceClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_summary(new ComplianceSummaryModel(this))
    , m_movements(new MovementListModel(this))
    , m_replication(new ReplicationModel(this))
{
    m_movementDebounce.setSingleShot(true);
    m_movementDebounce.setInterval(300);
    connect(&m_movementDebounce, &QTimer::timeout, this, &ComplianceMonitor::refreshMovements);
    // Copies happen without events (only lag breaches have one): the DR tab polls, as the
    // daemon scans (every 15 s by default).
    m_replicationTimer.setInterval(15000);
    connect(&m_replicationTimer, &QTimer::timeout, this, &ComplianceMonitor::refreshReplication);
}

void ComplianceMonitor::refreshReplication()
{
    if (!m_client || m_replicationLoading)
        return;
    if (!m_replicationTimer.isActive())
        m_replicationTimer.start();
    m_replicationLoading = true;
    m_client->fetchReplication(this, [this](ApiResult<ReplicationStatus> result) {
        m_replicationLoading = false;
        if (!result) {
            // A daemon from before DR replication has no /replication: nothing to show.
            if (result.error().status != 404)
                emit errorOccurred(tr("DR replication status could not be loaded: %1")
                                       .arg(result.error().message()));
            return;
        }
        m_replication->setStatus(result.value());
    });
}

ComplianceMonitor::~ComplianceMonitor() = default;

void ComplianceMonitor::setDistricts(const QList<District> &districts)
{
    m_summary->setDistricts(districts);
    QSet<QString> ids;
    for (const auto &d : districts)
        ids.insert(d.id);
    for (auto it = m_reports.begin(); it != m_reports.end();) {
        it = ids.contains(it.key()) ? std::next(it) : m_reports.erase(it);
    }
    m_queue.removeIf([&ids](const QString &id) { return !ids.contains(id); });
    for (const auto &d : districts) {
        if (!m_reports.contains(d.id))
            enqueue(d.id);
    }
    pump();
    if (!m_chain)
        refreshMovements();
    if (m_replication->status().entries.isEmpty())
        refreshReplication();
}

void ComplianceMonitor::refresh()
{
    for (const auto &d : m_summary->districts())
        enqueue(d.id);
    pump();
    refreshMovements();
    refreshReplication();
}

void ComplianceMonitor::refreshDistrict(const QString &districtId)
{
    enqueue(districtId);
    pump();
}

void ComplianceMonitor::enqueue(const QString &districtId)
{
    if (m_queue.contains(districtId))
        return;
    const bool wasLoading = isLoading();
    if (!wasLoading) {
        m_roundDone = 0;
        m_roundTotal = 0;
    }
    m_queue.append(districtId);
    ++m_roundTotal;
    if (!wasLoading)
        emit loadingChanged(true);
}

void ComplianceMonitor::pump()
{
    if (!m_client) {
        m_queue.clear();
        return;
    }
    while (m_inFlight < m_concurrency && !m_queue.isEmpty()) {
        const QString id = m_queue.takeFirst();
        ++m_inFlight;
        m_client->fetchAudit(this, id, [this, id](ApiResult<AuditReport> result) {
            --m_inFlight;
            ++m_roundDone;
            if (result) {
                m_reports.insert(id, result.value());
                m_summary->setReport(result.value());
                adoptChain(result.value().chain);
                emit reportReady(result.value());
            } else {
                const auto message = result.error().message();
                qCWarning(lcCompliance).noquote() << "audit of" << id << "failed:" << message;
                m_summary->setError(id, message);
                emit errorOccurred(tr("Audit of %1 failed: %2").arg(id, message));
            }
            emit auditProgress(m_roundDone, m_roundTotal);
            pump();
            if (!isLoading())
                emit loadingChanged(false);
        });
    }
}

void ComplianceMonitor::refreshMovements()
{
    if (!m_client)
        return;
    if (m_movementsLoading) {
        m_movementsAgain = true; // what changed meanwhile may be after the answer on its way
        return;
    }
    m_movementsLoading = true;
    m_movementsAgain = false;
    // The chain head tells where the newest records are; /audit pages forward from `after`.
    m_client->verifyChain(this, [this](ApiResult<AuditVerifyResult> verified) {
        if (!verified) {
            m_movementsLoading = false;
            m_movementsAgain = false;
            emit errorOccurred(
                tr("Audit chain verification failed: %1").arg(verified.error().message()));
            return;
        }
        adoptChain(verified.value());
        AuditTrailQuery query;
        query.afterSeq = qMax<qint64>(0, m_chain->lastSeq - m_movementWindow);
        query.limit = m_movementWindow;
        m_client->fetchAuditTrail(this, query, [this](ApiResult<QList<AuditRecord>> records) {
            m_movementsLoading = false;
            if (m_movementsAgain)
                m_movementDebounce.start();
            if (!records) {
                emit errorOccurred(
                    tr("Could not load the audit trail: %1").arg(records.error().message()));
                return;
            }
            m_movements->addAuditRecords(records.value());
        });
    });
}

void ComplianceMonitor::applyEvent(const Event &event)
{
    // Does the daemon audit this change? Then the chain grew: verify it again (coalesced).
    // Every type answers, so a new one cannot be forgotten here.
    const auto audited = [](const auto &) { return true; };
    const auto notAudited = [](const auto &) { return false; };
    const bool grewChain = std::visit(
        Overloaded{
            [&](const PodCreatedEvent &e) { return audited(e); },
            [&](const PodScaledEvent &e) { return audited(e); },
            [&](const PodDrainingEvent &e) { return audited(e); },
            [&](const PodDrainEvent &e) { return audited(e); },
            [&](const PodDeletedEvent &e) { return audited(e); },
            [&](const RoutingChangedEvent &e) { return audited(e); },
            [&](const RoutingFailClosedEvent &e) { return audited(e); },
            [&](const RoutingRestoredEvent &e) { return audited(e); },
            [&](const DrillProgressEvent &e) { return e.audited(); },
            [&](const ReplicationLagEvent &e) { return audited(e); }, // breach and recovery
            [&](const MigrationProgressEvent &e) { return notAudited(e); }, // handled below
            [&](const UnknownEvent &e) { return notAudited(e); },
            [&](const HelloEvent &e) { return notAudited(e); },
            [&](const StreamResetEvent &e) { return notAudited(e); },
            [&](const PodHealthEvent &e) { return notAudited(e); },
            [&](const ReplicaStartedEvent &e) { return notAudited(e); },
            [&](const ReplicaStoppedEvent &e) { return notAudited(e); },
            [&](const ReplicaHealthEvent &e) { return notAudited(e); },
        },
        event.payload);
    if (grewChain && !m_movementDebounce.isActive())
        m_movementDebounce.start();
    if (std::holds_alternative<ReplicationLagEvent>(event.payload))
        refreshReplication();
    if (!m_movements->applyEvent(event))
        return;
    const auto &progress = std::get<MigrationProgressEvent>(event.payload);
    if (isFinished(progress.state)) {
        const QString &district = progress.district;
        if (!district.isEmpty() && m_summary->districtStatus(district).district.id == district)
            refreshDistrict(district);
        m_movementDebounce.start();
    }
}

void ComplianceMonitor::applyReport(const AuditReport &report)
{
    if (m_summary->districtStatus(report.district.id).district.id != report.district.id)
        return; // not a district this console accounts for
    const auto cached = m_reports.constFind(report.district.id);
    if (cached != m_reports.cend() && cached->generatedAt > report.generatedAt)
        return; // older than what is shown
    m_reports.insert(report.district.id, report);
    m_summary->setReport(report);
    adoptChain(report.chain);
    emit reportReady(report);
}

void ComplianceMonitor::adoptChain(const AuditVerifyResult &chain)
{
    // One figure for the chain everywhere: the dashboard shows the newest verification the
    // console has, whether it came from /audit/verify or with a district's report. A break
    // always wins; otherwise the longer chain is the newer one (records are only appended).
    if (m_chain && chain.ok && m_chain->ok && chain.lastSeq < m_chain->lastSeq)
        return;
    if (m_chain && chain.ok && !m_chain->ok)
        return; // a break stays shown until a full re-verification says otherwise
    if (m_chain && *m_chain == chain)
        return;
    m_chain = chain;
    emit chainVerified(chain);
}

std::optional<AuditReport> ComplianceMonitor::report(const QString &districtId) const
{
    const auto it = m_reports.constFind(districtId);
    if (it == m_reports.cend())
        return std::nullopt;
    return *it;
}
