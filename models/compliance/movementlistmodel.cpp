#include "models/compliance/movementlistmodel.h"

#include "models/compliance/compliancecolors.h"

#include <QLocale>

MovementListModel::MovementListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

MovementListModel::~MovementListModel() = default;

bool MovementListModel::isMovement(const AuditRecord &r)
{
    // Data that moved between regions; a routing change moves traffic, not stored data, and a
    // DR copy (replication.*) is a copy kept where the policy allows, not a move (both are in
    // the audit trail, not in the movements list).
    return !r.action.startsWith(QLatin1String("routing."))
        && !r.action.startsWith(QLatin1String("replication.")) && !r.fromRegion.isEmpty()
        && !r.toRegion.isEmpty() && r.fromRegion != r.toRegion;
}

void MovementListModel::addAuditRecords(const QList<AuditRecord> &records)
{
    for (const auto &r : records) {
        if (!isMovement(r))
            continue;
        Movement m;
        m.id = QStringLiteral("audit:%1").arg(r.seq);
        if (rowOf(m.id) >= 0)
            continue;
        m.time = r.time;
        m.district = r.district;
        m.dataClass = r.dataClass;
        m.fromRegion = r.fromRegion;
        m.toRegion = r.toRegion;
        m.what = r.details.value(QStringLiteral("key")).toString();
        if (m.what.isEmpty())
            m.what = r.action;
        m.state = QStringLiteral("moved");
        m.actor = r.actor;
        m.rule = r.rule;
        upsert(m);
    }
    trim();
}

bool MovementListModel::applyEvent(const Event &event)
{
    const auto *progress = std::get_if<MigrationProgressEvent>(&event.payload);
    if (!progress)
        return false;
    const MigrationProgressEvent &d = *progress;
    Movement m;
    m.id = QStringLiteral("migration:%1").arg(d.id);
    const int row = rowOf(m.id);
    // Keep the row's first time: a migration stays where it started in the list.
    m.time = row >= 0 ? m_rows.at(row).time
                      : (event.time.isValid() ? event.time : QDateTime::currentDateTimeUtc());
    m.district = d.district;
    m.fromRegion = d.from;
    m.toRegion = d.to;
    m.state = migrationStateName(d.state);
    m.what = tr("%1 of %2 objects").arg(d.moved).arg(d.total);
    if (!d.error.isEmpty())
        m.rule = d.error;
    upsert(m);
    trim();
    return true;
}

void MovementListModel::upsert(const Movement &movement)
{
    const int existing = rowOf(movement.id);
    if (existing >= 0) {
        if (m_rows.at(existing) != movement) {
            m_rows[existing] = movement;
            emit dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
        }
        return;
    }
    int at = 0;
    while (at < m_rows.size() && m_rows.at(at).time > movement.time)
        ++at;
    beginInsertRows({}, at, at);
    m_rows.insert(at, movement);
    endInsertRows();
}

void MovementListModel::trim()
{
    if (m_rows.size() <= m_maximumRows)
        return;
    beginRemoveRows({}, m_maximumRows, int(m_rows.size()) - 1);
    m_rows.resize(m_maximumRows);
    endRemoveRows();
}

void MovementListModel::setMaximumRows(int rows)
{
    m_maximumRows = qMax(1, rows);
    trim();
}

void MovementListModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_rows.size()) - 1);
    m_rows.clear();
    endRemoveRows();
}

int MovementListModel::rowOf(const QString &movementId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == movementId)
            return row;
    }
    return -1;
}

QString MovementListModel::stateLabel(const QString &state)
{
    if (state == QLatin1String("moved"))
        return tr("Moved");
    if (state == QLatin1String("pending"))
        return tr("Pending");
    if (state == QLatin1String("running"))
        return tr("Running");
    if (state == QLatin1String("done"))
        return tr("Done");
    if (state == QLatin1String("failed"))
        return tr("Failed");
    if (state == QLatin1String("rolled_back"))
        return tr("Rolled back");
    return state;
}

int MovementListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MovementListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MovementListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Movement &m = m_rows.at(index.row());
    const bool migration = m.id.startsWith(QLatin1String("migration:"));
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case TimeColumn: {
            // Today's movements need no date; older ones do.
            const auto local = m.time.toLocalTime();
            return local.date() == QDate::currentDate()
                ? QLocale().toString(local.time(), QLocale::ShortFormat)
                : QLocale().toString(local, QLocale::ShortFormat);
        }
        case DistrictColumn:
            return m.district;
        case WhatColumn: {
            if (migration)
                return tr("Migration: %1").arg(m.what);
            // The district has its own column; the key's first segment repeats it.
            const auto prefix = m.district + QLatin1Char('/');
            return m.what.startsWith(prefix) ? m.what.mid(prefix.size()) : m.what;
        }
        case RouteColumn:
            return QStringLiteral("%1 → %2").arg(m.fromRegion, m.toRegion);
        case StateColumn:
            return stateLabel(m.state);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole: {
        QStringList lines{QStringLiteral("%1: %2 → %3").arg(m.district, m.fromRegion, m.toRegion),
            QLocale().toString(m.time.toLocalTime(), QLocale::LongFormat), m.what};
        if (!m.dataClass.isEmpty())
            lines.append(tr("Data class: %1").arg(m.dataClass));
        if (!m.actor.isEmpty())
            lines.append(tr("By: %1").arg(m.actor));
        if (!m.rule.isEmpty())
            lines.append(
                migration ? tr("Error: %1").arg(m.rule) : tr("Allowed by rule %1").arg(m.rule));
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::ForegroundRole:
        if (index.column() != StateColumn)
            return {};
        if (m.state == QLatin1String("failed"))
            return ComplianceColors::violation();
        if (m.state == QLatin1String("rolled_back") || m.state == QLatin1String("running"))
            return ComplianceColors::warning();
        return ComplianceColors::compliant();
    case MovementIdRole:
        return m.id;
    case KindRole:
        return migration ? QStringLiteral("migration") : QStringLiteral("audit");
    case DistrictIdRole:
        return m.district;
    case FromRegionRole:
        return m.fromRegion;
    case ToRegionRole:
        return m.toRegion;
    case StateRole:
        return m.state;
    case TimeRole:
        return m.time;
    default:
        return {};
    }
}

QVariant MovementListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case TimeColumn:
        return tr("When");
    case DistrictColumn:
        return tr("District");
    case WhatColumn:
        return tr("What");
    case RouteColumn:
        return tr("From → to");
    case StateColumn:
        return tr("State");
    case ColumnCount:
        break;
    }
    return {};
}
