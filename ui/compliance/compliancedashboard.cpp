#include "ui/compliance/compliancedashboard.h"

#include "models/compliance/capabilities.h"
#include "models/compliance/compliancecolors.h"
#include "models/compliance/compliancemonitor.h"
#include "models/compliance/compliancesummarymodel.h"
#include "models/compliance/movementlistmodel.h"
#include "models/compliance/replicationmodel.h"
#include "models/statusdot.h"
#include "ui/compliance/replicationpanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

// Regimes keep their fixed order; under each, districts in violation come first, and
// optionally only those.
class ViolationsFirstProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setOnlyViolations(bool only)
    {
        if (only == m_onlyViolations)
            return;
        m_onlyViolations = only;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        if (!m_onlyViolations || !sourceParent.isValid())
            return true;
        return sourceModel()
            ->index(sourceRow, 0, sourceParent)
            .data(ComplianceSummaryModel::IsViolatingRole)
            .toBool();
    }

    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        if (!left.parent().isValid())
            return left.row() < right.row();
        const int l = left.data(ComplianceSummaryModel::ViolatingRole).toInt();
        const int r = right.data(ComplianceSummaryModel::ViolatingRole).toInt();
        if (l != r)
            return l > r;
        return left.row() < right.row();
    }

private:
    bool m_onlyViolations = false;
};

void paintLabel(QLabel *label, const QColor &background, const QColor &text)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::Window, background);
    palette.setColor(QPalette::WindowText, text);
    label->setPalette(palette);
}

} // namespace

