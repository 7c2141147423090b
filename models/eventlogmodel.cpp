#include "models/eventlogmodel.h"

#include "backend/core/pod.h"
#include "models/healthcolors.h"

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
    if (event.type != QLatin1String("pod.health") && event.type != QLatin1String("replica.health"))
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
    if (event.type == QLatin1String("stream.reset") || event.type == QLatin1String("pod.deleted"))
        return Severity::Warning;
    return Severity::Info;
}

QString EventLogModel::summary(const Event &event)
{
    const auto &d = event.data;
    const auto &type = event.type;
    const QString pod = podIdOf(event);
    if (type == QLatin1String("pod.health"))
        return tr("%1 is now %2 (was %3)")
            .arg(pod, healthWord(str(d, "health")), healthWord(str(d, "previous")));
    if (type == QLatin1String("replica.health"))
        return tr("%1: replica #%2 is now %3 (was %4)")
            .arg(pod)
            .arg(d.value(QStringLiteral("index")).toInt())
            .arg(healthWord(str(d, "health")), healthWord(str(d, "previous")));
    if (type == QLatin1String("pod.created") || type == QLatin1String("pod.scaled")) {
        const auto json = d.value(QStringLiteral("pod")).toObject();
        const int replicas = json.value(QStringLiteral("replicas")).toInt();
        // Spelled out instead of %n: no English plural .qm is shipped.
        const QString count = replicas == 1 ? tr("1 replica") : tr("%1 replicas").arg(replicas);
        if (type == QLatin1String("pod.scaled"))
            return tr("%1 scaled to %2").arg(pod, count);
        return tr("%1 created in %2 (%3, %4)")
            .arg(pod, str(json, "region"), str(json, "type"), count);
    }
    if (type == QLatin1String("pod.deleted"))
        return tr("%1 deleted from %2").arg(pod, str(d, "region"));
    if (type == QLatin1String("replica.started") || type == QLatin1String("replica.stopped")) {
        const auto replica = d.value(QStringLiteral("replica")).toObject();
        const int index = replica.value(QStringLiteral("index")).toInt();
        if (type == QLatin1String("replica.stopped"))
            return tr("%1: replica #%2 stopped").arg(pod).arg(index);
        const int port = replica.value(QStringLiteral("port")).toInt();
        return port > 0 ? tr("%1: replica #%2 started on port %3").arg(pod).arg(index).arg(port)
                        : tr("%1: replica #%2 started").arg(pod).arg(index);
    }
    if (type == QLatin1String("stream.reset"))
        return tr("Event history was trimmed (%1): fleet reloaded").arg(str(d, "reason"));
    // Types added to the daemon later still show something useful.
    return QStringLiteral("%1 %2").arg(
        type, QString::fromUtf8(QJsonDocument(d).toJson(QJsonDocument::Compact)).left(200));
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
