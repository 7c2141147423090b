#pragma once

#include "backend/core/event.h"
#include "backend/core/healthstate.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

/**
 * The most recent stream events for the events dock, newest first, bounded (the oldest row
 * is dropped when full). Each row has a one-line, human-readable summary such as
 * "us-west-primary is now degraded (was healthy)".
 */
class EventLogModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLogModel)

public:
    enum Column { TimeColumn, TypeColumn, SummaryColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        SeqRole = Qt::UserRole + 1, ///< qint64
        TypeRole, ///< QString event type
        PodIdRole, ///< QString, empty when the event is not about a pod
        SeverityRole, ///< int(Severity)
        TimeRole, ///< QDateTime (UTC)
    };
    Q_ENUM(Role)

    enum class Severity { Info, Warning, Error };
    Q_ENUM(Severity)

    explicit EventLogModel(QObject *parent = nullptr);

    /** Prepends @p event (row 0); drops the oldest row beyond capacity(). */
    void append(const Event &event);
    /** Removes every row. */
    void clear();
    /** Keeps at most @p capacity rows (≥ 1); trims the oldest now if needed. */
    void setCapacity(int capacity);
    int capacity() const { return m_capacity; }

    /** One translated sentence describing @p event. */
    static QString summary(const Event &event);
    /** How alarming @p event is: unhealthy → Error, degraded/reset → Warning, else Info. */
    static Severity severity(const Event &event);
    /** The health an event moves a pod or replica to, when it is a health event. */
    static std::optional<HealthState> healthOf(const Event &event);

    // QAbstractItemModel
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void trimTo(int capacity);

    QList<Event> m_events; // newest first
    int m_capacity = 500;
};
