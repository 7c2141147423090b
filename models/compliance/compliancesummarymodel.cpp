#include "models/compliance/compliancesummarymodel.h"

#include "backend/core/residency/auditreport.h"
#include "models/compliance/compliancecolors.h"
#include "models/statusdot.h"

#include <QFont>
#include <QLocale>
#include <QSet>

namespace {

constexpr quintptr RegimeLevel = 0;

} // namespace

ComplianceSummaryModel::ComplianceSummaryModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    for (const auto regime : ComplianceRegimes::all())
        m_nodes.append(RegimeNode{regime, {}});
}

ComplianceSummaryModel::~ComplianceSummaryModel() = default;

int ComplianceSummaryModel::shownRegimeCount() const
{
    return int(m_nodes.size()) - (m_otherShown ? 0 : 1);
}

int ComplianceSummaryModel::regimeRowOf(Regime regime) const
{
    for (int i = 0; i < shownRegimeCount(); ++i) {
        if (m_nodes.at(i).regime == regime)
            return i;
    }
    return -1;
}

int ComplianceSummaryModel::districtOrder(const QString &id) const
{
    return int(m_order.indexOf(id));
}

void ComplianceSummaryModel::setDistricts(const QList<District> &districts)
{
    QSet<QString> wanted;
    for (const auto &d : districts)
        wanted.insert(d.id);
    const auto previous = m_order;
    for (const auto &id : previous) {
        if (wanted.contains(id))
            continue;
        m_status[id].byRegime.clear();
        for (int i = 0; i < m_nodes.size(); ++i)
            syncRegime(i, id);
        m_status.remove(id);
        m_order.removeAll(id);
    }
    syncOtherVisibility();
    QList<QString> order;
    for (const auto &d : districts) {
        order.append(d.id);
        auto it = m_status.find(d.id);
        if (it == m_status.end()) {
            DistrictStatus status;
            status.district = d;
            m_status.insert(d.id, status);
        } else if (it->district != d) {
            it->district = d;
            emit districtStatusChanged(d.id);
        }
    }
    m_order = order;
    emit districtsChanged();
}

void ComplianceSummaryModel::setReport(const AuditReport &report)
{
    const auto id = report.district.id;
    bool added = false;
    if (!m_status.contains(id)) {
        m_order.append(id);
        added = true;
    }
    auto &status = m_status[id];
    status.district = report.district;
    status.audited = true;
    status.generatedAt = report.generatedAt;
    status.error.clear();
    status.storeErrors = int(report.storeErrors.size());
    status.byRegime.clear();
    status.total = {};
    for (const auto &object : report.objects) {
        auto &c = status.byRegime[int(ComplianceRegimes::forVerdict(object.verdict))];
        (object.isViolation() ? c.violating : c.compliant) += 1;
        (object.isViolation() ? status.total.violating : status.total.compliant) += 1;
    }
    for (int i = 0; i < m_nodes.size(); ++i)
        syncRegime(i, id);
    syncOtherVisibility();
    if (added)
        emit districtsChanged();
    emit districtStatusChanged(id);
}

void ComplianceSummaryModel::setError(const QString &districtId, const QString &message)
{
    auto it = m_status.find(districtId);
    if (it == m_status.end())
        return;
    it->error = message;
    for (int i = 0; i < shownRegimeCount(); ++i) {
        const int row = int(m_nodes.at(i).districtIds.indexOf(districtId));
        if (row >= 0) {
            const auto parent = index(i, 0);
            emit dataChanged(index(row, 0, parent), index(row, ColumnCount - 1, parent));
        }
    }
    emit districtStatusChanged(districtId);
}

void ComplianceSummaryModel::syncRegime(int nodeIndex, const QString &districtId)
{
    auto &node = m_nodes[nodeIndex];
    const auto status = m_status.value(districtId);
    const bool hasData = status.byRegime.value(int(node.regime)).objects() > 0;
    const int pos = int(node.districtIds.indexOf(districtId));
    const bool shown = nodeIndex < shownRegimeCount();
    const QModelIndex parent = shown ? index(nodeIndex, 0) : QModelIndex();
    if (hasData && pos < 0) {
        const int order = districtOrder(districtId);
        int at = 0;
        while (at < node.districtIds.size() && districtOrder(node.districtIds.at(at)) < order)
            ++at;
        if (shown)
            beginInsertRows(parent, at, at);
        node.districtIds.insert(at, districtId);
        if (shown)
            endInsertRows();
    } else if (hasData) {
        if (shown)
            emit dataChanged(index(pos, 0, parent), index(pos, ColumnCount - 1, parent));
    } else if (pos >= 0) {
        if (shown)
            beginRemoveRows(parent, pos, pos);
        node.districtIds.removeAt(pos);
        if (shown)
            endRemoveRows();
    } else {
        return; // nothing of this district under this regime, before or now
    }
    if (shown)
        emit dataChanged(index(nodeIndex, 0), index(nodeIndex, ColumnCount - 1));
}