ComplianceDashboard::ComplianceDashboard(
    ComplianceMonitor *monitor, Capabilities *capabilities, QWidget *parent)
    : QWidget(parent)
    , m_monitor(monitor)
    , m_capabilities(capabilities)
    , m_sorted(new ViolationsFirstProxy(this))
    , m_banner(new QLabel(this))
    , m_detailLine(new QLabel(this))
    , m_legend(new QLabel(this))
    , m_picker(new QComboBox(this))
    , m_classPicker(new QComboBox(this))
    , m_audit(new QPushButton(tr("&Audit report…"), this))
    , m_migrate(new QPushButton(tr("&Migrate…"), this))
    // Alt+C stays the Compliance menu's.
    , m_consents(new QPushButton(tr("Co&nsents…"), this))
    , m_refresh(new QPushButton(tr("Re-audit"), this))
    , m_onlyViolations(new QCheckBox(tr("&Only districts in violation"), this))
    , m_noMovements(new QLabel(this))
    , m_tree(new QTreeView(this))
    , m_movements(new QTableView(this))
{
    setObjectName(QStringLiteral("complianceDashboard"));

    m_banner->setObjectName(QStringLiteral("complianceBanner"));
    m_banner->setWordWrap(true);
    m_banner->setAutoFillBackground(true);
    m_banner->setMargin(10);
    QFont bannerFont = m_banner->font();
    bannerFont.setPointSizeF(bannerFont.pointSizeF() * 1.25);
    bannerFont.setBold(true);
    m_banner->setFont(bannerFont);
    m_detailLine->setObjectName(QStringLiteral("complianceDetail"));
    m_detailLine->setWordWrap(true);
    m_detailLine->setTextFormat(Qt::RichText);
    m_legend->setObjectName(QStringLiteral("complianceMapLegend"));
    m_legend->setWordWrap(true);
    m_legend->hide();

    m_picker->setObjectName(QStringLiteral("complianceDistrictPicker"));
    m_picker->setPlaceholderText(tr("Choose a district…"));
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_picker->setMinimumContentsLength(28);
    m_picker->setMaxVisibleItems(20);
    m_picker->setToolTip(tr("The district shown on the map and used by the actions"));
    m_classPicker->setObjectName(QStringLiteral("complianceMapClass"));
    m_classPicker->setToolTip(tr("Which of the district's data the map shades"));
    m_classPicker->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_audit->setObjectName(QStringLiteral("complianceAuditButton"));
    m_migrate->setObjectName(QStringLiteral("complianceMigrateButton"));
    m_consents->setObjectName(QStringLiteral("complianceConsentsButton"));
    m_refresh->setToolTip(tr("Audit every district again"));

    auto *pickerRow = new QHBoxLayout;
    pickerRow->addWidget(new QLabel(tr("District:"), this));
    pickerRow->addWidget(m_picker, 1);
    pickerRow->addWidget(new QLabel(tr("Map shows:"), this));
    pickerRow->addWidget(m_classPicker);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_audit);
    buttonRow->addWidget(m_consents);
    buttonRow->addWidget(m_migrate);
    buttonRow->addStretch();
    buttonRow->addWidget(m_onlyViolations);
    buttonRow->addWidget(m_refresh);
    m_onlyViolations->setObjectName(QStringLiteral("complianceOnlyViolations"));
    m_onlyViolations->setToolTip(tr("Under each regime, list only the districts with violations"));
    m_onlyViolations->setChecked(true);

    m_sorted->setSourceModel(monitor->summaryModel());
    m_sorted->setDynamicSortFilter(true);
    static_cast<ViolationsFirstProxy *>(m_sorted)->setOnlyViolations(true);
    m_sorted->sort(0);
    m_tree->setObjectName(QStringLiteral("complianceTree"));
    m_tree->setModel(m_sorted);
    // Ctrl+3 and F6 land in the tree, where arrows pick a district and Enter opens its report.
    setFocusProxy(m_tree);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(false);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ComplianceSummaryModel::NameColumn, QHeaderView::Stretch);
    // The status sentence carries the point ("… violate"): it is never cut, the name column
    // gives way (its tooltip has the full name).
    header->setSectionResizeMode(
        ComplianceSummaryModel::StatusColumn, QHeaderView::ResizeToContents);
    header->setMinimumSectionSize(40);
    for (int c :
        {int(ComplianceSummaryModel::CompliantColumn), int(ComplianceSummaryModel::ViolatingColumn),
            int(ComplianceSummaryModel::ObjectsColumn)})
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);

    m_movements->setObjectName(QStringLiteral("complianceMovements"));
    m_movements->setModel(monitor->movementModel());
    m_movements->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_movements->setTabKeyNavigation(false); // Tab leaves the table; arrows move within it
    m_movements->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_movements->verticalHeader()->hide();
    m_movements->verticalHeader()->setDefaultSectionSize(m_movements->fontMetrics().height() + 6);
    auto *movementsHeader = m_movements->horizontalHeader();
    movementsHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    movementsHeader->setSectionResizeMode(MovementListModel::WhatColumn, QHeaderView::Stretch);

    auto *movementsBox = new QWidget(this);
    auto *movementsLayout = new QVBoxLayout(movementsBox);
    movementsLayout->setContentsMargins(0, 0, 0, 0);
    auto *movementsTitle = new QLabel(tr("<b>Recent cross-region movements</b>"), movementsBox);
    m_noMovements->setText(tr("No data has moved between regions recently."));
    m_noMovements->setObjectName(QStringLiteral("complianceNoMovements"));
    movementsLayout->addWidget(movementsTitle);
    movementsLayout->addWidget(m_noMovements);
    movementsLayout->addWidget(m_movements, 1);
    movementsLayout->addStretch(0);
    const auto updateMovements = [this] {
        const bool empty = !m_movements->model() || m_movements->model()->rowCount() == 0;
        m_noMovements->setVisible(empty);
        m_movements->setVisible(!empty);
    };
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(monitor->movementModel(), signal, this, updateMovements);
    updateMovements();
    // Under the tree, two views of data across regions: what moved, and the DR copies.
    m_replication = new ReplicationPanel(monitor->replicationModel(), this);
    auto *below = m_below = new QTabWidget(this);
    below->setObjectName(QStringLiteral("complianceBelowTabs"));
    below->setDocumentMode(true);
    below->addTab(movementsBox, tr("Movements"));
    below->addTab(m_replication, tr("Disaster recovery"));
    const auto updateDrTab = [this, below] {
        const int without = int(m_monitor->replicationModel()->districtsWithoutDr().size());
        below->setTabText(1,
            without == 0 ? tr("Disaster recovery")
                         : tr("Disaster recovery (%n without DR)", nullptr, without));
        below->setTabToolTip(1, m_monitor->replicationModel()->summary());
    };
    connect(monitor->replicationModel(), &QAbstractItemModel::modelReset, this, updateDrTab);
    connect(monitor->replicationModel(), &QAbstractItemModel::dataChanged, this, updateDrTab);
    updateDrTab();
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_tree);
    split->addWidget(below);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    // The DR table needs rows to be read (a remedy per row): opening its tab gives the lower
    // half at least as much room as the tree, once; the user's own splitter drags stand after.
    connect(below, &QTabWidget::currentChanged, split, [split](int index) {
        const QList<int> sizes = split->sizes();
        if (index == 1 && sizes.size() == 2 && sizes.at(1) < sizes.at(0)) {
            const int total = sizes.at(0) + sizes.at(1);
            split->setSizes({total / 2, total - total / 2});
        }
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_banner);
    layout->addWidget(m_detailLine);
    layout->addLayout(pickerRow);
    layout->addLayout(buttonRow);
    layout->addWidget(split, 1);
    // Below the tree: a legend appearing when a district is picked must not push the tree
    // down under the pointer mid double-click.
    layout->addWidget(m_legend);

    connect(monitor, &QObject::destroyed, this, [this] {
        m_sorted->setSourceModel(nullptr);
        m_movements->setModel(nullptr);
        m_replication->table()->setModel(nullptr);
    });
    auto *summary = monitor->summaryModel();
    connect(summary, &ComplianceSummaryModel::districtsChanged, this, [this] {
        rebuildPicker();
        updateBanner();
    });
    connect(
        summary, &ComplianceSummaryModel::districtStatusChanged, this, [this](const QString &id) {
            updatePickerItem(id);
            updateBanner();
            expandViolatingRegimes();
        });
    connect(monitor, &ComplianceMonitor::auditProgress, this, [this](int done, int total) {
        m_auditDone = done;
        m_auditTotal = total;
        updateBanner();
    });
    connect(monitor, &ComplianceMonitor::loadingChanged, this, [this] { updateBanner(); });
    connect(monitor, &ComplianceMonitor::chainVerified, this, [this] { updateBanner(); });
    connect(monitor, &ComplianceMonitor::errorOccurred, this, [this](const QString &message) {
        m_lastError = message;
        updateBanner();
    });

    connect(m_picker, &QComboBox::currentIndexChanged, this, [this] {
        updateClassPicker();
        emit currentDistrictChanged(currentDistrict());
    });
    connect(m_classPicker, &QComboBox::currentIndexChanged, this,
        [this] { emit mapDataClassChanged(mapDataClass()); });
    // The highlighted row and the District box are one choice: mouse or arrow keys alike.
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &index) {
            const auto id = index.data(ComplianceSummaryModel::DistrictIdRole).toString();
            if (!id.isEmpty())
                setCurrentDistrict(id);
        });
    // Enter or double-click: the district's audit report.
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const auto id = index.data(ComplianceSummaryModel::DistrictIdRole).toString();
        if (id.isEmpty())
            return;
        setCurrentDistrict(id);
        emit auditReportRequested(id);
    });
    connect(m_movements, &QTableView::activated, this, [this](const QModelIndex &index) {
        const auto id = index.data(MovementListModel::DistrictIdRole).toString();
        if (!id.isEmpty()) {
            setCurrentDistrict(id);
            emit auditReportRequested(id);
        }
    });
    connect(m_audit, &QPushButton::clicked, this,
        [this] { emit auditReportRequested(currentDistrict()); });
    connect(m_migrate, &QPushButton::clicked, this,
        [this] { emit migrationRequested(currentDistrict()); });
    connect(m_consents, &QPushButton::clicked, this,
        [this] { emit consentsRequested(currentDistrict()); });
    connect(m_refresh, &QPushButton::clicked, this, &ComplianceDashboard::refreshRequested);
    connect(m_onlyViolations, &QCheckBox::toggled, this, [this](bool only) {
        static_cast<ViolationsFirstProxy *>(m_sorted)->setOnlyViolations(only);
        if (only)
            m_tree->expandAll();
    });
    // With only violations listed, every regime can stay open: the list stays short. Expanding
    // from inside the proxy's rowsInserted (while the tree is still laying out the rows the
    // audits just added) left QTreeView with a stale copy of a regime row under a real X
    // server: "APAC privacy law" listed twice. So: once, after the model has settled.
    connect(m_sorted, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent) {
        if (!m_onlyViolations->isChecked() || !parent.isValid() || m_expandPending)
            return;
        m_expandPending = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_expandPending = false;
                if (m_onlyViolations->isChecked())
                    m_tree->expandAll();
            },
            Qt::QueuedConnection);
    });
    if (m_capabilities)
        connect(m_capabilities, &Capabilities::changed, this, [this] {
            applyCapabilities();
            updateBanner();
        });

    rebuildPicker();
    updateClassPicker();
    applyCapabilities();
    updateBanner();
}

