#pragma once

class DrillRunner;
class DrillScheduler;
class Router;

/** /drills: preflight (dry run), start, history, one drill, abort, report (JSON or CSV);
 *  /drills/schedules: recurring drills and the outcome of their runs. */
class DrillsController
{
public:
    DrillsController(DrillRunner &drills, DrillScheduler &schedules);
    DrillsController(const DrillsController &) = delete;
    DrillsController &operator=(const DrillsController &) = delete;
    void registerRoutes(Router &router);

private:
    DrillRunner &m_drills;
    DrillScheduler &m_schedules;
};
