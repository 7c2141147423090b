#include "models/eventlogmodel.h"

#include "backend/core/pod.h"
#include "models/healthcolors.h"
#include "models/routing/routestate.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace {

QString str(const QJsonObject &data, const char *key)
{
    return data.value(QLatin1String(key)).toString();
}

QString podIdOf(const Event &event)
{
    const auto pod = event.data.value(QStringLiteral("pod"));
    if (pod.isObject())
        return pod.toObject().value(QStringLiteral("id")).toString();
    return pod.toString();
}

QString healthWord(const QString &wireName)
{
    // Lower-case in a sentence; an unrecognised state is shown verbatim.
    const auto state = healthStateFromName(wireName);
    return state ? HealthColors::label(*state).toLower() : wireName;
}

} // namespace

EventLogModel::EventLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void EventLogModel::append(const Event &event)
{
    beginInsertRows({}, 0, 0);
    m_events.prepend(event);
    endInsertRows();
    trimTo(m_capacity);
}

void EventLogModel::clear()
{
    if (m_events.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_events.size()) - 1);
    m_events.clear();
    endRemoveRows();
}

void EventLogModel::setCapacity(int capacity)
{
    m_capacity = std::max(1, capacity);
    trimTo(m_capacity);
}

void EventLogModel::trimTo(int capacity)
{
    if (m_events.size() <= capacity)
        return;
    beginRemoveRows({}, capacity, int(m_events.size()) - 1);
    m_events.resize(capacity);
    endRemoveRows();
}

std::optional<HealthState> EventLogModel::healthOf(const Event &event)
{
    if (event.kind() != EventType::PodHealth && event.kind() != EventType::ReplicaHealth)
        return std::nullopt;
    return healthStateFromName(str(event.data, "health"));
}

EventLogModel::Severity EventLogModel::severity(const Event &event)
{
    if (const auto health = healthOf(event)) {
        if (*health == HealthState::Unhealthy)
            return Severity::Error;
        if (*health == HealthState::Degraded)
            return Severity::Warning;
        return Severity::Info;
    }
    if (event.kind() == EventType::RoutingFailClosed)
        return Severity::Error;
    if (event.kind() == EventType::RoutingChanged
        && event.data.value(QStringLiteral("reason")).toString() == QLatin1String("failover"))
        return Severity::Warning;
    if (event.kind() == EventType::StreamReset || event.kind() == EventType::PodDeleted)
        return Severity::Warning;
    return Severity::Info;
}

