#pragma once

#include <QWidget>

class QLabel;
class QTableView;
class ReplicationModel;

/**
 * The compliance page's "Disaster recovery" tab: one sentence on the DR state (districts with no
 * allowed DR place, the backlog, the worst lag) over the table of ReplicationModel — data
 * without a DR place first, tinted, with the remedy in words; then data behind its lag target.
 */
class ReplicationPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplicationPanel)

public:
    /** Shows (does not own) @p model. */
    explicit ReplicationPanel(ReplicationModel *model, QWidget *parent = nullptr);

    QLabel *summary() const { return m_summary; }
    QTableView *table() const { return m_table; }

private:
    void updateSummary();

    ReplicationModel *m_model;
    QLabel *m_summary;
    QTableView *m_table;
};
