#include "models/podfilterproxymodel.h"

#include "models/podtablemodel.h"

namespace {

// Natural order ("edge-2" < "edge-10"), case-insensitive. QCollator's numeric mode would do
// this, but it is ignored in the C locale that services and CI machines often run in.
int naturalCompare(const QString &a, const QString &b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a.at(i).isDigit() && b.at(j).isDigit()) {
            qsizetype ei = i;
            qsizetype ej = j;
            while (ei < a.size() && a.at(ei).isDigit())
                ++ei;
            while (ej < b.size() && b.at(ej).isDigit())
                ++ej;
            // Compare digit runs by value: strip leading zeros, then by length, then digits.
            QStringView da = QStringView(a).mid(i, ei - i);
            QStringView db = QStringView(b).mid(j, ej - j);
            while (da.size() > 1 && da.front() == QLatin1Char('0'))
                da = da.mid(1);
            while (db.size() > 1 && db.front() == QLatin1Char('0'))
                db = db.mid(1);
            if (da.size() != db.size())
                return da.size() < db.size() ? -1 : 1;
            if (const int order = da.compare(db); order != 0)
                return order;
            i = ei;
            j = ej;
            continue;
        }
        const QChar ca = a.at(i).toCaseFolded();
        const QChar cb = b.at(j).toCaseFolded();
        if (ca != cb)
            return ca < cb ? -1 : 1;
        ++i;
        ++j;
    }
    if (i < a.size())
        return 1;
    return j < b.size() ? -1 : 0;
}

} // namespace

PodFilterProxyModel::PodFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(PodTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    // Health and replica changes must re-sort and re-filter the rows they touch.
    setDynamicSortFilter(true);
}

void PodFilterProxyModel::setRegionFilter(const QString &regionId)
{
    if (m_region == regionId)
        return;
    m_region = regionId;
    invalidateFilter();
}

void PodFilterProxyModel::setTypeFilter(std::optional<PodType> type)
{
    if (m_type == type)
        return;
    m_type = type;
    invalidateFilter();
}

void PodFilterProxyModel::setHealthFilter(std::optional<HealthState> health)
{
    if (m_health == health)
        return;
    m_health = health;
    invalidateFilter();
}

void PodFilterProxyModel::setSearchText(const QString &text)
{
    if (m_search == text)
        return;
    m_search = text;
    m_searchWords = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

void PodFilterProxyModel::clearFilters()
{
    m_region.clear();
    m_type.reset();
    m_health.reset();
    m_search.clear();
    m_searchWords.clear();
    invalidateFilter();
}

bool PodFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_region.isEmpty() && index.data(PodTableModel::RegionRole).toString() != m_region)
        return false;
    if (m_type && index.data(PodTableModel::TypeRole).toString() != podTypeName(*m_type))
        return false;
    if (m_health && index.data(PodTableModel::HealthRole).toInt() != int(*m_health))
        return false;
    if (!m_searchWords.isEmpty()) {
        const QString haystack = index.data(PodTableModel::SearchTextRole).toString();
        for (const auto &word : m_searchWords) {
            if (!haystack.contains(word))
                return false;
        }
    }
    return true;
}

bool PodFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::Int && b.typeId() == QMetaType::Int) {
        if (a.toInt() != b.toInt())
            return a.toInt() < b.toInt();
    } else {
        const int order = naturalCompare(a.toString(), b.toString());
        if (order != 0)
            return order < 0;
    }
    const auto idOf = [](const QModelIndex &index) {
        return index.siblingAtColumn(PodTableModel::PodColumn)
            .data(PodTableModel::PodIdRole)
            .toString();
    };
    return idOf(left) < idOf(right);
}