void ComplianceSummaryModel::syncOtherVisibility()
{
    const bool wanted = !m_nodes.last().districtIds.isEmpty();
    if (wanted == m_otherShown)
        return;
    const int row = int(m_nodes.size()) - 1;
    if (wanted) {
        beginInsertRows({}, row, row);
        m_otherShown = true;
        endInsertRows();
    } else {
        beginRemoveRows({}, row, row);
        m_otherShown = false;
        endRemoveRows();
    }
}

QList<District> ComplianceSummaryModel::districts() const
{
    QList<District> list;
    for (const auto &id : m_order)
        list.append(m_status.value(id).district);
    return list;
}

ComplianceSummaryModel::DistrictStatus ComplianceSummaryModel::districtStatus(
    const QString &districtId) const
{
    return m_status.value(districtId);
}

ComplianceSummaryModel::Counts ComplianceSummaryModel::regimeCounts(Regime regime) const
{
    Counts counts;
    for (const auto &node : m_nodes) {
        if (node.regime != regime)
            continue;
        for (const auto &id : node.districtIds) {
            const auto c = m_status.value(id).byRegime.value(int(regime));
            counts.compliant += c.compliant;
            counts.violating += c.violating;
        }
    }
    return counts;
}

int ComplianceSummaryModel::auditedCount() const
{
    return int(std::count_if(
        m_status.cbegin(), m_status.cend(), [](const DistrictStatus &s) { return s.audited; }));
}

int ComplianceSummaryModel::violatingDistrictCount() const
{
    return int(std::count_if(m_status.cbegin(), m_status.cend(),
        [](const DistrictStatus &s) { return s.total.violating > 0; }));
}

int ComplianceSummaryModel::violationCount() const
{
    int total = 0;
    for (const auto &s : m_status)
        total += s.total.violating;
    return total;
}

QModelIndex ComplianceSummaryModel::regimeIndex(Regime regime, int column) const
{
    const int row = regimeRowOf(regime);
    return row < 0 ? QModelIndex() : index(row, column);
}

QModelIndex ComplianceSummaryModel::districtIndex(
    Regime regime, const QString &districtId, int column) const
{
    const int row = regimeRowOf(regime);
    if (row < 0)
        return {};
    const int child = int(m_nodes.at(row).districtIds.indexOf(districtId));
    return child < 0 ? QModelIndex() : index(child, column, index(row, 0));
}

QModelIndex ComplianceSummaryModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < shownRegimeCount() ? createIndex(row, column, RegimeLevel) : QModelIndex();
    if (parent.internalId() != RegimeLevel || parent.row() >= shownRegimeCount())
        return {};
    const auto &node = m_nodes.at(parent.row());
    return row < node.districtIds.size() ? createIndex(row, column, quintptr(parent.row() + 1))
                                         : QModelIndex();
}

QModelIndex ComplianceSummaryModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == RegimeLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, RegimeLevel);
}

int ComplianceSummaryModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return shownRegimeCount();
    if (parent.column() != 0 || parent.internalId() != RegimeLevel)
        return 0;
    return int(m_nodes.at(parent.row()).districtIds.size());
}

int ComplianceSummaryModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ComplianceSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == RegimeLevel)
        return regimeData(m_nodes.at(index.row()), index.column(), role);
    const auto &node = m_nodes.at(int(index.internalId() - 1));
    const auto it = m_status.constFind(node.districtIds.at(index.row()));
    if (it == m_status.cend())
        return {};
    return districtData(node, *it, index.column(), role);
}

QVariant ComplianceSummaryModel::regimeData(const RegimeNode &node, int column, int role) const
{
    const Counts counts = regimeCounts(node.regime);
    int violatingDistricts = 0;
    for (const auto &id : node.districtIds)
        violatingDistricts += m_status.value(id).byRegime.value(int(node.regime)).violating > 0;
    const int districts = int(node.districtIds.size());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(column)) {
        case NameColumn:
            return ComplianceRegimes::shortName(node.regime);
        case StatusColumn:
            if (districts == 0)
                return tr("No data");
            // One district is a different sentence ("its district"), not a plural form.
            if (violatingDistricts == 0)
                return districts == 1 ? tr("Its district is compliant")
                                      : tr("All %n district(s) compliant", nullptr, districts);
            return districts == 1
                ? tr("Its district violates")
                : tr("%1 of %n district(s) violate", nullptr, districts).arg(violatingDistricts);
        case CompliantColumn:
            return counts.compliant;
        case ViolatingColumn:
            return counts.violating;
        case ObjectsColumn:
            return counts.objects();
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        return ComplianceRegimes::displayName(node.regime) + QLatin1Char('\n')
            + regimeData(node, StatusColumn, Qt::DisplayRole).toString() + QLatin1Char('\n')
            + ComplianceRegimes::description(node.regime);
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::BackgroundRole:
        if (districts == 0)
            return ComplianceColors::neutralRow();
        return counts.violating > 0 ? ComplianceColors::violationRow()
                                    : ComplianceColors::compliantRow();
    case Qt::ForegroundRole:
        return QColor(Qt::white);
    case Qt::DecorationRole:
        if (column != NameColumn)
            return {};
        if (districts == 0)
            return StatusDot::icon(ComplianceColors::neutral());
        return StatusDot::icon(
            counts.violating > 0 ? ComplianceColors::violation() : ComplianceColors::compliant());
    case Qt::TextAlignmentRole:
        return column >= CompliantColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                         : QVariant();
    case KindRole:
        return QStringLiteral("regime");
    case RegimeRole:
        return int(node.regime);
    case CompliantRole:
        return counts.compliant;
    case ViolatingRole:
        return counts.violating;
    case ObjectsRole:
        return counts.objects();
    case IsViolatingRole:
        return counts.violating > 0;
    default:
        return {};
    }
}

