// DrillWizard's last two pages: the live run and the results.
#include "ui/drills/drillwizard.h"

#include "models/drills/drilldistrictsmodel.h"
#include "models/drills/drillmonitor.h"
#include "models/drills/drillsclient.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QStringListModel>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QString stateName(DrillState s)
{
    switch (s) {
    case DrillState::Running:
        return LivePage::tr("running");
    case DrillState::Restoring:
        return LivePage::tr("restoring");
    case DrillState::Succeeded:
        return LivePage::tr("succeeded");
    case DrillState::Interrupted:
        return LivePage::tr("interrupted");
    case DrillState::Failed:
        return LivePage::tr("failed");
    case DrillState::Refused:
        return LivePage::tr("refused");
    }
    return {};
}

} // namespace

// --- 4. live -------------------------------------------------------------------------------

LivePage::LivePage(QWidget *parent)
    : QWizardPage(parent)
    , m_state(new QLabel(this))
    , m_counters(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_list(new QListView(this))
    , m_timeline(new QStringListModel(this))
    , m_abort(new QPushButton(tr("&Abort Drill"), this))
{
    setTitle(tr("Drill running"));
    setSubTitle(tr("Every step as the daemon sees it. Abort reverts every fault at once."));
    m_list->setModel(m_timeline);
    m_list->setObjectName(QStringLiteral("drillTimeline"));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setWordWrap(true);
    m_abort->setObjectName(QStringLiteral("abortDrill"));
    m_abort->setStyleSheet(QStringLiteral("QPushButton { color: #c62828; font-weight: bold; }"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_state, 1);
    top->addWidget(m_abort);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_progress);
    layout->addWidget(m_counters);
    layout->addWidget(m_list, 1);
    m_tick.setInterval(200);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (m_finished)
            return;
        m_progress->setValue(int(std::min<qint64>(m_elapsed.elapsed() / 1000, m_durationS)));
        if (m_elapsed.elapsed() / 200 % 10 == 0)
            poll(); // in case an event was missed (the stream reconnected)
    });
    connect(m_abort, &QPushButton::clicked, this, &LivePage::abortDrill);
}

DrillWizard *LivePage::drillWizard() const
{
    return qobject_cast<DrillWizard *>(wizard());
}

QString LivePage::stateText() const
{
    return m_stateText;
}

void LivePage::initializePage()
{
    DrillWizard *w = drillWizard();
    const DrillRequest request = w->request();
    m_durationS = request.durationS;
    m_progress->setRange(0, m_durationS);
    m_progress->setFormat(tr("%v of %m s"));
    m_progress->setValue(0);
    m_timeline->setStringList({});
    m_seen.clear();
    m_times.clear();
    m_moved.clear();
    m_failedClosed.clear();
    m_failedFirst = 0;
    setTitle(tr("Drill running"));
    m_abort->show();
    m_finished = false;
    m_stateText = tr("Starting…");
    m_state->setText(m_stateText);
    m_abort->setEnabled(false);
    connect(
        w->monitor(), &DrillMonitor::stepReceived, this, &LivePage::onStep, Qt::UniqueConnection);
    m_call = w->client()->start(this, request, [this](ApiResult<DrillRecord> result) {
        if (!result) {
            m_stateText = tr("The daemon did not start the drill: %1").arg(result.error().detail);
            m_state->setText(m_stateText);
            m_finished = true;
            Q_EMIT completeChanged();
            return;
        }
        drillWizard()->setDrillId(result.value().id);
        m_stateText = tr("Drill %1: %2").arg(result.value().id, stateName(result.value().state));
        m_state->setText(m_stateText);
        m_abort->setEnabled(true);
        m_elapsed.start();
        m_tick.start();
        for (const DrillStep &s : result.value().timeline)
            onStep(DrillProgressEvent{result.value().id, result.value().request.scenario,
                result.value().state, s.kind, s.tMs, s.district, s.pod, s.detail});
    });
}

void LivePage::onStep(const DrillProgressEvent &step)
{
    DrillWizard *w = drillWizard();
    if (!w || step.drill != w->drillId() || m_finished)
        return;
    const QString key = QStringLiteral("%1|%2|%3|%4")
                            .arg(step.kind)
                            .arg(step.tMs)
                            .arg(step.district, step.detail);
    if (m_seen.contains(key))
        return;
    m_seen.insert(key);
    const QString line = QStringLiteral("%1  %2").arg(
        DrillDistrictsModel::durationText(std::max<qint64>(0, step.tMs)),
        DrillMonitor::stepText(step));
    // In the order things happened: a probe's step is reported when it is answered, after
    // steps that came later.
    const auto at = std::upper_bound(m_times.begin(), m_times.end(), step.tMs);
    const int row = int(at - m_times.begin());
    m_times.insert(at, step.tMs);
    m_timeline->insertRows(row, 1);
    m_timeline->setData(m_timeline->index(row), line);
    if (row == m_timeline->rowCount() - 1)
        m_list->scrollToBottom();
    if (step.kind == QLatin1String("rerouted"))
        m_moved.insert(step.district);
    else if (step.kind == QLatin1String("fail_closed"))
        m_failedClosed.insert(step.district);
    else if (step.kind == QLatin1String("first_failed_probe"))
        ++m_failedFirst;
    else if (step.kind == QLatin1String("restore_started")) {
        m_tick.stop();
        m_progress->setValue(m_durationS);
        m_progress->setFormat(tr("restoring"));
    }
    m_counters->setText(tr("Districts moved: %1   Failed closed: %2   Saw a failed probe: %3")
                            .arg(m_moved.size())
                            .arg(m_failedClosed.size())
                            .arg(m_failedFirst));
    m_stateText = tr("Drill %1: %2").arg(step.drill, stateName(step.state));
    m_state->setText(m_stateText);
    if (isFinished(step.state))
        poll();
}

