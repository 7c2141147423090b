#include "models/compliance/audittrailmodel.h"

#include <QJsonArray>
#include <QLocale>

AuditTrailModel::AuditTrailModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

AuditTrailModel::~AuditTrailModel() = default;

void AuditTrailModel::setRecords(const QList<AuditRecord> &records)
{
    const bool extends = records.size() >= m_records.size()
        && std::equal(m_records.cbegin(), m_records.cend(), records.cbegin(),
            [](const AuditRecord &a, const AuditRecord &b) { return a.hash == b.hash; });
    if (extends) {
        if (records.size() > m_records.size()) {
            beginInsertRows({}, int(m_records.size()), int(records.size()) - 1);
            m_records = records;
            endInsertRows();
        }
        return;
    }
    beginResetModel();
    m_records = records;
    endResetModel();
}

QString AuditTrailModel::actionLabel(const QString &action)
{
    if (action == QLatin1String("migration.commit"))
        return tr("Data moved");
    if (action == QLatin1String("consent.create"))
        return tr("Consent recorded");
    if (action == QLatin1String("consent.revoke"))
        return tr("Consent revoked");
    if (action == QLatin1String("pod.create"))
        return tr("Pod created");
    if (action == QLatin1String("pod.scale"))
        return tr("Pod scaled");
    if (action == QLatin1String("pod.delete"))
        return tr("Pod deleted");
    if (action == QLatin1String("policy.reload"))
        return tr("Policy reloaded");
    if (action == QLatin1String("policy.reload_refused"))
        return tr("Policy reload refused");
    if (action == QLatin1String("demo.seed"))
        return tr("Demo data seeded");
    return action;
}

QString AuditTrailModel::describe(const AuditRecord &r)
{
    const auto d = r.details;
    if (r.action == QLatin1String("migration.commit")) {
        const auto key = d.value(QStringLiteral("key")).toString();
        return key.isEmpty()
            ? tr("%1 data moved %2 → %3").arg(r.dataClass, r.fromRegion, r.toRegion)
            : tr("%1 moved %2 → %3").arg(key, r.fromRegion, r.toRegion);
    }
    if (r.action == QLatin1String("consent.create"))
        return tr("%1 may go to %2 (ref. %3, until %4)")
            .arg(r.dataClass, r.toRegion, d.value(QStringLiteral("reference")).toString(),
                d.value(QStringLiteral("expires")).toString().left(10));
    if (r.action == QLatin1String("consent.revoke"))
        return tr("%1 no longer consented for %2 (ref. %3)")
            .arg(r.dataClass, r.toRegion, d.value(QStringLiteral("reference")).toString());
    if (!r.fromRegion.isEmpty() && !r.toRegion.isEmpty() && r.fromRegion != r.toRegion)
        return tr("%1 → %2").arg(r.fromRegion, r.toRegion);
    // Fall back on the details, compact, so nothing recorded is hidden.
    QStringList parts;
    for (auto it = d.begin(); it != d.end() && parts.size() < 4; ++it) {
        const auto value = it.value();
        if (value.isString() || value.isDouble() || value.isBool())
            parts.append(QStringLiteral("%1=%2").arg(it.key(), value.toVariant().toString()));
    }
    return parts.join(QStringLiteral(", "));
}

int AuditTrailModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int AuditTrailModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTrailModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditRecord &r = m_records.at(index.row());
    const bool movement
        = !r.fromRegion.isEmpty() && !r.toRegion.isEmpty() && r.fromRegion != r.toRegion;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case SeqColumn:
            return r.seq;
        case TimeColumn:
            return QLocale().toString(r.time.toLocalTime(), QLocale::ShortFormat);
        case ActionColumn:
            return actionLabel(r.action);
        case ActorColumn:
            return r.actor;
        case DataClassColumn:
            return r.dataClass;
        case MoveColumn:
            if (movement)
                return QStringLiteral("%1 → %2").arg(r.fromRegion, r.toRegion);
            return r.toRegion.isEmpty() ? r.fromRegion : r.toRegion;
        case RuleColumn:
            return r.rule;
        case DetailsColumn:
            return describe(r);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        return tr("seq %1 · %2\nhash %3\nprevious %4%5")
            .arg(r.seq)
            .arg(r.time.toUTC().toString(Qt::ISODateWithMs), r.hash, r.prevHash,
                r.legalBasis.isEmpty() ? QString() : QStringLiteral("\n") + r.legalBasis);
    case Qt::TextAlignmentRole:
        if (index.column() == SeqColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SeqRole:
        return r.seq;
    case ActionRole:
        return r.action;
    case TimeRole:
        return r.time;
    case FromRegionRole:
        return r.fromRegion;
    case ToRegionRole:
        return r.toRegion;
    case HashRole:
        return r.hash;
    case IsMovementRole:
        return movement;
    default:
        return {};
    }
}

QVariant AuditTrailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case SeqColumn:
        return tr("Seq");
    case TimeColumn:
        return tr("Time");
    case ActionColumn:
        return tr("Action");
    case ActorColumn:
        return tr("Who");
    case DataClassColumn:
        return tr("Data class");
    case MoveColumn:
        return tr("Regions");
    case RuleColumn:
        return tr("Rule");
    case DetailsColumn:
        return tr("Details");
    case ColumnCount:
        break;
    }
    return {};
}