ComplianceDashboard::~ComplianceDashboard() = default;

void ComplianceDashboard::showReplication()
{
    m_below->setCurrentWidget(m_replication);
}

QString ComplianceDashboard::currentDistrict() const
{
    return m_picker->currentData().toString();
}

void ComplianceDashboard::setCurrentDistrict(const QString &districtId)
{
    m_picker->setCurrentIndex(m_picker->findData(districtId));
}

QString ComplianceDashboard::mapDataClass() const
{
    return m_classPicker->currentData().toString();
}

QModelIndex ComplianceDashboard::viewIndexFor(int regime, const QString &districtId) const
{
    if (!m_monitor)
        return {};
    const auto source = m_monitor->summaryModel()->districtIndex(
        ComplianceSummaryModel::Regime(regime), districtId);
    return m_sorted->mapFromSource(source);
}

void ComplianceDashboard::setMapLegend(const QString &text)
{
    m_legend->setText(text);
    m_legend->setVisible(!text.isEmpty());
}

void ComplianceDashboard::rebuildPicker()
{
    if (!m_monitor)
        return;
    const auto current = currentDistrict();
    {
        const QSignalBlocker blocker(m_picker);
        m_picker->clear();
        for (const auto &d : m_monitor->summaryModel()->districts()) {
            m_picker->addItem(d.name, d.id);
            updatePickerItem(d.id);
        }
        m_picker->setCurrentIndex(m_picker->findData(current));
    }
    if (currentDistrict() != current) {
        updateClassPicker();
        emit currentDistrictChanged(currentDistrict());
    }
}

