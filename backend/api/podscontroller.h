#pragma once

#include <QString>

class PodManager;
class Router;
class ApiRequest;
struct Pod;

/** /pods: list, create, scale, delete. */
class PodsController
{
public:
    explicit PodsController(PodManager &pods);
    void registerRoutes(Router &router);

private:
    /** The pod a region-scoped request means: by `pod` (id), `type`, or the region's only pod. */
    Pod resolve(const QString &region, const QString &podId, const QString &type) const;

    PodManager &m_pods;
};
