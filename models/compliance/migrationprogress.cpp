#include "models/compliance/migrationprogress.h"

#include "models/compliance/complianceclient.h"
#include "models/compliance/compliancelogging.h"

MigrationProgress::MigrationProgress(ComplianceClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_pollTimer.setInterval(400);
    connect(&m_pollTimer, &QTimer::timeout, this, &MigrationProgress::poll);
}

MigrationProgress::~MigrationProgress() = default;

void MigrationProgress::setPollInterval(std::chrono::milliseconds interval)
{
    m_pollTimer.setInterval(int(interval.count()));
}

bool MigrationProgress::isActive() const
{
    return m_phase == Phase::Starting || m_phase == Phase::Running || m_phase == Phase::Cancelling;
}

bool MigrationProgress::isFinished() const
{
    return m_phase == Phase::Done || m_phase == Phase::RolledBack || m_phase == Phase::Failed;
}

int MigrationProgress::percent() const
{
    if (m_phase == Phase::Done)
        return 100;
    if (m_total <= 0)
        return 0;
    return qBound(0, int(100.0 * m_moved / m_total), 100);
}

void MigrationProgress::start(
    const QString &district, const QString &from, const QString &to, const QStringList &keys)
{
    if (isActive() || !m_client)
        return;
    abandonCalls();
    m_id.clear();
    m_moved = m_total = 0;
    m_error.clear();
    m_problem = {};
    m_migration = {};
    setPhase(Phase::Starting);
    emit progressChanged(0, 0);
    qCInfo(lcCompliance) << "starting migration of" << district << from << "->" << to
                         << (keys.isEmpty()
                                    ? QStringLiteral("(all objects)")
                                    : QString::number(keys.size()) + QStringLiteral(" keys"));
    m_call = m_client->startMigration(
        this, district, from, to, keys, [this](ApiResult<MigrationTicket> result) {
            if (!result) {
                m_problem = result.error();
                qCWarning(lcCompliance).noquote() << "migration refused:" << m_problem.message();
                setPhase(Phase::Refused);
                emit problemOccurred(m_problem);
                return;
            }
            m_id = result.value().id;
            applyState(result.value().state, 0, result.value().total, {});
            poll();
            if (isActive())
                m_pollTimer.start();
        });
}

void MigrationProgress::abandonCalls()
{
    // Answers about the migration shown before belong to nobody now.
    m_call.cancel();
    m_pollCall.cancel();
}

void MigrationProgress::track(const QString &migrationId)
{
    abandonCalls();
    m_id = migrationId;
    m_problem = {};
    setPhase(Phase::Running);
    poll();
    m_pollTimer.start();
}

void MigrationProgress::cancel()
{
    if (m_id.isEmpty() || !m_client || isFinished())
        return;
    setPhase(Phase::Cancelling);
    m_call = m_client->cancelMigration(this, m_id, [this](ApiResult<Migration> result) {
        if (!result) {
            // 409: it ended before the cancel arrived — the next poll shows how.
            m_problem = result.error();
            emit problemOccurred(m_problem);
            poll();
            return;
        }
        m_migration = result.value();
        emit migrationUpdated(m_migration);
        applyState(m_migration.state, m_migration.count(MigrationItemState::Deleted),
            int(m_migration.items.size()), m_migration.error);
    });
}

bool MigrationProgress::applyEvent(const Event &event)
{
    const auto *progress = std::get_if<MigrationProgressEvent>(&event.payload);
    if (!progress || m_id.isEmpty() || progress->id != m_id)
        return false;
    applyState(progress->state, progress->moved, progress->total, progress->error);
    if (isFinished())
        poll(); // one last GET for the per-object states
    return true;
}

void MigrationProgress::poll()
{
    if (m_id.isEmpty() || !m_client || m_pollCall.isRunning())
        return;
    m_pollCall = m_client->fetchMigration(this, m_id, [this](ApiResult<Migration> result) {
        if (!result) {
            // Keep polling: the migration goes on in the daemon whatever the network does.
            qCWarning(lcCompliance).noquote()
                << "polling migration" << m_id << "failed:" << result.error().message();
            return;
        }
        m_migration = result.value();
        emit migrationUpdated(m_migration);
        applyState(m_migration.state, m_migration.count(MigrationItemState::Deleted),
            int(m_migration.items.size()), m_migration.error);
    });
}

void MigrationProgress::applyState(MigrationState state, int moved, int total, const QString &error)
{
    if (isFinished())
        return; // terminal; later (older) news must not reopen it
    if (moved != m_moved || total != m_total) {
        // Progress never goes backwards: an older poll may land after a newer event.
        m_moved = qMax(m_moved, moved);
        m_total = qMax(m_total, total);
        emit progressChanged(m_moved, m_total);
    }
    m_error = error;
    Phase next = m_phase;
    if (state == MigrationState::Done)
        next = Phase::Done;
    else if (state == MigrationState::RolledBack)
        next = Phase::RolledBack;
    else if (state == MigrationState::Failed)
        next = Phase::Failed;
    else if (m_phase != Phase::Cancelling)
        next = Phase::Running;
    if (next == Phase::Done && m_moved < m_total) {
        m_moved = m_total;
        emit progressChanged(m_moved, m_total);
    }
    setPhase(next);
}

void MigrationProgress::setPhase(Phase phase)
{
    if (phase == m_phase)
        return;
    m_phase = phase;
    emit phaseChanged(phase);
    if (isFinished()) {
        m_pollTimer.stop();
        qCInfo(lcCompliance) << "migration" << m_id << "ended" << phase << m_moved << "/" << m_total
                             << m_error;
        emit finished(phase);
    }
}

QString MigrationProgress::phaseLabel(Phase phase)
{
    switch (phase) {
    case Phase::Idle:
        return tr("Not started");
    case Phase::Starting:
        return tr("Checking the policy…");
    case Phase::Refused:
        return tr("Refused");
    case Phase::Running:
        return tr("Moving");
    case Phase::Cancelling:
        return tr("Cancelling…");
    case Phase::Done:
        return tr("Done");
    case Phase::RolledBack:
        return tr("Rolled back");
    case Phase::Failed:
        return tr("Failed");
    }
    return {};
}