void ComplianceDashboard::updatePickerItem(const QString &districtId)
{
    if (!m_monitor)
        return;
    const int index = m_picker->findData(districtId);
    if (index < 0)
        return;
    const auto status = m_monitor->summaryModel()->districtStatus(districtId);
    const auto name = status.district.name.isEmpty() ? districtId : status.district.name;
    QString state;
    QColor color = ComplianceColors::neutral();
    if (!status.error.isEmpty()) {
        state = tr("audit failed");
        color = ComplianceColors::warning();
    } else if (!status.audited) {
        state = tr("not audited yet");
    } else if (status.total.violating > 0) {
        state = tr("%n violation(s)", nullptr, status.total.violating);
        color = ComplianceColors::violation();
    } else {
        state = tr("compliant");
        color = ComplianceColors::compliant();
    }
    m_picker->setItemText(index, tr("%1 (%2) — %3").arg(name, status.district.jurisdiction, state));
    m_picker->setItemIcon(index, StatusDot::icon(color));
}

void ComplianceDashboard::updateClassPicker()
{
    if (!m_monitor)
        return;
    const auto previous = mapDataClass();
    const QSignalBlocker blocker(m_classPicker);
    m_classPicker->clear();
    m_classPicker->addItem(tr("All regulated data"), QString());
    const auto status = m_monitor->summaryModel()->districtStatus(currentDistrict());
    for (const auto &cls : status.district.dataClasses)
        m_classPicker->addItem(ComplianceRegimes::dataClassLabel(cls), cls);
    const int index = m_classPicker->findData(previous);
    m_classPicker->setCurrentIndex(index >= 0 ? index : 0);
    m_classPicker->setEnabled(!currentDistrict().isEmpty());
    if (mapDataClass() != previous)
        emit mapDataClassChanged(mapDataClass());
}

