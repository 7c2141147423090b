#pragma once

#include "backend/core/event.h"
#include "models/apicall.h"

#include <QObject>

#include <optional>

class DrillsClient;

/**
 * Which drill runs now, for every console connected: learnt from GET /drills ("active") at
 * reload() and kept current from drill.progress events, so a drill started from another
 * console (or with curl) shows in this one's status bar too.
 */
class DrillMonitor : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrillMonitor)

public:
    struct Active
    {
        QString id;
        DrillScenario scenario = DrillScenario::PodCrash;
        DrillState state = DrillState::Running;
        QString lastStep; // the last step's detail, as the daemon wrote it
    };

    explicit DrillMonitor(DrillsClient *client, QObject *parent = nullptr);
    ~DrillMonitor() override;

    void reload();
    void clear();
    /** A drill.progress event (others are ignored). */
    void applyEvent(const Event &event);
    const std::optional<Active> &active() const { return m_active; }
    /** "Drill running (Whole-region outage): <last step>" or "". */
    QString statusText() const;
    /** @p step in the console's language, from its fields (the daemon's sentence for kinds
     *  whose fields say less). */
    static QString stepText(const DrillProgressEvent &step);
    static QString scenarioTitle(DrillScenario scenario);

Q_SIGNALS:
    void activeChanged();
    /** One step of drill @p drill, in order. */
    void stepReceived(const DrillProgressEvent &step);

private:
    DrillsClient *m_client;
    ApiCall m_load;
    std::optional<Active> m_active;
};
