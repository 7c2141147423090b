#include "ui/podspanel.h"

#include "models/healthcolors.h"
#include "models/podfilterproxymodel.h"
#include "models/podtablemodel.h"
#include "models/regionlistmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

PodsPanel::PodsPanel(PodTableModel *pods, RegionListModel *regions, QWidget *parent)
    : QWidget(parent)
    , m_pods(pods)
    , m_regions(regions)
    , m_proxy(new PodFilterProxyModel(this))
    , m_region(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_health(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
{
    m_proxy->setSourceModel(m_pods);

    m_region->setAccessibleName(tr("Region filter"));
    m_region->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_type->setAccessibleName(tr("Type filter"));
    m_type->addItem(tr("All types"));
    for (auto type : {PodType::Primary, PodType::Edge, PodType::Backup, PodType::Compliance})
        m_type->addItem(PodTableModel::typeLabel(type), podTypeName(type));
    m_health->setAccessibleName(tr("Health filter"));
    m_health->addItem(tr("Any health"));
    for (auto health :
        {HealthState::Healthy, HealthState::Degraded, HealthState::Unhealthy, HealthState::Unknown})
        m_health->addItem(HealthColors::dot(health), HealthColors::label(health), int(health));
    m_search->setPlaceholderText(tr("Search pods (id, region, model, jurisdiction)…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search pods"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    rebuildRegionCombo();

    // Connected before the view's own handler (signals run in connection order), which moves
    // the selection to a neighbour: this one still sees the row that is going.
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeRemoved, this,
        [this](const QModelIndex &, int first, int last) {
            const auto rows = m_table->selectionModel()->selectedRows();
            m_selectedRowRemoved
                = !rows.isEmpty() && rows.first().row() >= first && rows.first().row() <= last;
        });
    m_table->setModel(m_proxy);
    setFocusProxy(m_table); // Ctrl+1 lands in the table: arrows pick a pod, Enter opens it
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PodTableModel::PodColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move within it
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setIconSize(QSize(12, 12));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Pods"));

    auto *filters = new QHBoxLayout;
    filters->setSpacing(6);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_region);
    filters->addWidget(m_type);
    filters->addWidget(m_health);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);

    connect(m_search, &QLineEdit::textChanged, this, &PodsPanel::applyFilters);
    for (auto *combo : {m_region, m_type, m_health})
        connect(combo, &QComboBox::currentIndexChanged, this, &PodsPanel::applyFilters);
    connect(m_regions, &QAbstractItemModel::rowsInserted, this, &PodsPanel::rebuildRegionCombo);
    connect(m_regions, &QAbstractItemModel::rowsRemoved, this, &PodsPanel::rebuildRegionCombo);
    connect(m_regions, &QAbstractItemModel::dataChanged, this, &PodsPanel::rebuildRegionCombo);
    connect(m_regions, &QAbstractItemModel::modelReset, this, &PodsPanel::rebuildRegionCombo);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &PodsPanel::onSelectionChanged);
    // When the selected row goes (deleted, or filtered out) the view would select its
    // neighbour; an operator pressing Del twice must not hit a pod they never chose.
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (std::exchange(m_selectedRowRemoved, false)) {
            m_table->selectionModel()->clearSelection();
            m_table->selectionModel()->setCurrentIndex({}, QItemSelectionModel::NoUpdate);
        }
        onSelectionChanged();
    });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &PodsPanel::onSelectionChanged);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &PodsPanel::updateCountLabel);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &PodsPanel::updateCountLabel);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &PodsPanel::updateCountLabel);
    // The total moves with pods the filter hides too (one deleted while "2 of 19" were shown).
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_pods, signal, this, &PodsPanel::updateCountLabel);
    connect(m_pods, &QAbstractItemModel::modelReset, this, &PodsPanel::updateCountLabel);
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        emit podActivated(index.data(PodTableModel::PodIdRole).toString());
    });
    updateCountLabel();
}

void PodsPanel::rebuildRegionCombo()
{
    const QString current = m_region->currentData().toString();
    const QSignalBlocker blocker(m_region);
    m_region->clear();
    m_region->addItem(tr("All regions"));
    for (const auto &region : m_regions->regions())
        m_region->addItem(region.name, region.id);
    const int index = m_region->findData(current);
    m_region->setCurrentIndex(index < 0 ? 0 : index);
    if (index < 0 && !current.isEmpty())
        applyFilters(); // the filtered region vanished
}

void PodsPanel::applyFilters()
{
    m_proxy->setRegionFilter(m_region->currentData().toString());
    const auto typeName = m_type->currentData().toString();
    m_proxy->setTypeFilter(typeName.isEmpty() ? std::nullopt : podTypeFromName(typeName));
    const auto health = m_health->currentData();
    m_proxy->setHealthFilter(
        health.isValid() ? std::optional(HealthState(health.toInt())) : std::nullopt);
    m_proxy->setSearchText(m_search->text());
    updateCountLabel();
}

void PodsPanel::updateCountLabel()
{
    const int shown = m_proxy->rowCount();
    const int total = m_pods->rowCount();
    m_count->setText(shown == total ? tr("%1 pods").arg(total)
                                    : tr("%1 of %2 pods shown").arg(shown).arg(total));
}

void PodsPanel::selectPod(const QString &podId)
{
    if (podId == currentPodId())
        return;
    const int sourceRow = m_pods->rowOf(podId);
    const QModelIndex proxyIndex
        = sourceRow < 0 ? QModelIndex() : m_proxy->mapFromSource(m_pods->index(sourceRow, 0));
    if (!proxyIndex.isValid()) {
        m_table->selectionModel()->clearSelection();
        return;
    }
    m_table->selectionModel()->setCurrentIndex(
        proxyIndex, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(proxyIndex);
}

QString PodsPanel::currentPodId() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return rows.first().data(PodTableModel::PodIdRole).toString();
}

void PodsPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void PodsPanel::onSelectionChanged()
{
    if (m_selectedRowRemoved)
        return; // transient: the view's pick of a neighbour, cleared once the rows are gone
    const QString id = currentPodId();
    if (id == m_lastEmitted)
        return;
    m_lastEmitted = id;
    emit currentPodChanged(id);
}
