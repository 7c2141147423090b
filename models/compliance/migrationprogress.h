#pragma once

#include "backend/core/event.h"
#include "backend/core/migration.h"
#include "backend/core/problemdetails.h"

#include "models/apicall.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <chrono>

class ComplianceClient;

/**
 * The state of one residency migration as the console follows it: started with POST
 * /residency/migrate (a refused preflight ends in Refused with the daemon's problem, which
 * names the rule), then kept current by polling GET /residency/migrations/{id} and by
 * migration.progress events, whichever comes first, until done, rolled_back or failed.
 * Widget-free; MigrationDialog shows it.
 */
class MigrationProgress : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MigrationProgress)

public:
    enum class Phase { Idle, Starting, Refused, Running, Cancelling, Done, RolledBack, Failed };
    Q_ENUM(Phase)

    /** Uses (does not own) @p client. */
    explicit MigrationProgress(ComplianceClient *client, QObject *parent = nullptr);
    ~MigrationProgress() override;

    /** Asks the daemon to move @p keys (all of the district's objects there when empty). */
    void start(const QString &district, const QString &from, const QString &to,
        const QStringList &keys = {});
    /** Follows a migration started elsewhere. */
    void track(const QString &migrationId);
    /** Asks the daemon to cancel (objects not yet committed stay at the source). */
    void cancel();
    /** Applies a migration.progress event of this migration; true if it was one. */
    bool applyEvent(const Event &event);
    void setPollInterval(std::chrono::milliseconds interval);

    Phase phase() const { return m_phase; }
    bool isActive() const;
    bool isFinished() const;
    QString migrationId() const { return m_id; }
    int moved() const { return m_moved; }
    int total() const { return m_total; }
    /** 0..100; 100 once done. */
    int percent() const;
    /** The daemon's error text of a failed migration (names what moved), else empty. */
    QString error() const { return m_error; }
    /** Why the start or the cancel was refused (status, detail, field). */
    ProblemDetails problem() const { return m_problem; }
    /** The last full state fetched from the daemon (per-object states). */
    const Migration &migration() const { return m_migration; }

    /** Translated phase name ("Running", "Rolled back", …). */
    static QString phaseLabel(Phase phase);

signals:
    void phaseChanged(MigrationProgress::Phase phase);
    void progressChanged(int moved, int total);
    /** A fresh GET of the migration (per-object states). */
    void migrationUpdated(const Migration &migration);
    /** The start or a cancel was refused; see problem(). */
    void problemOccurred(const ProblemDetails &problem);
    /** Reached Done, RolledBack or Failed. */
    void finished(MigrationProgress::Phase phase);

private:
    void poll();
    void abandonCalls();
    void applyState(MigrationState state, int moved, int total, const QString &error);
    void setPhase(Phase phase);

    ComplianceClient *m_client;
    QTimer m_pollTimer;
    Phase m_phase = Phase::Idle;
    QString m_id;
    int m_moved = 0;
    int m_total = 0;
    QString m_error;
    ProblemDetails m_problem;
    Migration m_migration;
    ApiCall m_call; // start or cancel
    ApiCall m_pollCall;
};
