#include "ui/routing/routingexplorer.h"

#include "models/routing/routestate.h"
#include "models/routing/routingmonitor.h"
#include "ui/wraplabel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QTableWidget *makeExplorerTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setTabKeyNavigation(false); // Tab leaves the table; arrows move within
    table->setWordWrap(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(int(headers.size()) - 1, QHeaderView::Stretch);
    return table;
}

QTableWidgetItem *explorerItem(const QString &text, const QString &tooltip = {})
{
    auto *cell = new QTableWidgetItem(text);
    cell->setToolTip(tooltip.isEmpty() ? text : tooltip);
    return cell;
}

// The form's short lines (traffic, fallbacks, override) must never lose a line: they ask for
// the height they need. The explanation below can be long, and is last: it takes what is left.
QLabel *wrapping(QWidget *parent, bool keepEveryLine = true)
{
    QLabel *label = keepEveryLine ? new WrapLabel(parent) : new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

RoutingExplorer::RoutingExplorer(RoutingMonitor *monitor, QWidget *parent)
    : QWidget(parent)
    , m_monitor(monitor)
    , m_picker(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_fixes(wrapping(this))
    , m_split(makeExplorerTable({tr("Pod"), tr("Share")}, this))
    , m_fallbacks(wrapping(this))
    , m_excluded(makeExplorerTable({tr("Pod"), tr("Region"), tr("Why it takes no traffic")}, this))
    , m_explanation(wrapping(this, false))
    , m_override(wrapping(this))
    , m_traffic(wrapping(this))
    , m_overrideButton(new QPushButton(tr("Overri&de…"), this))
    , m_removeButton(new QPushButton(tr("Remove Overrid&e"), this))
    , m_drainButton(new QPushButton(tr("Dra&in Pod…"), this))
{
    setObjectName(QStringLiteral("routingExplorer"));
    m_picker->setObjectName(QStringLiteral("routingDistrictPicker"));
    setFocusProxy(m_picker); // Ctrl+4 lands on the district picker
    m_picker->setEditable(true);
    m_picker->setInsertPolicy(QComboBox::NoInsert);
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_picker->setMinimumContentsLength(18);
    m_picker->lineEdit()->setPlaceholderText(tr("Choose a district…"));
    m_status->setWordWrap(true);
    m_status->setAutoFillBackground(true);
    m_status->setMargin(6);
    m_status->setMinimumHeight(m_status->fontMetrics().height() * 2 + 12); // no jumping
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);
    m_fixes->setObjectName(QStringLiteral("routingFixes"));
    m_split->setObjectName(QStringLiteral("routingSplit"));
    m_excluded->setObjectName(QStringLiteral("routingExcluded"));
    m_traffic->setObjectName(QStringLiteral("routingTraffic"));
    m_split->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    // Its rows scroll: it takes what room there is, and never pushes the docks below it.
    m_excluded->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    m_excluded->setMinimumHeight(m_excluded->verticalHeader()->defaultSectionSize() * 2);

    auto *pickRow = new QHBoxLayout;
    auto *pickLabel = new QLabel(tr("Dis&trict:"), this);
    pickLabel->setBuddy(m_picker);
    pickRow->addWidget(pickLabel);
    pickRow->addWidget(m_picker, 1);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Traffic:"), m_traffic);
    form->addRow(tr("Fallbacks:"), m_fallbacks);
    form->addRow(tr("Override:"), m_override);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_overrideButton);
    buttons->addWidget(m_removeButton);
    buttons->addWidget(m_drainButton);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    // Tight rows: at 1280×720 the whole decision fits above the docks below, in every language.
    layout->setSpacing(4);
    form->setVerticalSpacing(2);
    layout->addLayout(pickRow);
    layout->addWidget(m_status);
    layout->addWidget(m_fixes);
    layout->addWidget(new QLabel(tr("Split over pods"), this));
    layout->addWidget(m_split);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(new QLabel(tr("Pods that take none of its traffic"), this));
    layout->addWidget(m_excluded, 1);
    layout->addWidget(m_explanation);

    connect(m_picker, &QComboBox::currentIndexChanged, this, [this] {
        refresh();
        emit currentDistrictChanged(currentDistrict());
    });
    connect(m_monitor, &RoutingMonitor::tableChanged, this, [this](const QStringList &changed) {
        if (changed.contains(currentDistrict()))
            refresh();
    });
    connect(m_monitor, &RoutingMonitor::overridesChanged, this, &RoutingExplorer::refresh);
    connect(m_overrideButton, &QPushButton::clicked, this,
        [this] { emit overrideRequested(currentDistrict()); });
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        if (const auto d = m_monitor->decision(currentDistrict()); d && !d->overrideId.isEmpty())
            emit removeOverrideRequested(d->overrideId);
    });
    connect(m_drainButton, &QPushButton::clicked, this, [this] {
        if (const auto d = m_monitor->decision(currentDistrict()); d && !d->pod.isEmpty())
            emit drainRequested(d->pod);
    });
    refresh();
}