void ComplianceDashboard::updateBanner()
{
    if (!m_monitor)
        return;
    const auto *summary = m_monitor->summaryModel();
    const int districts = int(summary->districts().size());
    const int audited = summary->auditedCount();
    const int violating = summary->violatingDistrictCount();
    const int violations = summary->violationCount();
    QString text;
    if (districts == 0) {
        text = tr("Waiting for the district list…");
        paintLabel(m_banner, ComplianceColors::neutralRow(), Qt::white);
    } else if (violating > 0) {
        // A fleet of one district is "this district", not a plural form of the count.
        text = (districts == 1 ? tr("This district keeps data where its policy forbids it")
                               : tr("%n of %1 districts keep(s) data where their policy forbids it",
                                   nullptr, violating)
                                     .arg(districts))
            + QStringLiteral(" — ") + tr("%n misplaced object(s).", nullptr, violations);
        paintLabel(m_banner, ComplianceColors::violationRow(), Qt::white);
    } else if (audited < districts) {
        text = tr("Auditing districts… %1 of %2 done, no violation so far.")
                   .arg(audited)
                   .arg(districts);
        paintLabel(m_banner, ComplianceColors::neutralRow(), Qt::white);
    } else {
        text = districts == 1
            ? tr("The district's data is where its policy allows.")
            : tr("All %1 districts' data is where their policies allow.").arg(districts);
        paintLabel(m_banner, ComplianceColors::compliantRow(), Qt::white);
    }
    m_banner->setText(text);

    QStringList parts;
    if (m_monitor->isLoading() && m_auditTotal > 0)
        parts.append(tr("auditing %1 of %2…").arg(m_auditDone).arg(m_auditTotal));
    else if (districts == 1)
        parts.append(audited ? tr("audited") : tr("not audited yet"));
    else if (districts > 0)
        parts.append(tr("%1 of %2 districts audited").arg(audited).arg(districts));
    if (violating > 0)
        parts.append(tr("double-click a district for its report and remedies"));
    if (const auto chain = m_monitor->chain()) {
        parts.append(chain->ok ? tr("<span style='color:%1'>audit chain intact (%2 records)</span>")
                                     .arg(ComplianceColors::compliant().name())
                                     .arg(chain->recordsChecked)
                               : tr("<b style='color:%1'>AUDIT CHAIN BROKEN at record %2 (%3)</b>")
                                     .arg(ComplianceColors::violation().name())
                                     .arg(chain->firstBadSeq)
                                     .arg(AuditVerifyResult::failureName(chain->failure)));
    }
    if (m_capabilities && m_capabilities->isKnown())
        parts.append(tr("signed in as %1").arg(Capabilities::roleName(m_capabilities->role())));
    QString detail = parts.join(QStringLiteral(" · "));
    if (!m_lastError.isEmpty() && !m_monitor->isLoading())
        detail += QStringLiteral("<br><span style='color:%1'>%2</span>")
                      .arg(ComplianceColors::warning().name(), m_lastError.toHtmlEscaped());
    m_detailLine->setText(detail);
}

void ComplianceDashboard::applyCapabilities()
{
    const bool operate = m_capabilities && m_capabilities->canOperate();
    m_migrate->setVisible(operate);
    m_consents->setToolTip(operate ? tr("Review, record and revoke the district's consents")
                                   : tr("Review the district's consents (read-only)"));
}

void ComplianceDashboard::expandViolatingRegimes()
{
    // Open regimes with violations (once); never close what the user opened.
    for (int row = 0; row < m_sorted->rowCount(); ++row) {
        const auto index = m_sorted->index(row, 0);
        const int regime = index.data(ComplianceSummaryModel::RegimeRole).toInt();
        if (index.data(ComplianceSummaryModel::IsViolatingRole).toBool()
            && !m_autoExpanded.contains(regime)) {
            m_autoExpanded.insert(regime);
            m_tree->expand(index);
        }
    }
}
