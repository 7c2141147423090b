#include "ui/pods/poddetaildialog.h"

#include "models/apiclient.h"
#include "models/capacity/capacityfeed.h"
#include "models/consolecontroller.h"
#include "models/healthcolors.h"
#include "models/podtablemodel.h"
#include "models/routing/routingmonitor.h"
#include "ui/pods/probestrip.h"
#include "ui/screenfit.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QTableWidget *makeDetailTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setTabKeyNavigation(false); // Tab leaves the table; arrows move within it
    table->setWordWrap(false);
    return table;
}

QTableWidgetItem *item(const QString &text, const QString &toolTip = {})
{
    auto *it = new QTableWidgetItem(text);
    it->setToolTip(toolTip.isEmpty() ? text : toolTip);
    return it;
}

QString msText(double ms)
{
    return PodDetailDialog::tr("%1 ms").arg(QLocale().toString(ms, 'f', ms < 10 ? 1 : 0));
}

QString timeText(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime().time(), QStringLiteral("HH:mm:ss"));
}

} // namespace

PodDetailDialog::PodDetailDialog(
    ConsoleController *controller, RoutingMonitor *routing, CapacityFeed *capacity, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_routing(routing)
    , m_capacity(capacity)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_status(new QLabel(this))
    , m_load(new QLabel(this))
    , m_replicas(
          makeDetailTable({tr("Replica"), tr("PID"), tr("Port"), tr("Health"), tr("Last probe"),
                              tr("Slowest"), tr("Recent probes"), tr("Last failure")},
              this))
    , m_changes(new QLabel(this))
    , m_districts(makeDetailTable({tr("District"), tr("Share")}, this))
    , m_fallbacks(new QLabel(this))
    , m_scale(new QPushButton(tr("&Scale…"), this))
    , m_drain(new QPushButton(tr("D&rain…"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
{
    setObjectName(QStringLiteral("podDetailDialog"));
    setMinimumSize(640, 520);
    resizeToFitScreen(this, QSize(860, 680));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QLabel *label : {m_subtitle, m_status, m_load, m_changes, m_fallbacks})
        label->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_status);

    auto *loadBox = new QGroupBox(tr("Load now"), this);
    (new QVBoxLayout(loadBox))->addWidget(m_load);
    layout->addWidget(loadBox);

    auto *replicaBox = new QGroupBox(tr("Replicas"), this);
    auto *replicaLayout = new QVBoxLayout(replicaBox);
    m_replicas->setAccessibleName(tr("Replicas of the pod"));
    m_replicas->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The strip shows the newest 40 probes; the failure's reason takes what is left.
    m_replicas->horizontalHeader()->setSectionResizeMode(StripColumn, QHeaderView::Fixed);
    m_replicas->setColumnWidth(StripColumn, 40 * 4 + 8);
    m_replicas->horizontalHeader()->setSectionResizeMode(FailureColumn, QHeaderView::Stretch);
    m_replicas->horizontalHeaderItem(LastProbeColumn)
        ->setToolTip(tr("Round trip of the newest health probe"));
    m_replicas->horizontalHeaderItem(SlowestColumn)
        ->setToolTip(tr("Slowest round trip among the recent probes"));
    m_replicas->horizontalHeaderItem(StripColumn)
        ->setToolTip(tr("Each bar one probe, newest on the right; tall red bars failed"));
    replicaLayout->addWidget(m_replicas, 1);
    replicaLayout->addWidget(m_changes);
    layout->addWidget(replicaBox, 2);

    auto *districtBox = new QGroupBox(tr("Districts it serves"), this);
    auto *districtLayout = new QVBoxLayout(districtBox);
    m_districts->setAccessibleName(tr("Districts the pod serves"));
    m_districts->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_districts->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    districtLayout->addWidget(m_districts, 1);
    districtLayout->addWidget(m_fallbacks);
    layout->addWidget(districtBox, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    for (QPushButton *b : {m_scale, m_drain, m_delete}) {
        b->setAutoDefault(false);
        buttons->addButton(b, QDialogButtonBox::ActionRole);
    }
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_scale, &QPushButton::clicked, this, [this] { emit scaleRequested(m_podId); });
    connect(m_drain, &QPushButton::clicked, this, [this] { emit drainRequested(m_podId); });
    connect(m_delete, &QPushButton::clicked, this, [this] { emit deleteRequested(m_podId); });

    m_poll.setInterval(2000);
    connect(&m_poll, &QTimer::timeout, this, &PodDetailDialog::reloadProbes);
    PodTableModel *pods = m_controller->podModel();
    connect(pods, &QAbstractItemModel::dataChanged, this, &PodDetailDialog::refreshPod);
    connect(pods, &QAbstractItemModel::rowsInserted, this, &PodDetailDialog::refreshPod);
    connect(pods, &QAbstractItemModel::rowsRemoved, this, &PodDetailDialog::refreshPod);
    connect(pods, &QAbstractItemModel::modelReset, this, &PodDetailDialog::refreshPod);
    if (m_routing)
        connect(m_routing, &RoutingMonitor::tableChanged, this, &PodDetailDialog::refreshDistricts);
    if (m_capacity)
        connect(m_capacity, &CapacityFeed::updated, this, &PodDetailDialog::refreshLoad);
    updateButtons();
}

PodDetailDialog::~PodDetailDialog() = default;

void PodDetailDialog::setPod(const QString &podId)
{
    if (podId != m_podId) {
        m_podId = podId;
        m_probes = {};
        m_probeError.clear();
    }
    refreshPod();
    refreshDistricts();
    refreshLoad();
    reloadProbes();
}

void PodDetailDialog::setOperable(bool operable)
{
    m_operable = operable;
    updateButtons();
}

void PodDetailDialog::setDaemonReachable(bool reachable)
{
    m_reachable = reachable;
    updateButtons();
    if (reachable && isVisible())
        reloadProbes();
}

void PodDetailDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    m_poll.start();
}

void PodDetailDialog::hideEvent(QHideEvent *event)
{
    m_poll.stop();
    m_probeCall.cancel();
    QDialog::hideEvent(event);
}

void PodDetailDialog::reloadProbes()
{
    if (!m_pod || !m_reachable)
        return;
    m_probeCall.cancel();
    m_probeCall = m_controller->api()->fetchPodProbes(
        this, m_pod->region, m_pod->id, [this](ApiResult<PodProbes> result) {
            if (!result) {
                m_probeError = result.error().message();
            } else {
                m_probeError.clear();
                m_probes = result.value();
            }
            refreshReplicas();
        });
}

void PodDetailDialog::refreshPod()
{
    m_pod = m_controller->podModel()->pod(m_podId);
    setWindowTitle(tr("Pod %1").arg(m_podId));
    m_title->setText(m_podId);
    if (!m_pod) {
        m_subtitle->clear();
        m_status->setText(tr("This pod no longer exists (it was deleted)."));
        refreshReplicas();
        updateButtons();
        return;
    }
    const auto region = m_controller->podModel()->region(m_pod->region);
    QStringList facts{
        tr("%1 pod in %2")
            .arg(PodTableModel::typeLabel(m_pod->type),
                region ? QStringLiteral("%1 (%2)").arg(region->name, region->id) : m_pod->region)};
    const QString jurisdiction
        = m_pod->jurisdiction.isEmpty() && region ? region->jurisdiction : m_pod->jurisdiction;
    if (!jurisdiction.isEmpty())
        facts << tr("jurisdiction %1").arg(jurisdiction);
    QStringList certifications = m_pod->certifications;
    if (region)
        certifications += region->certifications;
    certifications.removeDuplicates();
    if (!certifications.isEmpty())
        facts << tr("certified %1").arg(certifications.join(QStringLiteral(", ")));
    if (!m_pod->modelVersion.isEmpty())
        facts << tr("model %1").arg(m_pod->modelVersion);
    m_subtitle->setText(facts.join(QStringLiteral(" · ")));

    int healthy = 0;
    for (const auto &replica : m_pod->replicaStatus)
        healthy += replica.health == HealthState::Healthy ? 1 : 0;
    QString status = tr("%1: %2 of %n replica(s) healthy", nullptr, m_pod->replicas)
                         .arg(HealthColors::label(m_pod->health))
                         .arg(healthy);
    status += QStringLiteral(" · ")
        + tr("scales %1–%2, %3 req/s each")
              .arg(m_pod->minReplicas)
              .arg(m_pod->maxReplicas)
              .arg(m_pod->capacityRps);
    if (m_pod->deleting)
        status += QStringLiteral(" · ") + tr("being deleted: drained, stops once idle");
    else if (m_pod->draining)
        status += QStringLiteral(" · ") + tr("drained: takes no new traffic");
    if (m_controller->podModel()->isStale())
        status += QStringLiteral(" · ")
            + tr("last known state (%1)").arg(timeText(m_controller->podModel()->lastUpdate()));
    m_status->setText(status);
    m_drain->setText(m_pod->draining ? tr("End D&rain…") : tr("D&rain…"));
    refreshReplicas();
    updateButtons();
}

void PodDetailDialog::refreshReplicas()
{
    const QList<Replica> replicas = m_pod ? m_pod->replicaStatus : QList<Replica>();
    m_replicas->setRowCount(int(replicas.size()));
    QStringList changes;
    for (int row = 0; row < replicas.size(); ++row) {
        const Replica &replica = replicas.at(row);
        ReplicaProbes probes;
        for (const auto &p : std::as_const(m_probes.replicas))
            if (p.instance == replica.instance)
                probes = p;
        m_replicas->setItem(row, ReplicaColumn, item(QStringLiteral("#%1").arg(replica.index)));
        m_replicas->setItem(row, PidColumn,
            item(replica.pid > 0 ? QString::number(replica.pid) : QStringLiteral("—")));
        m_replicas->setItem(row, PortColumn,
            item(replica.port > 0 ? QString::number(replica.port) : QStringLiteral("—")));
        auto *health = item(HealthColors::label(replica.health));
        health->setIcon(HealthColors::dot(replica.health));
        QStringList history;
        for (const auto &change : std::as_const(probes.changes))
            history << tr("%1 %2").arg(timeText(change.time), HealthColors::label(change.health));
        if (!history.isEmpty())
            health->setToolTip(tr("Health changes: %1").arg(history.join(QStringLiteral(", "))));
        m_replicas->setItem(row, HealthColumn, health);

        const ProbeResult *last = probes.probes.isEmpty() ? nullptr : &probes.probes.constLast();
        m_replicas->setItem(row, LastProbeColumn,
            item(!last ? QStringLiteral("—")
                       : (last->ok ? msText(last->ms) : tr("failed (%1)").arg(msText(last->ms)))));
        double slowest = 0;
        const ProbeResult *failure = nullptr;
        for (const auto &probe : std::as_const(probes.probes)) {
            slowest = std::max(slowest, probe.ms);
            if (!probe.ok)
                failure = &probe;
        }
        m_replicas->setItem(row, SlowestColumn,
            item(probes.probes.isEmpty() ? QStringLiteral("—") : msText(slowest)));
        auto *strip = qobject_cast<ProbeStrip *>(m_replicas->cellWidget(row, StripColumn));
        if (!strip) {
            strip = new ProbeStrip(m_replicas);
            m_replicas->setCellWidget(row, StripColumn, strip);
        }
        strip->setProbes(probes.probes, m_probes.timeoutMs);
        m_replicas->setItem(row, FailureColumn,
            item(failure ? tr("%1 at %2").arg(failure->error, timeText(failure->time))
                         : (probes.probes.isEmpty() ? QStringLiteral("—") : tr("none recently"))));
        // The newest change, when it is the state the pod shows (events can be ahead of a poll).
        if (!probes.changes.isEmpty() && probes.changes.constLast().health == replica.health) {
            const HealthChange &change = probes.changes.constLast();
            changes << tr("#%1 %2 since %3")
                           .arg(replica.index)
                           .arg(
                               HealthColors::label(change.health).toLower(), timeText(change.time));
        }
    }
    if (!m_probeError.isEmpty())
        m_changes->setText(tr("Could not load the probes: %1").arg(m_probeError));
    else if (replicas.isEmpty())
        m_changes->setText(tr("No replicas are running."));
    else
        m_changes->setText(changes.isEmpty()
                ? tr("Probed every %1 s; no health change recorded yet.")
                      .arg(QLocale().toString(m_probes.intervalMs / 1000.0))
                : tr("Probed every %1 s. Health: %2.")
                      .arg(QLocale().toString(m_probes.intervalMs / 1000.0),
                          changes.join(QStringLiteral("; "))));
}

QString PodDetailDialog::districtName(const QString &id) const
{
    for (const auto &district : m_controller->districts())
        if (district.id == id)
            return district.name.isEmpty() ? id : district.name;
    return id;
}

void PodDetailDialog::refreshDistricts()
{
    const auto served
        = m_routing ? m_routing->districtsServedBy(m_podId) : QList<QPair<QString, int>>();
    m_districts->setRowCount(int(served.size()));
    for (int row = 0; row < served.size(); ++row) {
        const auto &[id, share] = served.at(row);
        m_districts->setItem(row, 0, item(QStringLiteral("%1 (%2)").arg(districtName(id), id)));
        auto *shareItem = item(QStringLiteral("%1 %").arg(share));
        shareItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_districts->setItem(row, 1, shareItem);
    }
    const QStringList fallbacks
        = m_routing ? m_routing->districtsFallingBackTo(m_podId) : QStringList();
    if (!m_routing || !m_routing->hasTable())
        m_fallbacks->setText(tr("The routing table is not loaded yet."));
    else if (served.isEmpty() && fallbacks.isEmpty())
        m_fallbacks->setText(tr("No district sends it traffic or falls back to it."));
    else if (fallbacks.isEmpty())
        m_fallbacks->setText(tr("No other district falls back to it."));
    else {
        QStringList names;
        for (const QString &id : fallbacks)
            names << districtName(id);
        m_fallbacks->setText(
            tr("Fallback for %n more district(s): %1", nullptr, int(fallbacks.size()))
                .arg(names.join(QStringLiteral(", "))));
    }
}

void PodDetailDialog::refreshLoad()
{
    if (!m_capacity || m_capacity->lastUpdate().isNull()) {
        m_load->setText(tr("Not measured yet."));
        return;
    }
    const auto &pods = m_capacity->report().pods;
    const auto it = std::find_if(
        pods.cbegin(), pods.cend(), [this](const CapacityFigures &f) { return f.pod == m_podId; });
    if (it == pods.cend()) {
        m_load->setText(tr("Not measured yet."));
        return;
    }
    QString text = tr("%1 req/s of %2 (%3 % used, %4 req/s headroom)")
                       .arg(QLocale().toString(it->rps, 'f', 1))
                       .arg(QLocale().toString(it->capacityRps, 'f', 0))
                       .arg(QLocale().toString(it->utilization * 100, 'f', 0))
                       .arg(QLocale().toString(it->headroomRps, 'f', 1));
    if (it->p95Ms)
        text += QStringLiteral(" · ") + tr("p95 %1").arg(msText(*it->p95Ms));
    text += QStringLiteral(" · ")
        + tr("%1 % errors").arg(QLocale().toString(it->errorRate * 100, 'f', 1));
    if (!it->scrapeErrors.isEmpty())
        text += QStringLiteral("\n")
            + tr("Not measured: %1").arg(it->scrapeErrors.join(QStringLiteral("; ")));
    m_load->setText(text);
}

void PodDetailDialog::updateButtons()
{
    const bool usable = m_reachable && m_pod && !m_pod->deleting;
    for (QPushButton *b : {m_scale, m_drain, m_delete}) {
        b->setVisible(m_operable);
        b->setEnabled(usable);
    }
}
