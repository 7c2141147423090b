#pragma once

#include "backend/core/healthstate.h"

#include <QLabel>
#include <QTimer>

class PodTableModel;

/** Status-bar line counting pods by health ("19 pods  ● 17 healthy  ● 1 degraded …"). */
class FleetSummaryLabel : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetSummaryLabel)

public:
    explicit FleetSummaryLabel(PodTableModel *pods, QWidget *parent = nullptr);

    /** Recounts now (normally coalesced to once per event-loop pass). */
    void recount();

private:
    static QString countText(HealthState state, int n);

    PodTableModel *m_pods;
    QTimer m_timer;
};
