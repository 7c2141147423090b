#include "ui/drills/drillwizard.h"

#include "models/drills/drilldistrictsmodel.h"
#include "models/drills/drillmonitor.h"
#include "models/drills/drillsclient.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QString scenarioDescription(DrillScenario s)
{
    switch (s) {
    case DrillScenario::PodCrash:
        return DrillWizard::tr("The pods' processes exit and are not restarted until the drill "
                               "ends. Rehearses a crashed server.");
    case DrillScenario::PodHang:
        return DrillWizard::tr("The pods accept connections and answer nothing. Rehearses a hung "
                               "process or a network that drops: the hardest failure to see.");
    case DrillScenario::Latency:
        return DrillWizard::tr("Every answer of the pods is late. A healthy but slow pod must not "
                               "fail over.");
    case DrillScenario::Errors:
        return DrillWizard::tr("A share of the pods' answers are errors. Rehearses a bad model "
                               "version or a failing dependency.");
    case DrillScenario::RegionOutage:
        return DrillWizard::tr("Every pod of the regions goes down. Districts whose law keeps them "
                               "in that region fail closed rather than leave it.");
    }
    return {};
}

const QList<DrillScenario> kScenarios{DrillScenario::PodCrash, DrillScenario::PodHang,
    DrillScenario::Latency, DrillScenario::Errors, DrillScenario::RegionOutage};

} // namespace

