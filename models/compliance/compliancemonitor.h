#pragma once

#include "backend/core/audit/auditverifyresult.h"
#include "backend/core/district.h"
#include "backend/core/event.h"
#include "backend/core/residency/auditreport.h"
#include "models/compliance/complianceclient.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <optional>

class ComplianceSummaryModel;
class MovementListModel;
class ReplicationModel;

/**
 * Keeps the compliance summary current: audits every district the console may see (a few at
 * a time, so 40 reports do not queue 40 requests at once), loads recent cross-region movements
 * from the audit trail, verifies the chain, and re-audits a district when one of its
 * migrations ends. Owns the summary and movement models; caches the last report per district.
 */
class ComplianceMonitor : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComplianceMonitor)

public:
    /** Uses (does not own) @p client, which must outlive it; none: audits nothing. */
    explicit ComplianceMonitor(ComplianceClient *client, QObject *parent = nullptr);
    ~ComplianceMonitor() override;

    ComplianceSummaryModel *summaryModel() const { return m_summary; }
    MovementListModel *movementModel() const { return m_movements; }
    ReplicationModel *replicationModel() const { return m_replication; }
    ComplianceClient *client() const { return m_client; }

    /** Accounts for @p districts and audits those not audited yet. */
    void setDistricts(const QList<District> &districts);
    /** Re-audits every district, reloads movements and re-verifies the chain. */
    void refresh();
    /** Re-audits one district (after a consent or a migration changed its verdicts). */
    void refreshDistrict(const QString &districtId);
    /** Reloads recent movements from the audit trail and re-verifies the chain. */
    void refreshMovements();
    /** Reloads GET /replication (also every 15 s, and when a lag breach begins or ends). */
    void refreshReplication();
    /** Takes a report fetched elsewhere (the audit dialog's) as the district's latest. */
    void applyReport(const AuditReport &report);
    /** migration.progress: updates movements; a finished migration re-audits its district. */
    void applyEvent(const Event &event);

    /** The last report of @p districtId, if one was loaded. */
    std::optional<AuditReport> report(const QString &districtId) const;
    /** The last chain verification; nullopt before the first. */
    std::optional<AuditVerifyResult> chain() const { return m_chain; }
    /** Audits queued or in flight. */
    int pendingAudits() const { return int(m_queue.size()) + m_inFlight; }
    bool isLoading() const { return pendingAudits() > 0; }

    /** How many audits run at once (default 3). */
    void setConcurrency(int requests) { m_concurrency = qMax(1, requests); }
    /** How many of the newest audit records are scanned for movements (default 1000). */
    void setMovementWindow(int records) { m_movementWindow = qBound(1, records, 10000); }

signals:
    void reportReady(const AuditReport &report);
    /** @p done of @p total audits of the current round have answered. */
    void auditProgress(int done, int total);
    void loadingChanged(bool loading);
    void chainVerified(const AuditVerifyResult &chain);
    /** Something could not be loaded; readable ("Audit of us-tx-houston failed: …"). */
    void errorOccurred(const QString &message);

private:
    void enqueue(const QString &districtId);
    void pump();
    void adoptChain(const AuditVerifyResult &chain);

    ComplianceClient *m_client;
    ComplianceSummaryModel *m_summary;
    MovementListModel *m_movements;
    ReplicationModel *m_replication;
    QTimer m_replicationTimer;
    bool m_replicationLoading = false;
    QHash<QString, AuditReport> m_reports;
    QStringList m_queue;
    int m_inFlight = 0;
    int m_concurrency = 3;
    int m_roundDone = 0;
    int m_roundTotal = 0;
    int m_movementWindow = 1000;
    bool m_movementsLoading = false;
    bool m_movementsAgain = false; // asked again while a load was in flight
    std::optional<AuditVerifyResult> m_chain;
    QTimer m_movementDebounce;
};
