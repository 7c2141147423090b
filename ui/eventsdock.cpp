#include "ui/eventsdock.h"

#include "models/eventlogmodel.h"

#include <QHeaderView>
#include <QTreeView>

EventsDock::EventsDock(EventLogModel *events, QWidget *parent)
    : QDockWidget(tr("Events"), parent)
    , m_view(new QTreeView(this))
{
    setObjectName(QStringLiteral("eventsDock"));
    m_view->setModel(events);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setIconSize(QSize(12, 12));
    m_view->setAccessibleName(tr("Recent events"));
    m_view->header()->setSectionResizeMode(
        EventLogModel::TimeColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(
        EventLogModel::TypeColumn, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(true);
    // The summary already names what happened; the raw type stays available in the tooltip.
    m_view->setColumnHidden(EventLogModel::TypeColumn, true);
    setWidget(m_view);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QString pod = index.data(EventLogModel::PodIdRole).toString();
        if (!pod.isEmpty())
            emit podActivated(pod);
    });
}
