#pragma once

#include <QDockWidget>

class EventLogModel;
class QTreeView;

/** Dock listing recent stream events, newest on top; activating one selects its pod. */
class EventsDock : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventsDock)

public:
    explicit EventsDock(EventLogModel *events, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }

signals:
    /** An event about a pod was double-clicked (or Enter pressed on it). */
    void podActivated(const QString &podId);

private:
    QTreeView *m_view;
};