QVariant ComplianceSummaryModel::districtData(
    const RegimeNode &node, const DistrictStatus &status, int column, int role) const
{
    const Counts counts = status.byRegime.value(int(node.regime));
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(column)) {
        case NameColumn:
            return status.district.name.isEmpty() ? status.district.id : status.district.name;
        case StatusColumn:
            if (!status.error.isEmpty())
                return tr("Audit failed");
            return counts.violating > 0 ? tr("%n violation(s)", nullptr, counts.violating)
                                        : tr("Compliant");
        case CompliantColumn:
            return counts.compliant;
        case ViolatingColumn:
            return counts.violating;
        case ObjectsColumn:
            return counts.objects();
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole: {
        QString tip
            = tr("%1 (%2, %3)")
                  .arg(status.district.name, status.district.id, status.district.jurisdiction);
        if (status.generatedAt.isValid())
            tip += QLatin1Char('\n')
                + tr("Audited %1")
                      .arg(QLocale().toString(
                          status.generatedAt.toLocalTime(), QLocale::ShortFormat));
        if (!status.error.isEmpty())
            tip += QLatin1Char('\n') + tr("Last audit failed: %1").arg(status.error);
        tip += QLatin1Char('\n') + tr("Double-click for the audit report.");
        return tip;
    }
    case Qt::BackgroundRole:
        return counts.violating > 0 ? ComplianceColors::violationRow()
                                    : ComplianceColors::compliantRow();
    case Qt::ForegroundRole:
        if (column == StatusColumn && !status.error.isEmpty())
            return ComplianceColors::warning();
        return QColor(Qt::white);
    case Qt::DecorationRole:
        if (column != NameColumn)
            return {};
        return StatusDot::icon(
            counts.violating > 0 ? ComplianceColors::violation() : ComplianceColors::compliant());
    case Qt::FontRole:
        if (column == StatusColumn && counts.violating > 0) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        return column >= CompliantColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                         : QVariant();
    case KindRole:
        return QStringLiteral("district");
    case RegimeRole:
        return int(node.regime);
    case DistrictIdRole:
        return status.district.id;
    case CompliantRole:
        return counts.compliant;
    case ViolatingRole:
        return counts.violating;
    case ObjectsRole:
        return counts.objects();
    case IsViolatingRole:
        return counts.violating > 0;
    case JurisdictionRole:
        return status.district.jurisdiction;
    default:
        return {};
    }
}

QString ComplianceSummaryModel::columnHelp(Column column)
{
    switch (column) {
    case NameColumn:
        return tr("The law or rule set (FERPA and state rules, GDPR, Canadian provincial law, "
                  "APAC privacy law, COPPA) and, under it, each district it applies to. "
                  "Double-click a district, or press Enter, for its audit report.");
    case StatusColumn:
        return tr("Whether every object the district keeps sits where its policy allows. A "
                  "regime's row counts its districts in violation.");
    case CompliantColumn:
        return tr("Objects stored in a place the district's policy allows, on its own or "
                  "through a recorded consent.");
    case ViolatingColumn:
        return tr("Objects stored where the district's policy forbids. Each needs a migration "
                  "or a consent; the audit report names the rule and the remedy.");
    case ObjectsColumn:
        return tr("Every object of the district's regulated data classes that the audit found, "
                  "in every region's store.");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ComplianceSummaryModel::headerData(
    int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && (role == Qt::WhatsThisRole || role == Qt::ToolTipRole))
        return columnHelp(Column(section));
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn:
        return tr("Regime / district");
    case StatusColumn:
        return tr("Status");
    case CompliantColumn:
        return tr("Compliant");
    case ViolatingColumn:
        return tr("Violating");
    case ObjectsColumn:
        return tr("Objects");
    case ColumnCount:
        break;
    }
    return {};
}
