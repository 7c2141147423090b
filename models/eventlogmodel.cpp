#include "models/eventlogmodel.h"

#include "backend/core/overloaded.h"
#include "backend/core/pod.h"
#include "models/healthcolors.h"
#include "models/routing/routestate.h"

#include <QJsonDocument>

#include <algorithm>

namespace {

QString healthWord(HealthState state)
{
    return HealthColors::label(state).toLower(); // lower-case in a sentence
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
    if (const auto *pod = std::get_if<PodHealthEvent>(&event.payload))
        return pod->health;
    if (const auto *replica = std::get_if<ReplicaHealthEvent>(&event.payload))
        return replica->health;
    return std::nullopt;
}

EventLogModel::Severity EventLogModel::severity(const Event &event)
{
    const auto ofHealth = [](HealthState health) {
        if (health == HealthState::Unhealthy)
            return Severity::Error;
        if (health == HealthState::Degraded)
            return Severity::Warning;
        return Severity::Info;
    };
    const auto info = [](const auto &) { return Severity::Info; };
    const auto warning = [](const auto &) { return Severity::Warning; };
    return std::visit(
        Overloaded{
            [&](const PodHealthEvent &e) { return ofHealth(e.health); },
            [&](const ReplicaHealthEvent &e) { return ofHealth(e.health); },
            [](const RoutingFailClosedEvent &) { return Severity::Error; },
            [](const RoutingChangedEvent &e) {
                return e.reason == RouteReason::Failover ? Severity::Warning : Severity::Info;
            },
            [&](const StreamResetEvent &e) { return warning(e); },
            [&](const PodDeletedEvent &e) { return warning(e); },
            [&](const MigrationProgressEvent &e) {
                return e.state == MigrationState::Failed ? Severity::Warning : Severity::Info;
            },
            [&](const UnknownEvent &e) { return info(e); },
            [&](const HelloEvent &e) { return info(e); },
            [&](const PodCreatedEvent &e) { return info(e); },
            [&](const PodScaledEvent &e) { return info(e); },
            [&](const PodDrainingEvent &e) { return info(e); },
            [&](const PodDrainEvent &e) { return info(e); },
            [&](const ReplicaStartedEvent &e) { return info(e); },
            [&](const ReplicaStoppedEvent &e) { return info(e); },
            [&](const RoutingRestoredEvent &e) { return info(e); },
            [](const DrillProgressEvent &e) {
                if (e.kind == QLatin1String("stop_condition") || e.kind == QLatin1String("abort")
                    || e.kind == QLatin1String("out_of_zone")
                    || e.kind == QLatin1String("outage_outside"))
                    return Severity::Error;
                if (e.state == DrillState::Failed)
                    return Severity::Error;
                return e.kind == QLatin1String("fail_closed") ? Severity::Warning : Severity::Info;
            },
            [](const ReplicationLagEvent &e) {
                return e.breached ? Severity::Warning : Severity::Info;
            },
        },
        event.payload);
}

QString EventLogModel::summary(const Event &event)
{
    return std::visit(
        Overloaded{
            [](const PodHealthEvent &e) {
                return tr("%1 is now %2 (was %3)")
                    .arg(e.pod, healthWord(e.health), healthWord(e.previous));
            },
            [](const ReplicaHealthEvent &e) {
                return tr("%1: replica #%2 is now %3 (was %4)")
                    .arg(e.pod)
                    .arg(e.index)
                    .arg(healthWord(e.health), healthWord(e.previous));
            },
            [](const PodCreatedEvent &e) {
                const Pod &pod = e.snapshot;
                return tr("%1 created in %2 (%3, %4)")
                    .arg(pod.id, pod.region, podTypeName(pod.type),
                        tr("%n replica(s)", nullptr, pod.replicas));
            },
            [](const PodScaledEvent &e) {
                return tr("%1 scaled to %2")
                    .arg(e.snapshot.id, tr("%n replica(s)", nullptr, e.snapshot.replicas));
            },
            [](const PodDrainingEvent &e) {
                return tr("%1 is draining: it takes no new traffic and is deleted once idle")
                    .arg(e.snapshot.id);
            },
            [](const PodDrainEvent &e) {
                return e.draining
                    ? tr("%1 is drained for maintenance: its districts moved to other pods")
                          .arg(e.snapshot.id)
                    : tr("%1 takes traffic again").arg(e.snapshot.id);
            },
            [](const PodDeletedEvent &e) { return tr("%1 deleted from %2").arg(e.pod, e.region); },
            [](const ReplicaStartedEvent &e) {
                const int index = e.replica.index;
                const int port = e.replica.port;
                return port > 0
                    ? tr("%1: replica #%2 started on port %3").arg(e.pod).arg(index).arg(port)
                    : tr("%1: replica #%2 started").arg(e.pod).arg(index);
            },
            [](const ReplicaStoppedEvent &e) {
                return tr("%1: replica #%2 stopped").arg(e.pod).arg(e.replica.index);
            },
            [](const MigrationProgressEvent &e) {
                const QString route = QStringLiteral("%1 → %2").arg(e.from, e.to);
                if (e.state == MigrationState::Done)
                    return tr("Migration of %1 (%2) done: %n object(s) moved", nullptr, e.moved)
                        .arg(e.district, route);
                if (e.state == MigrationState::Failed)
                    return tr("Migration of %1 (%2) failed: %3").arg(e.district, route, e.error);
                if (e.state == MigrationState::RolledBack)
                    return tr("Migration of %1 (%2) cancelled and rolled back")
                        .arg(e.district, route);
                return tr("Migration of %1 (%2): %3 of %n object(s) moved", nullptr, e.total)
                    .arg(e.district, route)
                    .arg(e.moved);
            },
            [](const StreamResetEvent &e) {
                return tr("Event history was trimmed (%1): fleet reloaded").arg(e.reason);
            },
            [](const HelloEvent &) { return tr("Connected to the daemon's event stream"); },
            [](const RoutingChangedEvent &e) {
                const QString reason = RouteState::reasonText(e.reason);
                if (e.from == e.to && !e.from.isEmpty()) {
                    // The same pod leads; the split over it and the others changed.
                    QStringList shares;
                    for (const auto &w : e.weights)
                        shares.append(tr("%1 %2 %").arg(w.pod).arg(w.weight));
                    return tr("%1 stays on %2; its traffic is now split %3 (%4)")
                        .arg(e.district, e.to, shares.join(QStringLiteral(", ")), reason);
                }
                if (e.from.isEmpty())
                    return tr("%1 is now served by %2 (%3)").arg(e.district, e.to, reason);
                if (e.to.isEmpty())
                    return tr("%1 is no longer served by %2 (%3)").arg(e.district, e.from, reason);
                return tr("%1 moved from %2 to %3 (%4)").arg(e.district, e.from, e.to, reason);
            },
            [](const RoutingFailClosedEvent &e) {
                return tr("%1 failed closed: no healthy pod its residency policy allows (%2)")
                    .arg(e.district, e.reason);
            },
            [](const RoutingRestoredEvent &e) {
                return tr("%1 is served again, by %2").arg(e.district, e.to);
            },
            [](const DrillProgressEvent &e) {
                // The daemon's own sentence (English): what happened, with names and times.
                return tr("Drill %1: %2").arg(e.drill, e.detail);
            },
            [](const ReplicationLagEvent &e) {
                if (e.breached)
                    return tr("DR copy of %1 (%2) from %3 to %4 is %5 s behind (target %6 s)")
                        .arg(e.district, e.dataClass, e.sourceRegion, e.targetRegion)
                        .arg(e.lagS)
                        .arg(e.targetS);
                return tr("DR copy of %1 (%2) from %3 to %4 caught up")
                    .arg(e.district, e.dataClass, e.sourceRegion, e.targetRegion);
            },
            [](const UnknownEvent &e) {
                // Types added to the daemon later still show something useful.
                return QStringLiteral("%1 %2").arg(e.type,
                    QString::fromUtf8(QJsonDocument(e.data).toJson(QJsonDocument::Compact))
                        .left(200));
            },
        },
        event.payload);
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
            return event.typeName();
        case SummaryColumn:
            return summary(event);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return event.time.toLocalTime().toString(Qt::ISODateWithMs);
        return tr("#%1 %2\n%3")
            .arg(event.seq)
            .arg(event.typeName(),
                QString::fromUtf8(QJsonDocument(event.data()).toJson(QJsonDocument::Indented)));
    case Qt::DecorationRole:
        if (index.column() == SummaryColumn) {
            if (const auto health = healthOf(event))
                return HealthColors::dot(*health);
        }
        return {};
    case SeqRole:
        return event.seq;
    case TypeRole:
        return event.typeName();
    case PodIdRole:
        return event.pod();
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