RoutingExplorer::~RoutingExplorer() = default;

void RoutingExplorer::setDistricts(const QList<District> &districts)
{
    const QString current = currentDistrict();
    const QSignalBlocker block(m_picker);
    m_picker->clear();
    m_names.clear();
    for (const District &d : districts) {
        const QString name = d.name.isEmpty() ? d.id : d.name;
        m_names.insert(d.id, name);
        m_picker->addItem(QStringLiteral("%1 (%2)").arg(name, d.id), d.id);
    }
    m_picker->setCurrentIndex(m_picker->findData(current));
    refresh();
}

void RoutingExplorer::setTraffic(const QList<DistrictTraffic> &traffic)
{
    m_trafficByDistrict.clear();
    for (const auto &t : traffic)
        m_trafficByDistrict.insert(t.district, t);
    refreshTraffic();
}

QString RoutingExplorer::currentDistrict() const
{
    return m_picker->currentData().toString();
}

void RoutingExplorer::setCurrentDistrict(const QString &districtId)
{
    if (districtId == currentDistrict())
        return;
    m_picker->setCurrentIndex(m_picker->findData(districtId)); // -1 clears
}

void RoutingExplorer::setOperatorActionsVisible(bool visible)
{
    m_operator = visible;
    updateButtons();
}

void RoutingExplorer::setDaemonReachable(bool reachable)
{
    m_reachable = reachable;
    updateButtons();
}

