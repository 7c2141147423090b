#pragma once

#include "backend/core/district.h"
#include "backend/core/event.h"
#include "backend/core/region.h"
#include "backend/core/residency/auditreport.h"
#include "models/apicall.h"
#include "models/compliance/migrationprogress.h"

#include <QDialog>
#include <QMessageBox>
#include <QPointer>
#include <QTimer>

#include <optional>

class ComplianceClient;
class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

/**
 * Moves a district's data from one region to another: pick the district, the source and the
 * target region and (optionally) which of its objects there; the daemon checks the policy
 * before anything moves and a refusal is shown naming the rule. While it runs a progress bar
 * follows GET /residency/migrations/{id} and migration.progress events; Cancel (after a
 * confirmation) asks the daemon to roll back what is not yet committed. The final state —
 * done, rolled back or failed with the daemon's error — stays on screen.
 */
class MigrationDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MigrationDialog)

public:
    /** Uses (does not own) @p client. */
    explicit MigrationDialog(ComplianceClient *client, const QList<District> &districts,
        const QList<Region> &regions, QWidget *parent = nullptr);
    ~MigrationDialog() override;

    /** Selects @p districtId and loads its audit (objects per region). */
    void setDistrict(const QString &districtId);
    /** Uses @p report for the object lists instead of fetching it. */
    void setReport(const AuditReport &report);
    void setFrom(const QString &regionId);
    void setTo(const QString &regionId);
    /** Checks exactly @p keys in the object list (empty: every object). */
    void setKeys(const QStringList &keys);

    QString district() const;
    QString from() const;
    QString to() const;
    /** The checked keys, or empty when every object of the source is checked. */
    QStringList selectedKeys() const;

    /** Starts the migration (the Start button). */
    void startMigration();
    /** Asks for confirmation, then cancels (the Cancel migration button). */
    void requestCancel();
    /** A fresh audit of the district after a migration ended: the source boxes follow it. */
    void applyReport(const AuditReport &report);
    /** migration.progress events for this dialog's migration; true if it was one. */
    bool applyEvent(const Event &event);

    MigrationProgress *progress() const { return m_progress; }
    QProgressBar *progressBar() const { return m_bar; }
    QLabel *stateLabel() const { return m_state; }
    QLabel *problemLabel() const { return m_problemLabel; }
    QLabel *previewLabel() const { return m_preview; }
    QListWidget *objectList() const { return m_objects; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *cancelButton() const { return m_cancel; }
    /** The open cancel confirmation, or null. */
    QMessageBox *cancelConfirmation() const { return m_confirm; }

signals:
    /** A migration of @p districtId ended (so its audit can be refreshed). */
    void migrationFinished(const QString &districtId, MigrationProgress::Phase phase);

private:
    void loadReport();
    void fillFromRegions();
    void fillObjects();
    void addFromRegion(const QString &regionId, int objects, int violating);
    void schedulePreview();
    void preview();
    void updateButtons();
    void onPhaseChanged(MigrationProgress::Phase phase);
    void onProgress(int moved, int total);
    void onMigrationUpdated(const Migration &migration);
    void showProblem(const ProblemDetails &problem);
    QString regionLabel(const QString &regionId) const;
    static QString itemStateLabel(MigrationItemState state);

    QPointer<ComplianceClient> m_client;
    QList<District> m_districts;
    QList<Region> m_regions;
    std::optional<AuditReport> m_report;
    MigrationProgress *m_progress;
    ApiCall m_fetch;
    ApiCall m_preflight;
    bool m_reportStale = false; // a migration ended: the objects listed may have moved
    QTimer m_previewTimer;

    QComboBox *m_districtBox;
    QComboBox *m_fromBox;
    QComboBox *m_toBox;
    QListWidget *m_objects;
    QLabel *m_preview;
    QProgressBar *m_bar;
    QLabel *m_state;
    QLabel *m_problemLabel;
    QPushButton *m_start;
    QPushButton *m_cancel;
    QPushButton *m_close;
    QPointer<QMessageBox> m_confirm;
};
