#pragma once

class DrillRunner;
class Router;

/** /drills: preflight (dry run), start, history, one drill, abort, report (JSON or CSV). */
class DrillsController
{
public:
    explicit DrillsController(DrillRunner &drills);
    DrillsController(const DrillsController &) = delete;
    DrillsController &operator=(const DrillsController &) = delete;
    void registerRoutes(Router &router);

private:
    DrillRunner &m_drills;
};