void RoutingExplorer::refresh()
{
    const QString id = currentDistrict();
    const auto decision = id.isEmpty() ? std::nullopt : m_monitor->decision(id);
    const RouteState::Kind kind = decision ? RouteState::of(*decision) : RouteState::Kind::Unknown;
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::Window,
        RouteState::color(kind).darker(kind == RouteState::Kind::Unknown ? 260 : 190));
    palette.setColor(QPalette::WindowText, Qt::white);
    m_status->setPalette(palette);
    m_status->setText(id.isEmpty() ? tr("Choose a district to see where its traffic goes and why.")
            : decision             ? RouteState::summary(*decision)
                                   : tr("%1 is not in the routing table yet.").arg(id));
    m_status->setToolTip(m_status->text());

    m_fixes->setVisible(decision && decision->failClosed);
    if (decision && decision->failClosed)
        m_fixes->setText(decision->fixes.isEmpty()
                ? tr("Nothing the console can suggest: restore a pod its policy allows.")
                : tr("What would fix it: %1").arg(decision->fixes.join(QStringLiteral("; "))));

    m_split->setRowCount(0);
    m_excluded->setRowCount(0);
    if (decision) {
        for (const auto &w : decision->weights) {
            const int row = m_split->rowCount();
            m_split->insertRow(row);
            m_split->setItem(row, 0, explorerItem(w.pod));
            m_split->setItem(row, 1, explorerItem(QStringLiteral("%1 %").arg(w.weight)));
        }
        // What is out for a state (failed, draining, full) matters most: before the pods its
        // policy never allows.
        QList<RouteDecision::Exclusion> excluded;
        for (const auto &e : decision->excluded)
            if (e.reason != u"residency")
                excluded.append(e);
        for (const auto &e : decision->excluded)
            if (e.reason == u"residency")
                excluded.append(e);
        for (const auto &e : std::as_const(excluded)) {
            const int row = m_excluded->rowCount();
            m_excluded->insertRow(row);
            m_excluded->setItem(row, 0, explorerItem(e.pod));
            m_excluded->setItem(row, 1, explorerItem(e.region));
            m_excluded->setItem(row, 2,
                explorerItem(
                    RouteState::exclusionText(e), e.detail.isEmpty() ? QString() : e.detail));
        }
    }
    // As tall as its rows (a split has one to a few pods), so the exclusions get the room.
    const int rows = std::clamp(m_split->rowCount(), 1, 4);
    m_split->setFixedHeight(m_split->horizontalHeader()->sizeHint().height()
        + rows * m_split->verticalHeader()->defaultSectionSize() + 2 * m_split->frameWidth());
    m_fallbacks->setText(!decision          ? QStringLiteral("—")
            : decision->fallbacks.isEmpty() ? tr("none: no other pod its policy allows")
                                            : decision->fallbacks.join(QStringLiteral(" → ")));
    m_explanation->setText(decision ? decision->explanation.join(QLatin1Char('\n')) : QString());

    const auto override = id.isEmpty() ? std::nullopt : m_monitor->overrideFor(id);
    if (override)
        m_override->setText(
            tr("%1 pinned to %2 by %3 until %4: “%5”")
                .arg(override->id, override->targetText(), override->actor,
                    QLocale().toString(override->expires.toLocalTime(), QLocale::ShortFormat),
                    override->reason));
    else
        m_override->setText(decision && !decision->overrideId.isEmpty()
                ? tr("%1 (loading…)").arg(decision->overrideId)
                : tr("none"));
    refreshTraffic();
    updateButtons();
}

void RoutingExplorer::refreshTraffic()
{
    const auto it = m_trafficByDistrict.constFind(currentDistrict());
    if (it == m_trafficByDistrict.cend()) {
        m_traffic->setText(tr("not measured (the demo's synthetic clients are off)"));
        return;
    }
    const QLocale locale;
    QString text = tr("%1 req/s (school day: %2) · %3 sent · %4 failed · %5 slow")
                       .arg(locale.toString(it->rps, 'f', 1),
                           locale.toString(it->targetRps, 'f', 1), locale.toString(it->sent),
                           locale.toString(it->failed), locale.toString(it->slow));
    if (it->unserved > 0)
        text += tr(" · %1 unserved").arg(locale.toString(it->unserved));
    m_traffic->setText(text);
    QString tip = tr("Measured from the demo's synthetic clients: requests sent over the last "
                     "10 s, what the district's school day asks for now, and since the daemon "
                     "started: sent, failed (error, timeout or refused), slow (over 250 ms) and "
                     "unserved (not sent while it failed closed).");
    if (!it->lastError.isEmpty())
        tip += QLatin1Char('\n') + tr("Last failure: %1").arg(it->lastError);
    m_traffic->setToolTip(tip);
}

void RoutingExplorer::updateButtons()
{
    const auto decision = m_monitor->decision(currentDistrict());
    for (QPushButton *b : {m_overrideButton, m_removeButton, m_drainButton})
        b->setVisible(m_operator);
    m_overrideButton->setEnabled(m_reachable && decision.has_value());
    m_removeButton->setEnabled(m_reachable && decision && !decision->overrideId.isEmpty());
    m_drainButton->setEnabled(m_reachable && decision && !decision->pod.isEmpty());
}
