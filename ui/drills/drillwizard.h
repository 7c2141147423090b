#pragma once

#include "backend/core/drills/drillrecord.h"
#include "models/apicall.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QWizard>
#include <QWizardPage>

class DrillDistrictsModel;
class DrillMonitor;
class DrillsClient;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QDoubleSpinBox;
class QStringListModel;
class QTableView;

/**
 * The guided failover drill (issue #23): scenario and blast radius → preflight (who moves
 * where, who fails closed, school time) → safety checklist and explicit confirmation →
 * live run with an Abort that works at every moment → results against the targets, exported
 * as CSV. Closing the wizard while the drill runs asks, then aborts it: nothing is left behind.
 */
class DrillWizard : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrillWizard)

public:
    enum Page { ScenarioPageId, PreflightPageId, ConfirmPageId, LivePageId, ResultsPageId };

    /** Uses (does not own) @p client and @p monitor; @p regions and @p pods: ids to pick. */
    DrillWizard(DrillsClient *client, DrillMonitor *monitor, const QStringList &regions,
        const QStringList &pods, QWidget *parent = nullptr);
    ~DrillWizard() override;

    /** The request the first pages describe (with force and its reason from the preflight). */
    DrillRequest request() const;
    DrillsClient *client() const { return m_client; }
    DrillMonitor *monitor() const { return m_monitor; }
    /** The drill started from the live page, "" before. */
    QString drillId() const { return m_drillId; }
    void setDrillId(const QString &id) { m_drillId = id; }
    bool drillRunning() const;

    // Pages' parts, for the composer's tests and keyboard users alike.
    class ScenarioPage *scenarioPage() const { return m_scenario; }
    class PreflightPage *preflightPage() const { return m_preflight; }
    class ConfirmPage *confirmPage() const { return m_confirm; }
    class LivePage *livePage() const { return m_live; }
    class ResultsPage *resultsPage() const { return m_results; }

public Q_SLOTS:
    void reject() override;

private:
    DrillsClient *m_client;
    DrillMonitor *m_monitor;
    QString m_drillId;
    class ScenarioPage *m_scenario;
    class PreflightPage *m_preflight;
    class ConfirmPage *m_confirm;
    class LivePage *m_live;
    class ResultsPage *m_results;
};

class ScenarioPage : public QWizardPage
{
    Q_OBJECT
public:
    ScenarioPage(const QStringList &regions, const QStringList &pods, QWidget *parent = nullptr);
    bool isComplete() const override;
    DrillRequest request() const;
    /** Selects @p scenario and checks @p targets (pods, or regions for a region outage). */
    void choose(DrillScenario scenario, const QStringList &targets, int durationS);

private:
    void scenarioChanged();
    QComboBox *m_scenarioBox;
    QLabel *m_description;
    QListWidget *m_targets;
    QSpinBox *m_duration;
    QSpinBox *m_latency;
    QDoubleSpinBox *m_errorRate;
    QSpinBox *m_replicas;
    QSpinBox *m_maxUnserved;
    QLabel *m_latencyLabel;
    QLabel *m_errorLabel;
    QLabel *m_replicasLabel;
    QStringList m_regions;
    QStringList m_pods;
};

class PreflightPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit PreflightPage(QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    DrillDistrictsModel *model() const { return m_model; }
    bool force() const;
    QString forceReason() const;
    bool loaded() const { return m_loaded; }
    void setForce(bool force, const QString &reason);

private:
    void runPreflight();
    DrillWizard *drillWizard() const;
    DrillDistrictsModel *m_model;
    QTableView *m_table;
    QLabel *m_summary;
    QLabel *m_refusals;
    QCheckBox *m_force;
    QLineEdit *m_reason;
    QTimer m_debounce;
    ApiCall m_call;
    bool m_loaded = false;
    bool m_refused = true;
};

class ConfirmPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ConfirmPage(QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    /** Ticks every box and types the confirmation (tests; keyboard users tab through). */
    void confirmAll();

private:
    QList<QCheckBox *> m_checks;
    QLabel *m_typeLabel;
    QLineEdit *m_typed;
    QString m_expected;
};

class LivePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit LivePage(QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    QStringListModel *timeline() const { return m_timeline; }
    QPushButton *abortButton() const { return m_abort; }
    bool finished() const { return m_finished; }
    QString stateText() const;

private:
    void onStep(const DrillProgressEvent &step);
    void abortDrill();
    void poll();
    void markFinished(const DrillRecord &record);
    DrillWizard *drillWizard() const;
    QLabel *m_state;
    QLabel *m_counters;
    QProgressBar *m_progress;
    QListView *m_list;
    QStringListModel *m_timeline;
    QPushButton *m_abort;
    QTimer m_tick;
    QElapsedTimer m_elapsed;
    ApiCall m_call;
    int m_durationS = 0;
    QSet<QString> m_moved; // districts
    QSet<QString> m_failedClosed;
    int m_failedFirst = 0;
    QList<qint64> m_times; // of the timeline's rows, sorted
    bool m_finished = false;
    QString m_stateText;
    QSet<QString> m_seen; // steps shown: the start's answer and the events overlap
};

class ResultsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ResultsPage(QWidget *parent = nullptr);
    void initializePage() override;
    DrillDistrictsModel *model() const { return m_model; }
    const DrillRecord &record() const { return m_record; }
    bool loaded() const { return m_loaded; }
    /** Writes the daemon's CSV report to @p path; false with a message shown when it cannot. */
    void exportCsv(const QString &path);

private:
    DrillWizard *drillWizard() const;
    DrillDistrictsModel *m_model;
    QLabel *m_verdict;
    QTableView *m_table;
    QPushButton *m_csv;
    DrillRecord m_record;
    ApiCall m_call;
    bool m_loaded = false;
};
