#include "models/compliance/replicationmodel.h"

#include "models/compliance/compliancecolors.h"

#include <QLocale>

#include <algorithm>

ReplicationModel::ReplicationModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

ReplicationModel::~ReplicationModel() = default;

bool ReplicationModel::behind(const ReplicationEntry &e) const
{
    return !e.targetRegion.isEmpty() && e.lagS > m_status.lagTargetS;
}

void ReplicationModel::setStatus(const ReplicationStatus &status)
{
    ReplicationStatus sorted = status;
    std::stable_sort(sorted.entries.begin(), sorted.entries.end(),
        [](const ReplicationEntry &a, const ReplicationEntry &b) {
            const bool aNone = a.targetRegion.isEmpty();
            const bool bNone = b.targetRegion.isEmpty();
            if (aNone != bNone)
                return aNone;
            if (a.lagS != b.lagS)
                return a.lagS > b.lagS;
            if (a.district != b.district)
                return a.district < b.district;
            if (a.dataClass != b.dataClass)
                return a.dataClass < b.dataClass;
            return a.sourceRegion < b.sourceRegion;
        });
    const auto sameRows = [&] {
        if (sorted.entries.size() != m_status.entries.size())
            return false;
        for (qsizetype i = 0; i < sorted.entries.size(); ++i) {
            const auto &a = sorted.entries.at(i);
            const auto &b = m_status.entries.at(i);
            if (a.district != b.district || a.dataClass != b.dataClass
                || a.sourceRegion != b.sourceRegion)
                return false;
        }
        return true;
    };
    if (sameRows()) {
        m_status = std::move(sorted);
        if (!m_status.entries.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_status = std::move(sorted);
    endResetModel();
}

QStringList ReplicationModel::districtsWithoutDr() const
{
    QStringList ids;
    for (const ReplicationEntry &e : m_status.entries)
        if (e.targetRegion.isEmpty() && !ids.contains(e.district))
            ids.append(e.district);
    return ids;
}

QString ReplicationModel::summary() const
{
    if (!m_status.scannedAt)
        return tr("Disaster recovery: the daemon has not finished its first scan yet.");
    qint64 backlog = 0;
    qint64 worst = 0;
    int copied = 0;
    int late = 0;
    for (const ReplicationEntry &e : m_status.entries) {
        backlog += e.backlogObjects;
        worst = std::max(worst, e.lagS);
        copied += e.targetRegion.isEmpty() ? 0 : 1;
        late += behind(e) ? 1 : 0;
    }
    const int without = int(districtsWithoutDr().size());
    QString text = tr("%n district(s) hold data with no allowed DR place.", nullptr, without);
    text += QLatin1Char(' ')
        + tr("%1 of %2 data sets have a DR copy; %n object(s) pending, the oldest %3 s behind "
             "(target %4 s).",
            nullptr, int(std::min<qint64>(backlog, std::numeric_limits<int>::max())))
              .arg(copied)
              .arg(m_status.entries.size())
              .arg(worst)
              .arg(m_status.lagTargetS);
    if (late > 0)
        text += QLatin1Char(' ') + tr("%n data set(s) behind their lag target.", nullptr, late);
    return text;
}

int ReplicationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_status.entries.size());
}

int ReplicationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReplicationModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_status.entries.size())
        return {};
    const ReplicationEntry &e = m_status.entries.at(index.row());
    const bool none = e.targetRegion.isEmpty();
    switch (role) {
    case NoTargetRole:
        return none;
    case BehindRole:
        return behind(e);
    case DistrictIdRole:
        return e.district;
    case Qt::BackgroundRole:
        if (none)
            return ComplianceColors::violationRow();
        return behind(e) ? QVariant(ComplianceColors::warning().darker(300)) : QVariant();
    case Qt::ToolTipRole:
        return none ? QStringLiteral("%1\n%2").arg(e.reason, e.remedy)
                    : QStringLiteral("%1\n%2").arg(e.reason, e.targetStore);
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const QLocale locale;
    switch (index.column()) {
    case DistrictColumn:
        return e.district;
    case ClassColumn:
        return e.dataClass;
    case SourceColumn:
        return e.sourceRegion;
    case TargetColumn:
        return none ? tr("none allowed") : e.targetRegion;
    case CopiedColumn:
        return none
            ? QStringLiteral("–")
            : tr("%1 of %2").arg(locale.toString(e.replicatedObjects), locale.toString(e.objects));
    case BacklogColumn:
        return locale.toString(e.backlogObjects);
    case LagColumn:
        return none ? QStringLiteral("–") : tr("%1 s").arg(e.lagS);
    case NoteColumn:
        if (none)
            return tr("No DR copy. Remedy: %1").arg(e.remedy);
        if (behind(e))
            return tr("Behind its lag target");
        if (e.backlogObjects > 0)
            return tr(
                "Copying: %n pending", nullptr, int(std::min<qint64>(e.backlogObjects, 1 << 30)));
        return e.replicatedObjects < e.objects ? tr("Copying") : tr("Copied and verified");
    default:
        return {};
    }
}

QVariant ReplicationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::WhatsThisRole || role == Qt::ToolTipRole) {
        switch (section) {
        case TargetColumn:
            return tr("The region whose replica store holds the DR copy: one the district's "
                      "residency policy allows, never the data's own region");
        case CopiedColumn:
            return tr("Objects with a copy read back and checked (SHA-256) at the target, of "
                      "those at the source");
        case BacklogColumn:
            return tr("New, changed or deleted objects whose copy is not done yet");
        case LagColumn:
            return tr("How long the oldest change not yet copied has waited");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DistrictColumn:
        return tr("District");
    case ClassColumn:
        return tr("Data class");
    case SourceColumn:
        return tr("Held in");
    case TargetColumn:
        return tr("DR copy in");
    case CopiedColumn:
        return tr("Copied");
    case BacklogColumn:
        return tr("Pending");
    case LagColumn:
        return tr("Lag");
    case NoteColumn:
        return tr("Status");
    default:
        return {};
    }
}