void LivePage::poll()
{
    DrillWizard *w = drillWizard();
    if (!w || w->drillId().isEmpty() || m_finished || m_call.isRunning())
        return;
    m_call = w->client()->fetch(this, w->drillId(), [this](ApiResult<DrillRecord> result) {
        if (result && isFinished(result.value().state))
            markFinished(result.value());
    });
}

void LivePage::markFinished(const DrillRecord &record)
{
    m_finished = true;
    m_tick.stop();
    m_abort->setEnabled(false);
    m_abort->hide();
    setTitle(tr("Drill ended"));
    m_progress->setValue(m_durationS);
    m_progress->setFormat(tr("ended"));
    m_stateText = tr("Drill %1: %2").arg(record.id, stateName(record.state));
    m_state->setText(m_stateText);
    Q_EMIT completeChanged();
}

void LivePage::abortDrill()
{
    DrillWizard *w = drillWizard();
    if (w->drillId().isEmpty())
        return;
    m_abort->setEnabled(false);
    m_state->setText(tr("Aborting: reverting every fault…"));
    w->client()->abort(this, w->drillId(), [this](ApiResult<DrillRecord> result) {
        if (!result)
            m_state->setText(tr("Abort refused: %1").arg(result.error().detail));
    });
}

bool LivePage::isComplete() const
{
    return m_finished;
}

// --- 5. results ----------------------------------------------------------------------------

ResultsPage::ResultsPage(QWidget *parent)
    : QWizardPage(parent)
    , m_model(new DrillDistrictsModel(this))
    , m_verdict(new QLabel(this))
    , m_table(new QTableView(this))
    , m_csv(new QPushButton(tr("Export &CSV…"), this))
{
    setTitle(tr("Results"));
    setSubTitle(tr("What was measured for each district, against the drill's targets."));
    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("resultsTable"));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::PlainText);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_csv);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_verdict);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(m_csv, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Drill Report"),
            m_record.id + QStringLiteral(".csv"), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });
}

DrillWizard *ResultsPage::drillWizard() const
{
    return qobject_cast<DrillWizard *>(wizard());
}

void ResultsPage::initializePage()
{
    m_loaded = false;
    DrillWizard *w = drillWizard();
    if (w->drillId().isEmpty()) {
        m_verdict->setText(w->livePage()->stateText());
        m_csv->setEnabled(false);
        return;
    }
    m_verdict->setText(tr("Loading the report…"));
    m_call = w->client()->fetch(this, w->drillId(), [this](ApiResult<DrillRecord> result) {
        if (!result) {
            m_verdict->setText(tr("The report could not be loaded: %1").arg(result.error().detail));
            return;
        }
        m_record = result.value();
        m_model->setResults(m_record.districts);
        m_table->resizeColumnsToContents();
        const DrillVerdicts v = m_record.verdicts.value_or(DrillVerdicts{});
        const DrillMeasurements m = m_record.measurements.value_or(DrillMeasurements{});
        QStringList lines;
        lines.append(tr("Outcome: %1. %2").arg(stateName(m_record.state), m_record.stopDetail));
        lines.append(v.residencyHeld
                ? tr("Residency held: no request left its district's zone.")
                : tr("RESIDENCY VIOLATED: %n request(s) left their zone.", nullptr, m.outOfZone));
        lines.append(v.restoreVerified
                ? tr("Restored: every fault reverted and read back.")
                : tr("NOT RESTORED: a fault could not be read back reverted; see the ledger."));
        lines.append(tr("Longest time to be served again: %1 (target %2 s). %n district(s) "
                        "failed closed, as the law requires.",
            nullptr, m.failedClosed)
                         .arg(DrillDistrictsModel::durationText(m.worstRtoMs))
                         .arg(m.targets.rtoS));
        m_verdict->setText(lines.join(u'\n'));
        m_csv->setEnabled(true);
        m_loaded = true;
    });
}

void ResultsPage::exportCsv(const QString &path)
{
    drillWizard()->client()->fetchReportCsv(
        this, m_record.id, [this, path](ApiResult<QByteArray> result) {
            QSaveFile file(path);
            if (!result || !file.open(QIODevice::WriteOnly)
                || file.write(result.value()) != result.value().size() || !file.commit()) {
                QMessageBox::warning(this, tr("Export Drill Report"),
                    result ? tr("Cannot write %1: %2").arg(path, file.errorString())
                           : result.error().detail);
            }
        });
}