QString EventLogModel::summary(const Event &event)
{
    const auto &d = event.data;
    const QString pod = podIdOf(event);
    switch (event.kind()) {
    case EventType::PodHealth:
        return tr("%1 is now %2 (was %3)")
            .arg(pod, healthWord(str(d, "health")), healthWord(str(d, "previous")));
    case EventType::ReplicaHealth:
        return tr("%1: replica #%2 is now %3 (was %4)")
            .arg(pod)
            .arg(d.value(QStringLiteral("index")).toInt())
            .arg(healthWord(str(d, "health")), healthWord(str(d, "previous")));
    case EventType::PodCreated:
    case EventType::PodScaled: {
        const auto json = d.value(QStringLiteral("pod")).toObject();
        const QString count
            = tr("%n replica(s)", nullptr, json.value(QStringLiteral("replicas")).toInt());
        if (event.kind() == EventType::PodScaled)
            return tr("%1 scaled to %2").arg(pod, count);
        return tr("%1 created in %2 (%3, %4)")
            .arg(pod, str(json, "region"), str(json, "type"), count);
    }
    case EventType::PodDraining:
        return tr("%1 is draining: it takes no new traffic and is deleted once idle").arg(pod);
    case EventType::PodDrain:
        return d.value(QStringLiteral("draining")).toBool()
            ? tr("%1 is drained for maintenance: its districts moved to other pods").arg(pod)
            : tr("%1 takes traffic again").arg(pod);
    case EventType::PodDeleted:
        return tr("%1 deleted from %2").arg(pod, str(d, "region"));
    case EventType::ReplicaStarted:
    case EventType::ReplicaStopped: {
        const auto replica = d.value(QStringLiteral("replica")).toObject();
        const int index = replica.value(QStringLiteral("index")).toInt();
        if (event.kind() == EventType::ReplicaStopped)
            return tr("%1: replica #%2 stopped").arg(pod).arg(index);
        const int port = replica.value(QStringLiteral("port")).toInt();
        return port > 0 ? tr("%1: replica #%2 started on port %3").arg(pod).arg(index).arg(port)
                        : tr("%1: replica #%2 started").arg(pod).arg(index);
    }
    case EventType::MigrationProgress: {
        const QString district = str(d, "district");
        const QString route = QStringLiteral("%1 → %2").arg(str(d, "from"), str(d, "to"));
        const int total = d.value(QStringLiteral("total")).toInt();
        const int moved = d.value(QStringLiteral("moved")).toInt();
        const QString state = str(d, "state");
        if (state == QLatin1String("done"))
            return tr("Migration of %1 (%2) done: %n object(s) moved", nullptr, moved)
                .arg(district, route);
        if (state == QLatin1String("failed"))
            return tr("Migration of %1 (%2) failed: %3").arg(district, route, str(d, "error"));
        if (state == QLatin1String("rolled_back"))
            return tr("Migration of %1 (%2) cancelled and rolled back").arg(district, route);
        return tr("Migration of %1 (%2): %3 of %n object(s) moved", nullptr, total)
            .arg(district, route)
            .arg(moved);
    }
    case EventType::StreamReset:
        return tr("Event history was trimmed (%1): fleet reloaded").arg(str(d, "reason"));
    case EventType::Hello:
        return tr("Connected to the daemon's event stream");
    case EventType::RoutingChanged: {
        const QString from = str(d, "from");
        const QString to = str(d, "to");
        const QString reason = RouteState::reasonText(str(d, "reason"));
        if (from == to && !from.isEmpty()) {
            // The same pod leads; the split over it and the others changed.
            QStringList shares;
            for (const auto &w : d.value(QStringLiteral("weights")).toArray())
                shares.append(tr("%1 %2 %")
                                  .arg(w.toObject().value(QStringLiteral("pod")).toString())
                                  .arg(w.toObject().value(QStringLiteral("weight")).toInt()));
            return tr("%1 stays on %2; its traffic is now split %3 (%4)")
                .arg(str(d, "district"), to, shares.join(QStringLiteral(", ")), reason);
        }
        if (from.isEmpty())
            return tr("%1 is now served by %2 (%3)").arg(str(d, "district"), to, reason);
        if (to.isEmpty())
            return tr("%1 is no longer served by %2 (%3)").arg(str(d, "district"), from, reason);
        return tr("%1 moved from %2 to %3 (%4)").arg(str(d, "district"), from, to, reason);
    }
    case EventType::RoutingFailClosed:
        return tr("%1 failed closed: no healthy pod its residency policy allows (%2)")
            .arg(str(d, "district"), str(d, "reason"));
    case EventType::RoutingRestored:
        return tr("%1 is served again, by %2").arg(str(d, "district"), str(d, "to"));
    case EventType::Unknown:
        break;
    }
    // Types added to the daemon later still show something useful.
    return QStringLiteral("%1 %2").arg(
        event.type, QString::fromUtf8(QJsonDocument(d).toJson(QJsonDocument::Compact)).left(200));
}

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Event &event = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return event.time.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
        case TypeColumn:
            return event.type;
        case SummaryColumn:
            return summary(event);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return event.time.toLocalTime().toString(Qt::ISODateWithMs);
        return tr("#%1 %2\n%3")
            .arg(event.seq)
            .arg(event.type,
                QString::fromUtf8(QJsonDocument(event.data).toJson(QJsonDocument::Indented)));
    case Qt::DecorationRole:
        if (index.column() == SummaryColumn) {
            if (const auto health = healthOf(event))
                return HealthColors::dot(*health);
        }
        return {};
    case SeqRole:
        return event.seq;
    case TypeRole:
        return event.type;
    case PodIdRole:
        return podIdOf(event);
    case SeverityRole:
        return int(severity(event));
    case TimeRole:
        return event.time;
    default:
        return {};
    }
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case TypeColumn:
        return tr("Event");
    case SummaryColumn:
        return tr("What happened");
    }
    return {};
}