DrillWizard::DrillWizard(DrillsClient *client, DrillMonitor *monitor, const QStringList &regions,
    const QStringList &pods, QWidget *parent)
    : QWizard(parent)
    , m_client(client)
    , m_monitor(monitor)
    , m_scenario(new ScenarioPage(regions, pods, this))
    , m_preflight(new PreflightPage(this))
    , m_confirm(new ConfirmPage(this))
    , m_live(new LivePage(this))
    , m_results(new ResultsPage(this))
{
    setWindowTitle(tr("Failover Drill"));
    setObjectName(QStringLiteral("drillWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(ScenarioPageId, m_scenario);
    setPage(PreflightPageId, m_preflight);
    setPage(ConfirmPageId, m_confirm);
    setPage(LivePageId, m_live);
    setPage(ResultsPageId, m_results);
    resize(900, 640);
}

DrillWizard::~DrillWizard() = default;

DrillRequest DrillWizard::request() const
{
    DrillRequest r = m_scenario->request();
    r.force = m_preflight->force();
    r.forceReason = r.force ? m_preflight->forceReason() : QString();
    return r;
}

bool DrillWizard::drillRunning() const
{
    return !m_drillId.isEmpty() && !m_live->finished();
}

void DrillWizard::reject()
{
    if (drillRunning()) {
        // Esc during a drill aborts it and stays to show the restore and the results.
        QMessageBox box(QMessageBox::Question, tr("Abort the drill?"),
            tr("Drill %1 has not ended yet. Aborting reverts every fault and reads it back; the "
               "results follow here.")
                .arg(m_drillId),
            QMessageBox::NoButton, this);
        QPushButton *abort = box.addButton(tr("&Abort Drill"), QMessageBox::DestructiveRole);
        QPushButton *keep = box.addButton(tr("&Keep Running"), QMessageBox::RejectRole);
        box.setDefaultButton(keep);
        box.exec();
        if (box.clickedButton() == abort)
            m_live->abortButton()->click();
        return;
    }
    QWizard::reject();
}

// --- 1. scenario and blast radius -----------------------------------------------------------

ScenarioPage::ScenarioPage(const QStringList &regions, const QStringList &pods, QWidget *parent)
    : QWizardPage(parent)
    , m_scenarioBox(new QComboBox(this))
    , m_description(new QLabel(this))
    , m_targets(new QListWidget(this))
    , m_duration(new QSpinBox(this))
    , m_latency(new QSpinBox(this))
    , m_errorRate(new QDoubleSpinBox(this))
    , m_replicas(new QSpinBox(this))
    , m_maxUnserved(new QSpinBox(this))
    , m_latencyLabel(new QLabel(tr("Added &latency:"), this))
    , m_errorLabel(new QLabel(tr("&Error rate:"), this))
    , m_replicasLabel(new QLabel(tr("&Replicas to crash:"), this))
    , m_regions(regions)
    , m_pods(pods)
{
    setTitle(tr("Scenario and blast radius"));
    setSubTitle(tr("What to rehearse, and which pods or regions it may hit."));
    for (const DrillScenario s : kScenarios)
        m_scenarioBox->addItem(DrillMonitor::scenarioTitle(s), drillScenarioName(s));
    m_description->setWordWrap(true);
    m_targets->setObjectName(QStringLiteral("drillTargets"));
    m_duration->setRange(DrillRequest::kMinDurationS, DrillRequest::kMaxDurationS);
    m_duration->setValue(60);
    m_duration->setSuffix(tr(" s"));
    m_latency->setRange(1, 60000);
    m_latency->setValue(150);
    m_latency->setSuffix(tr(" ms"));
    m_errorRate->setRange(0.01, 1.0);
    m_errorRate->setSingleStep(0.05);
    m_errorRate->setValue(0.3);
    m_replicas->setRange(0, 100);
    m_replicas->setSpecialValueText(tr("all"));
    m_maxUnserved->setRange(0, 1000);
    m_latencyLabel->setBuddy(m_latency);
    m_errorLabel->setBuddy(m_errorRate);
    m_replicasLabel->setBuddy(m_replicas);

    auto *form = new QFormLayout;
    auto *scenarioLabel = new QLabel(tr("&Scenario:"), this);
    scenarioLabel->setBuddy(m_scenarioBox);
    form->addRow(scenarioLabel, m_scenarioBox);
    form->addRow(QString(), m_description);
    auto *targetsLabel = new QLabel(tr("&Blast radius:"), this);
    targetsLabel->setBuddy(m_targets);
    form->addRow(targetsLabel, m_targets);
    auto *durationLabel = new QLabel(tr("&Duration:"), this);
    durationLabel->setBuddy(m_duration);
    form->addRow(durationLabel, m_duration);
    form->addRow(m_latencyLabel, m_latency);
    form->addRow(m_errorLabel, m_errorRate);
    form->addRow(m_replicasLabel, m_replicas);
    auto *unservedLabel = new QLabel(tr("Districts allowed to go &unserved:"), this);
    unservedLabel->setBuddy(m_maxUnserved);
    form->addRow(unservedLabel, m_maxUnserved);
    setLayout(form);

    connect(m_scenarioBox, &QComboBox::currentIndexChanged, this, &ScenarioPage::scenarioChanged);
    connect(m_targets, &QListWidget::itemChanged, this, &ScenarioPage::completeChanged);
    scenarioChanged();
}

void ScenarioPage::scenarioChanged()
{
    const auto scenario = drillScenarioFromName(m_scenarioBox->currentData().toString())
                              .value_or(DrillScenario::PodCrash);
    m_description->setText(scenarioDescription(scenario));
    const bool regionWide = scenario == DrillScenario::RegionOutage;
    QStringList checked;
    for (int i = 0; i < m_targets->count(); ++i)
        if (m_targets->item(i)->checkState() == Qt::Checked)
            checked.append(m_targets->item(i)->text());
    m_targets->clear();
    for (const QString &id : regionWide ? m_regions : m_pods) {
        auto *item = new QListWidgetItem(id, m_targets);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
    m_latency->setVisible(scenario == DrillScenario::Latency);
    m_latencyLabel->setVisible(scenario == DrillScenario::Latency);
    m_errorRate->setVisible(scenario == DrillScenario::Errors);
    m_errorLabel->setVisible(scenario == DrillScenario::Errors);
    m_replicas->setVisible(scenario == DrillScenario::PodCrash);
    m_replicasLabel->setVisible(scenario == DrillScenario::PodCrash);
    Q_EMIT completeChanged();
}

void ScenarioPage::choose(DrillScenario scenario, const QStringList &targets, int durationS)
{
    m_scenarioBox->setCurrentIndex(int(kScenarios.indexOf(scenario)));
    for (int i = 0; i < m_targets->count(); ++i)
        m_targets->item(i)->setCheckState(
            targets.contains(m_targets->item(i)->text()) ? Qt::Checked : Qt::Unchecked);
    m_duration->setValue(durationS);
}

bool ScenarioPage::isComplete() const
{
    for (int i = 0; i < m_targets->count(); ++i)
        if (m_targets->item(i)->checkState() == Qt::Checked)
            return true;
    return false;
}

DrillRequest ScenarioPage::request() const
{
    DrillRequest r;
    r.scenario = drillScenarioFromName(m_scenarioBox->currentData().toString())
                     .value_or(DrillScenario::PodCrash);
    QStringList checked;
    for (int i = 0; i < m_targets->count(); ++i)
        if (m_targets->item(i)->checkState() == Qt::Checked)
            checked.append(m_targets->item(i)->text());
    if (r.scenario == DrillScenario::RegionOutage)
        r.regions = checked;
    else
        r.pods = checked;
    r.durationS = m_duration->value();
    if (r.scenario == DrillScenario::Latency)
        r.latencyMs = m_latency->value();
    if (r.scenario == DrillScenario::Errors)
        r.errorRate = m_errorRate->value();
    if (r.scenario == DrillScenario::PodCrash && m_replicas->value() > 0)
        r.replicas = m_replicas->value();
    r.maxUnservedDistricts = m_maxUnserved->value();
    return r;
}

// --- 2. preflight --------------------------------------------------------------------------

PreflightPage::PreflightPage(QWidget *parent)
    : QWizardPage(parent)
    , m_model(new DrillDistrictsModel(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_refusals(new QLabel(this))
    , m_force(new QCheckBox(tr("Run in &school time anyway"), this))
    , m_reason(new QLineEdit(this))
{
    setTitle(tr("Preflight"));
    setSubTitle(tr("What the drill would do, worked out by the daemon. Nothing has changed yet."));
    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("preflightTable"));
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_summary->setWordWrap(true);
    m_refusals->setWordWrap(true);
    m_refusals->setTextFormat(Qt::PlainText);
    m_reason->setPlaceholderText(tr("Why it must run now (audited)"));
    m_reason->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_refusals);
    auto *forceRow = new QHBoxLayout;
    forceRow->addWidget(m_force);
    forceRow->addWidget(m_reason, 1);
    layout->addLayout(forceRow);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(400);
    connect(&m_debounce, &QTimer::timeout, this, &PreflightPage::runPreflight);
    connect(m_force, &QCheckBox::toggled, this, [this](bool on) {
        m_reason->setEnabled(on);
        m_debounce.start();
    });
    connect(m_reason, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
}

DrillWizard *PreflightPage::drillWizard() const
{
    return qobject_cast<DrillWizard *>(wizard());
}

void PreflightPage::initializePage()
{
    runPreflight();
}

bool PreflightPage::force() const
{
    return m_force->isChecked() && !m_reason->text().trimmed().isEmpty();
}

QString PreflightPage::forceReason() const
{
    return m_reason->text().trimmed();
}

void PreflightPage::setForce(bool force, const QString &reason)
{
    m_reason->setText(reason);
    m_force->setChecked(force);
    m_debounce.stop();
    runPreflight();
}

void PreflightPage::runPreflight()
{
    m_loaded = false;
    m_refused = true;
    m_summary->setText(tr("Asking the daemon…"));
    Q_EMIT completeChanged();
    m_call.cancel();
    m_call = drillWizard()->client()->preflight(
        this, drillWizard()->request(), [this](ApiResult<DrillPreflight> result) {
            m_loaded = true;
            if (!result) {
                m_summary->setText(
                    tr("The daemon refused the drill: %1").arg(result.error().detail));
                m_refusals->clear();
                m_model->setPreflight({});
                Q_EMIT completeChanged();
                return;
            }
            const DrillPreflight &p = result.value();
            m_model->setPreflight(p);
            m_table->resizeColumnsToContents();
            int moving = 0;
            bool inSession = false;
            for (const auto &d : p.districts) {
                moving += !d.failsClosed && d.toPod != d.fromPod ? 1 : 0;
                inSession = inSession || d.inSession;
            }
            m_summary->setText(tr("%n district(s) affected", nullptr, int(p.districts.size()))
                + QStringLiteral(": ") + tr("%n move to another pod", nullptr, moving)
                + QStringLiteral(", ")
                + tr("%n fail closed (no compliant fallback)", nullptr, p.failClosedCount())
                + QStringLiteral(". ") + p.drStatus);
            QStringList lines;
            for (const QString &r : p.refusals)
                lines.append(tr("Refused: %1").arg(r));
            for (const QString &w : p.warnings)
                lines.append(tr("Warning: %1").arg(w));
            const int allowed = drillWizard()->request().maxUnservedDistricts;
            if (p.failClosedCount() > allowed)
                lines.append(tr("To rehearse it all the same, go Back and allow %n district(s) "
                                "to go unserved: they stay unserved during the drill, as their "
                                "law requires.",
                    nullptr, p.failClosedCount()));
            m_refusals->setText(lines.join(u'\n'));
            m_refusals->setStyleSheet(p.refusals.isEmpty() ? QStringLiteral("color: #b26a00")
                                                           : QStringLiteral("color: #c62828"));
            m_force->setVisible(inSession);
            m_reason->setVisible(inSession);
            m_refused = !p.refusals.isEmpty();
            Q_EMIT completeChanged();
        });
}

bool PreflightPage::isComplete() const
{
    return m_loaded && !m_refused;
}

// --- 3. confirmation -----------------------------------------------------------------------

ConfirmPage::ConfirmPage(QWidget *parent)
    : QWizardPage(parent)
    , m_typeLabel(new QLabel(this))
    , m_typed(new QLineEdit(this))
{
    setTitle(tr("Safety checklist"));
    setSubTitle(tr("The drill fails real pods. Abort (Esc, or the Abort button) reverts every "
                   "fault at any moment."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Start Drill"));
    auto *layout = new QVBoxLayout(this);
    for (const QString &text : {tr("The affected districts' IT staff know a drill is planned"),
             tr("Someone watches this console until the drill ends"),
             tr("I know how to abort it, and that an abort restores everything")}) {
        auto *check = new QCheckBox(text, this);
        m_checks.append(check);
        layout->addWidget(check);
        connect(check, &QCheckBox::toggled, this, &ConfirmPage::completeChanged);
    }
    m_typeLabel->setWordWrap(true);
    m_typeLabel->setBuddy(m_typed);
    // Top to bottom: the boxes, then the region's name.
    setTabOrder(m_checks.constLast(), m_typed);
    layout->addSpacing(12);
    layout->addWidget(m_typeLabel);
    layout->addWidget(m_typed);
    layout->addStretch(1);
    connect(m_typed, &QLineEdit::textChanged, this, &ConfirmPage::completeChanged);
}

void ConfirmPage::initializePage()
{
    m_checks.constFirst()->setFocus();
    const DrillRequest r = qobject_cast<DrillWizard *>(wizard())->request();
    const bool regionWide = r.scenario == DrillScenario::RegionOutage;
    m_expected = regionWide ? r.regions.join(QStringLiteral(", ")) : QString();
    m_typeLabel->setVisible(regionWide);
    m_typed->setVisible(regionWide);
    m_typed->clear();
    m_typeLabel->setText(tr("A whole region goes down. Type &%1 to confirm:").arg(m_expected));
}

bool ConfirmPage::isComplete() const
{
    for (const QCheckBox *check : m_checks)
        if (!check->isChecked())
            return false;
    return m_expected.isEmpty()
        || m_typed->text().trimmed().compare(m_expected, Qt::CaseInsensitive) == 0;
}

void ConfirmPage::confirmAll()
{
    for (QCheckBox *check : std::as_const(m_checks))
        check->setChecked(true);
    m_typed->setText(m_expected);
}
