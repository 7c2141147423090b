#include "ui/compliance/replicationpanel.h"

#include "models/compliance/replicationmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

ReplicationPanel::ReplicationPanel(ReplicationModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("replicationPanel"));
    m_summary->setObjectName(QStringLiteral("replicationSummary"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("replicationTable"));
    m_table->setModel(model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move within it
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    auto *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ReplicationModel::NoteColumn, QHeaderView::Stretch);
    setFocusProxy(m_table);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    connect(model, &QAbstractItemModel::modelReset, this, &ReplicationPanel::updateSummary);
    connect(model, &QAbstractItemModel::dataChanged, this, &ReplicationPanel::updateSummary);
    updateSummary();
}

void ReplicationPanel::updateSummary()
{
    m_summary->setText(m_model->summary());
}
